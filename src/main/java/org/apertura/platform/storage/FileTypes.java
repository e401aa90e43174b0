package org.apertura.platform.storage;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the kinds of files accepted as evidence from their content (magic bytes), not from their
 * name alone: PDF, PNG, JPEG, office documents (OOXML/ODF, which are ZIP containers) and CSV (UTF-8 text).
 */
public final class FileTypes {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FileTypes() {
    }

    /** The content type the bytes really are, if it is one of the accepted kinds. */
    public static Optional<String> detect(byte[] content, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (isPdf(content)) {
            return Optional.of("application/pdf");
        }
        if (isPng(content)) {
            return Optional.of("image/png");
        }
        if (isJpeg(content)) {
            return Optional.of("image/jpeg");
        }
        if (isZip(content)) {
            if (name.endsWith(".docx")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
            if (name.endsWith(".xlsx")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            if (name.endsWith(".pptx")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
            }
            if (name.endsWith(".odt")) {
                return Optional.of("application/vnd.oasis.opendocument.text");
            }
            if (name.endsWith(".ods")) {
                return Optional.of("application/vnd.oasis.opendocument.spreadsheet");
            }
            return Optional.empty();
        }
        if (name.endsWith(".csv") && isUtf8Text(content)) {
            return Optional.of("text/csv");
        }
        return Optional.empty();
    }

    /** Whether the bytes begin as a PDF does ({@code %PDF-}). */
    public static boolean isPdf(byte[] content) {
        return startsWith(content, PDF);
    }

    /** Whether the bytes begin with PNG's signature. */
    public static boolean isPng(byte[] content) {
        return startsWith(content, PNG);
    }

    /** Whether the bytes begin with JPEG's start-of-image marker. */
    public static boolean isJpeg(byte[] content) {
        return startsWith(content, JPEG);
    }

    /** Whether the bytes begin as a ZIP container does (OOXML and ODF documents are ZIP containers). */
    public static boolean isZip(byte[] content) {
        return startsWith(content, ZIP);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
