package org.apertura.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Public lists as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents), one file per
 * language: column headers in the page's language (Spanish by default, English with {@code ?lang=en}),
 * described field by field on the data dictionary page. Cells a spreadsheet would run as a formula are
 * prefixed with an apostrophe.
 */
@Component
public class CsvExport {

    private final MessageSource messages;

    CsvExport(MessageSource messages) {
        this.messages = messages;
    }

    /** A CSV download; {@code columns} are column keys, their headers come from the bundles ({@code csv.<key>}). */
    public ResponseEntity<byte[]> download(String fileName, List<String> columns, List<List<?>> rows) {
        Locale locale = requestedLanguage().orElse(LocaleContextHolder.getLocale());
        List<String> header = columns.stream().map(c -> messages.getMessage("csv." + c, null, c, locale)).toList();
        String suffix = "en".equals(locale.getLanguage()) ? "-en" : "";
        return bytes(fileName.replaceFirst("\\.csv$", suffix + ".csv"), header, rows);
    }

    /** {@code ?idioma=en} (or es) picks the file's language without changing the person's page language. */
    private static java.util.Optional<Locale> requestedLanguage() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
            String language = attributes.getRequest().getParameter("idioma");
            if ("en".equals(language)) {
                return java.util.Optional.of(Locale.ENGLISH);
            }
            if ("es".equals(language)) {
                return java.util.Optional.of(WebConfig.SPANISH);
            }
        }
        return java.util.Optional.empty();
    }

    static ResponseEntity<byte[]> bytes(String fileName, List<String> header, List<List<?>> rows) {
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
