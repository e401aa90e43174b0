package org.apertura.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Public lists as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents), one file per
 * language: column headers in the page's language (Spanish by default, English with {@code ?lang=en}),
 * described field by field on the data dictionary page.
 *
 * <p>Formula injection (OWASP "CSV Injection") is neutralised here, once, for every export. A cell is
 * <em>risky</em> when a spreadsheet could read a formula in it: it starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, or it holds a separator ({@code ,} or {@code ;}, since
 * spreadsheets in Spanish split on semicolons), a tab or a line break followed by one of those characters,
 * which a spreadsheet that splits the cell there would start a new cell with. A risky cell is always written
 * quoted and starting with an apostrophe (OWASP's rule: prefix with a single quote inside a quoted cell), and
 * every such character inside it that follows a separator, tab or line break gets an apostrophe before it
 * too, so no piece of it can start a formula however it is split. Quotes inside are doubled.
 *
 * <p>Numbers: a cell whose value is a Java {@link Number} (or a {@link Boolean}) is written as it is, so
 * {@code -3} or {@code -3.5} in a numeric column stay numbers a spreadsheet can add up; a number cannot hold
 * a formula. Text that merely looks like a negative number ({@code "-3"} as a {@code String}) is treated as
 * text and prefixed, as OWASP advises, because the writer cannot know it is one; callers pass numbers as
 * numbers.
 */
@Component
public class CsvExport {

    private final MessageSource messages;

    CsvExport(MessageSource messages) {
        this.messages = messages;
    }

    /** A CSV download; {@code columns} are column keys, their headers come from the bundles ({@code csv.<key>}). */
    /** The language the file of this request is written in: {@code ?idioma=}, else the page's. */
    public Locale language() {
        return requestedLanguage().orElse(LocaleContextHolder.getLocale());
    }

    public ResponseEntity<byte[]> download(String fileName, List<String> columns, List<List<?>> rows) {
        return download(fileName, columns, rows, language());
    }

    /** A CSV download in a given language, whatever the request's (a kit's files are in the language it declares). */
    public ResponseEntity<byte[]> download(String fileName, List<String> columns, List<List<?>> rows, Locale locale) {
        List<String> header = columns.stream().map(c -> messages.getMessage("csv." + c, null, c, locale)).toList();
        String suffix = "en".equals(locale.getLanguage()) ? "-en" : "";
        List<List<?>> words = rows.stream().<List<?>>map(row -> row.stream().map(cell -> words(cell, locale)).toList())
                .toList();
        return bytes(fileName.replaceFirst("\\.csv$", suffix + ".csv"), header, words);
    }

    /**
     * A cell as a person reads it: an enum constant becomes its label in the file's language (its type names
     * where the labels are with {@link Labels}); a collection becomes its cells' words joined by "; ".
     */
    private Object words(Object cell, Locale locale) {
        if (cell instanceof Enum<?> constant) {
            Labels labels = constant.getDeclaringClass().getAnnotation(Labels.class);
            if (labels == null) {
                throw new IllegalStateException(constant.getDeclaringClass().getName()
                        + " reaches a CSV file without @Labels: a reader would see its code " + constant.name());
            }
            return messages.getMessage(labels.value() + "." + constant.name(), null, locale);
        }
        if (cell instanceof java.util.Collection<?> many) {
            return String.join("; ", many.stream().map(c -> String.valueOf(words(c, locale))).toList());
        }
        return cell;
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
        return Downloads.attachmentUtf8(new MediaType("text", "csv", StandardCharsets.UTF_8), fileName)
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One CSV line (CRLF-terminated) with the same quoting and formula neutralisation, for exports written as a
     * stream rather than built in memory ({@link #BYTE_ORDER_MARK} first).
     */
    public static String line(List<?> cells) {
        StringBuilder csv = new StringBuilder();
        appendRow(csv, cells);
        return csv.toString();
    }

    /** What a UTF-8 CSV starts with so that spreadsheets read accents. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

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
        if (value instanceof Number || value instanceof Boolean) {
            return text;
        }
        if (isRisky(text)) {
            return '"' + defuse(text).replace("\"", "\"\"") + '"';
        }
        if (text.contains(",") || text.contains(";") || text.contains("\"") || text.contains("\n")
                || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** Characters a spreadsheet starts a formula (or a command) with. */
    private static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Characters at which a spreadsheet may split one cell into two. */
    private static boolean splitsCell(char c) {
        return c == ',' || c == ';' || c == '\t' || c == '\r' || c == '\n';
    }

    static boolean isRisky(String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (startsFormula(text.charAt(0))) {
            return true;
        }
        for (int i = 1; i < text.length(); i++) {
            if (splitsCell(text.charAt(i - 1)) && startsFormula(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** An apostrophe first, and before every formula character that could start a piece of the cell. */
    private static String defuse(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && splitsCell(text.charAt(i - 1)) && startsFormula(c)) {
                out.append('\'');
            }
            out.append(c);
        }
        return out.toString();
    }
}
