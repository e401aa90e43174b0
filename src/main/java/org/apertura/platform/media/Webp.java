package org.apertura.platform.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * A WebP file rewritten with its image chunks only (the RIFF container of Google's WebP specification): every chunk
 * must fit in the file, the image must start with a {@code VP8 } frame (start code 9d 01 2a), a {@code VP8L} one
 * (signature 0x2f) or a {@code VP8X} header followed by frames, and its size must be within {@link Images#MAX_SIDE}.
 * Metadata chunks ({@code EXIF}, {@code XMP }, {@code ICCP}) and unknown ones are dropped, and the {@code VP8X}
 * flags that announced them cleared.
 */
final class Webp {

    private static final Set<String> KEPT = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF");
    /** VP8X flags: ICC profile, EXIF, XMP. */
    private static final int METADATA_FLAGS = 0x20 | 0x08 | 0x04;

    private Webp() {
    }

    static Optional<byte[]> strip(byte[] content) {
        long riffSize = le32(content, 4);
        if (riffSize + 8 > content.length || riffSize < 4) {
            return Optional.empty();
        }
        int end = (int) (riffSize + 8);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        int at = 12;
        boolean first = true;
        boolean frame = false;
        while (at < end) {
            if (at + 8 > end) {
                return Optional.empty();
            }
            String fourCc = new String(content, at, 4, StandardCharsets.US_ASCII);
            long size = le32(content, at + 4);
            long padded = size + (size & 1);
            if (at + 8 + size > end) {
                return Optional.empty();
            }
            int payload = at + 8;
            if (first) {
                if (!fourCc.equals("VP8 ") && !fourCc.equals("VP8L") && !fourCc.equals("VP8X")) {
                    return Optional.empty();
                }
                if (!sizeWithin(content, fourCc, payload, (int) size)) {
                    return Optional.empty();
                }
                first = false;
            }
            if (KEPT.contains(fourCc)) {
                byte[] chunk = new byte[(int) (8 + padded)]; // a missing last pad byte stays 0
                System.arraycopy(content, at, chunk, 0, (int) Math.min(8 + padded, end - at));
                if (fourCc.equals("VP8X")) {
                    chunk[8] = (byte) (chunk[8] & ~METADATA_FLAGS);
                }
                chunks.writeBytes(chunk);
                frame |= fourCc.equals("VP8 ") || fourCc.equals("VP8L") || fourCc.equals("ANMF");
            }
            at += (int) (8 + padded);
        }
        if (!frame) {
            return Optional.empty();
        }
        byte[] body = chunks.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 12);
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        int riff = body.length + 4;
        out.write(riff);
        out.write(riff >>> 8);
        out.write(riff >>> 16);
        out.write(riff >>> 24);
        out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return Optional.of(out.toByteArray());
    }

    /** The first chunk's signature and the picture's width and height. */
    private static boolean sizeWithin(byte[] c, String fourCc, int p, int size) {
        int width;
        int height;
        switch (fourCc) {
            case "VP8 " -> {
                if (size < 10 || (c[p + 3] & 0xff) != 0x9d || (c[p + 4] & 0xff) != 0x01 || (c[p + 5] & 0xff) != 0x2a) {
                    return false;
                }
                width = le16(c, p + 6) & 0x3fff;
                height = le16(c, p + 8) & 0x3fff;
            }
            case "VP8L" -> {
                if (size < 5 || (c[p] & 0xff) != 0x2f) {
                    return false;
                }
                long bits = le32(c, p + 1);
                width = (int) (bits & 0x3fff) + 1;
                height = (int) ((bits >>> 14) & 0x3fff) + 1;
            }
            default -> { // VP8X
                if (size < 10) {
                    return false;
                }
                width = le24(c, p + 4) + 1;
                height = le24(c, p + 7) + 1;
            }
        }
        return width > 0 && height > 0 && width <= Images.MAX_SIDE && height <= Images.MAX_SIDE;
    }

    private static int le16(byte[] c, int at) {
        return (c[at] & 0xff) | (c[at + 1] & 0xff) << 8;
    }

    private static int le24(byte[] c, int at) {
        return le16(c, at) | (c[at + 2] & 0xff) << 16;
    }

    private static long le32(byte[] c, int at) {
        return (le24(c, at) | (long) (c[at + 3] & 0xff) << 24) & 0xffffffffL;
    }
}
