package org.apertura.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Public lists as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents). Cells that
 * a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static ResponseEntity<byte[]> download(String fileName, List<String> header, List<List<?>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        appendRow(csv, header);
        for (List<?> row : rows) {
            appendRow(csv, row);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void appendRow(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
