package org.apertura.platform.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apertura.platform.storage.FileTypes;

/**
 * A picture as people may see it: its type read from its bytes, never from its name (an executable renamed .jpg is
 * refused), and nothing kept but the picture. JPEG and PNG are drawn again from their pixels, so nothing else they
 * carried — EXIF, the GPS position of the phone that took them, comments — survives; a WebP (which the JDK cannot
 * decode) keeps only its image chunks ({@code VP8 }, {@code VP8L}, {@code VP8X}, {@code ALPH}, {@code ANIM},
 * {@code ANMF}) checked for their signatures, and loses {@code EXIF}, {@code XMP } and {@code ICCP}, their flags
 * cleared. Pictures wider or taller than {@link #MAX_SIDE} pixels are refused before they are decoded.
 */
public final class Images {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";
    /** The longest side accepted, in pixels. */
    public static final int MAX_SIDE = 10_000;

    /** The picture's bytes as stored and its type. */
    public record Clean(byte[] bytes, String type) {
    }

    private Images() {
    }

    /** The picture without its hidden data, if the bytes are a readable picture of one of the accepted types. */
    public static Optional<Clean> clean(byte[] content, Set<String> accepted) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (isWebp(content)) {
            return accepted.contains(WEBP) ? Webp.strip(content).map(b -> new Clean(b, WEBP)) : Optional.empty();
        }
        Optional<String> type = FileTypes.detect(content, null).filter(t -> t.equals(JPEG) || t.equals(PNG))
                .filter(accepted::contains);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!withinSize(content)) {
                return Optional.empty();
            }
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(content));
            if (picture == null) {
                return Optional.empty();
            }
            boolean png = type.get().equals(PNG);
            BufferedImage drawn = picture;
            if (!png && picture.getType() != BufferedImage.TYPE_INT_RGB) {
                drawn = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
                drawn.getGraphics().drawImage(picture, 0, 0, null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(drawn, png ? "png" : "jpeg", out)) {
                return Optional.empty();
            }
            return Optional.of(new Clean(out.toByteArray(), type.get()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A drawn picture as PNG bytes (the demo seeds' sketches). */
    public static byte[] png(BufferedImage picture) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads only the header's width and height, so a huge picture is refused before its pixels are allocated. */
    private static boolean withinSize(byte[] content) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return reader.getWidth(0) <= MAX_SIDE && reader.getHeight(0) <= MAX_SIDE;
            } finally {
                reader.dispose();
            }
        }
    }

    static boolean isWebp(byte[] content) {
        return content.length >= 12 && content[0] == 'R' && content[1] == 'I' && content[2] == 'F' && content[3] == 'F'
                && content[8] == 'W' && content[9] == 'E' && content[10] == 'B' && content[11] == 'P';
    }
}
