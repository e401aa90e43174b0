package org.apertura.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apertura.platform.storage.FileTypes;

/**
 * Recognises an uploaded file's format from its first bytes (and its name only to tell containers apart): PDF, XLSX
 * and ZIP (ZIP containers), JSON and GeoJSON, XML, and CSV (text without NUL bytes). A file named .csv that is not
 * text (a spreadsheet, a PDF, an image renamed) is refused as not a CSV.
 */
final class FileFormats {

    /** How many leading bytes are read to recognise a file. */
    static final int HEAD = 64 * 1024;

    private FileFormats() {
    }

    /** The format of a file from its first bytes; empty when it is none of the accepted formats. */
    static Optional<DetectedFormat> detect(byte[] head, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (head.length == 0) {
            return Optional.empty();
        }
        if (FileTypes.isPdf(head)) {
            return Optional.of(DetectedFormat.PDF);
        }
        if (FileTypes.isZip(head)) {
            if (name.endsWith(".xlsx") || contains(head, "xl/")) {
                return Optional.of(DetectedFormat.XLSX);
            }
            return Optional.of(DetectedFormat.ZIP);
        }
        if (isBinary(head)) {
            return Optional.empty();
        }
        String text = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1).stripLeading();
        if (text.startsWith("\u00ef\u00bb\u00bf")) {
            text = text.substring(3).stripLeading();
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            String all = new String(head, StandardCharsets.ISO_8859_1);
            if (name.endsWith(".geojson") || all.matches("(?s).*\"type\"\\s*:\\s*\"(FeatureCollection|Feature)\".*")) {
                return Optional.of(DetectedFormat.GEOJSON);
            }
            return Optional.of(DetectedFormat.JSON);
        }
        if (text.startsWith("<")) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
                return Optional.empty();
            }
            return Optional.of(DetectedFormat.XML);
        }
        return Optional.of(DetectedFormat.CSV);
    }

    /** Whether the name says CSV (or TSV, or plain text). */
    static boolean namedAsCsv(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }

    private static boolean isBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > head.length / 100 + 1;
    }

    private static boolean contains(byte[] content, String text) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(text);
    }
}
