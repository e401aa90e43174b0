package org.apertura.platform.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Files as phones and office programs make them, with the hidden data platform.media drops. */
public final class MediaFixtures {

    /** The phone's position written into {@link #jpegWithGps()}: 24° 1' 40.20" N, 104° 40' 15.00" W. */
    public static final String MAKE = "PhoneX";

    private MediaFixtures() {
    }

    /**
     * A JPEG as a phone writes it (Exif, not JFIF): an APP1 Exif segment right after the start of the image with the
     * camera's make (IFD0) and a GPS IFD holding latitude 24° 1' 40.20" N and longitude 104° 40' 15.00" W, then the
     * picture's tables and scan.
     */
    public static byte[] jpegWithGps() {
        byte[] jpeg = jpeg(64, 48);
        ByteBuffer tiff = ByteBuffer.allocate(148); // big-endian, as "MM" says
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2); // IFD0 at 8: Make, GPSInfo
        entry(tiff, 0x010F, 2, 7, 38);
        entry(tiff, 0x8825, 4, 1, 46);
        tiff.putInt(0);
        tiff.put((MAKE + "\0").getBytes(StandardCharsets.US_ASCII)).put((byte) 0); // 38..45
        tiff.putShort((short) 4); // the GPS IFD at 46
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        entry(tiff, 0x0002, 5, 3, 100);
        tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put(new byte[] {'W', 0, 0, 0});
        entry(tiff, 0x0004, 5, 3, 124);
        tiff.putInt(0);
        tiff.putInt(24).putInt(1).putInt(1).putInt(1).putInt(4020).putInt(100); // 100: 24° 1' 40.20"
        tiff.putInt(104).putInt(1).putInt(40).putInt(1).putInt(1500).putInt(100); // 124: 104° 40' 15.00"
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exif.length + tiff.capacity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(tiff.array());
        int rest = 2; // after the start of the image: drop the JFIF APP0 segment the JDK writes
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            rest = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        }
        out.write(jpeg, rest, jpeg.length - rest);
        return out.toByteArray();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    /** A plain JPEG picture: a sky and a street. */
    public static byte[] jpeg(int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(0x8E, 0xC5, 0xE8));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x55, 0x55, 0x55));
        g.fillRect(0, height * 2 / 3, width, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF whose document information names its author. */
    public static byte[] pdfByAuthor(String author) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setAuthor(author);
            document.getDocumentInformation().setCreator("Procesador de textos de " + author);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes that start like a Windows executable. */
    public static byte[] executable() {
        return "MZ\u0090\u0000 This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Whether the bytes hold the sequence. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
