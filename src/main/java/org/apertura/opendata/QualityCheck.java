package org.apertura.opendata;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apertura.platform.InvalidInputException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.stereotype.Component;

/**
 * Checks a table file's quality as it is uploaded, in the spirit of Frictionless: its encoding (UTF-8, or Latin-1 —
 * Windows-1252 — found and, on request, converted), its delimiter, blank and repeated column names, blank rows, rows
 * of the wrong length, a type per column with the cells that break it, dates not in ISO 8601, and each column's
 * profile (empty cells, distinct values counted up to a bound, smallest and largest). It reads the file once as a
 * stream and keeps only bounded counts and samples, so a 200 MB CSV is checked in constant memory.
 */
@Component
class QualityCheck {

    /** The columns profiled (a wider table's further columns are counted in rows, not profiled). */
    static final int MAX_COLUMNS = 1000;
    static final Charset LATIN1 = Charset.forName("windows-1252");
    private static final int MAX_VALUE = 100;
    private static final Pattern NON_ISO_DATE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4}|\\d{2})");
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?");

    /** Whether a stream is UTF-8 throughout (read to its end, in chunks). */
    static boolean isUtf8(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try {
            byte[] chunk = new byte[32 * 1024];
            int n;
            while ((n = in.read(chunk)) > 0) {
                bytes.put(chunk, 0, n);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, true);
            return !result.isError() && !bytes.hasRemaining();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Latin-1 (Windows-1252) stream as UTF-8 bytes, converted as it is read. */
    static InputStream latin1ToUtf8(InputStream in) {
        Reader reader = new InputStreamReader(in, LATIN1);
        return new InputStream() {
            private final char[] chars = new char[16 * 1024];
            private byte[] bytes = new byte[0];
            private int position;

            @Override
            public int read() throws IOException {
                if (!fill()) {
                    return -1;
                }
                return bytes[position++] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(length, bytes.length - position);
                System.arraycopy(bytes, position, buffer, offset, n);
                position += n;
                return n;
            }

            private boolean fill() throws IOException {
                while (position >= bytes.length) {
                    int n = reader.read(chars);
                    if (n < 0) {
                        return false;
                    }
                    bytes = new String(chars, 0, n).getBytes(StandardCharsets.UTF_8);
                    position = 0;
                }
                return true;
            }
        };
    }

    /**
     * The report of a table file read from the stream (to its end). {@code utf8} says whether the bytes are UTF-8
     * (otherwise they are read as Latin-1 and the report says so), {@code converted} that they were converted from
     * Latin-1 at the publisher's request.
     */
    QualityReport check(InputStream content, DetectedFormat format, boolean utf8, boolean converted) {
        try {
            if (format.equals(DetectedFormat.XLSX)) {
                return workbook(content);
            }
            return csv(content, utf8, converted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report of a UTF-8 table file. */
    QualityReport check(InputStream content, DetectedFormat format) {
        return check(content, format, true, false);
    }

    private QualityReport csv(InputStream content, boolean utf8, boolean converted) throws IOException {
        BufferedInputStream in = new BufferedInputStream(content, 64 * 1024);
        in.mark(FileFormats.HEAD + 1);
        byte[] head = in.readNBytes(FileFormats.HEAD);
        in.reset();
        Charset charset = utf8 ? StandardCharsets.UTF_8 : LATIN1;
        char delimiter = CsvReader.guessDelimiter(new String(head, charset));
        Profile profile = new Profile();
        if (!utf8) {
            profile.finding(QualityProblem.ENCODING, null, null, null);
        }
        if (converted) {
            profile.finding(QualityProblem.CONVERTED, null, null, null);
        }
        CsvReader reader = new CsvReader(new InputStreamReader(in, charset), delimiter);
        List<String> header = reader.next();
        if (header == null) {
            throw new InvalidInputException("file", "opendata.error.noFile");
        }
        profile.header(header);
        List<String> record;
        while ((record = reader.next()) != null) {
            profile.row(record);
        }
        return profile.report("CSV", converted ? "ISO-8859-1" : utf8 ? "UTF-8" : "ISO-8859-1",
                delimiter == '\t' ? "\\t" : String.valueOf(delimiter));
    }

    private QualityReport workbook(InputStream content) throws IOException {
        Profile profile = new Profile();
        // the reader needs random access to the ZIP: a temporary file rather than the whole workbook in memory
        java.nio.file.Path file = java.nio.file.Files.createTempFile("opendata-", ".xlsx");
        try (ReadableWorkbook workbook = open(content, file);
                var rows = workbook.getFirstSheet().openStream()) {
            boolean first = true;
            for (Row row : (Iterable<Row>) rows::iterator) {
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int c = 0; c < row.getCellCount() && c < CsvReader.MAX_FIELDS; c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (first) {
                    profile.header(cells);
                    first = false;
                } else {
                    profile.row(cells);
                }
            }
            if (first) {
                throw new InvalidInputException("file", "opendata.error.noFile");
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "opendata.error.notWorkbook");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return profile.report("XLSX", "UTF-8", "");
    }

    /** Opens a workbook streamed to a temporary file (which the caller deletes). */
    static ReadableWorkbook open(InputStream content, java.nio.file.Path file) throws IOException {
        java.nio.file.Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    }

    /** A spreadsheet cell as text: numbers plainly, dates in ISO 8601, booleans as true/false. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && isDateFormat(format)) {
                LocalDateTime when = cell.asDate();
                return when.toLocalTime().toSecondOfDay() == 0 ? when.toLocalDate().toString()
                        : when.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            BigDecimal number = cell.asNumber().stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
        }
        String raw = cell.getText();
        return raw == null ? "" : raw;
    }

    private static boolean isDateFormat(String format) {
        String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return plain.contains("yy") || plain.contains("dd") || (plain.contains("m") && plain.contains("d"));
    }

    /** What a cell looks like. */
    enum Kind {
        INTEGER, DECIMAL, BOOLEAN, DATE, NON_ISO_DATE, DATETIME, TEXT
    }

    static Kind kind(String value) {
        int n = value.length();
        int start = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        if (start < n) {
            boolean digits = true;
            int dots = 0;
            for (int i = start; i < n; i++) {
                char c = value.charAt(i);
                if (c == '.') {
                    dots++;
                } else if (c < '0' || c > '9') {
                    digits = false;
                    break;
                }
            }
            if (digits && dots == 0) {
                return Kind.INTEGER;
            }
            if (digits && dots == 1 && value.charAt(n - 1) != '.' && value.charAt(start) != '.') {
                return Kind.DECIMAL;
            }
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Kind.BOOLEAN;
        }
        char first = value.charAt(0);
        if (first >= '0' && first <= '9') {
            if (n == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
                try {
                    LocalDate.parse(value);
                    return Kind.DATE;
                } catch (RuntimeException e) {
                    return Kind.TEXT;
                }
            }
            if (n > 10 && n <= 35 && ISO_DATE_TIME.matcher(value).matches()) {
                return Kind.DATETIME;
            }
            if (n <= 10 && NON_ISO_DATE.matcher(value).matches()) {
                return Kind.NON_ISO_DATE;
            }
        }
        return Kind.TEXT;
    }

    /** The bounded counts and samples of one read. */
    private static final class Profile {
        private final List<ColumnCounts> columns = new ArrayList<>();
        private final Map<QualityProblem, List<QualityReport.Finding>> findings = new HashMap<>();
        private final Map<QualityProblem, Long> counts = new HashMap<>();
        private int width;
        private long rows;

        void header(List<String> names) {
            width = names.size();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).strip();
                if (name.isEmpty()) {
                    finding(QualityProblem.BLANK_HEADER, null, "#" + (i + 1), null);
                } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    finding(QualityProblem.DUPLICATE_HEADER, null, name, null);
                }
                if (i < MAX_COLUMNS) {
                    columns.add(new ColumnCounts(i, name.isEmpty() ? "#" + (i + 1) : name));
                }
            }
        }

        void row(List<String> cells) {
            rows++;
            boolean blank = cells.stream().allMatch(String::isBlank);
            if (blank) {
                finding(QualityProblem.BLANK_ROW, rows, null, null);
                return;
            }
            if (cells.size() != width) {
                finding(QualityProblem.ROW_LENGTH, rows, null, cells.size() + "/" + width);
            }
            for (ColumnCounts column : columns) {
                column.add(rows, column.position < cells.size() ? cells.get(column.position) : "");
            }
        }

        void finding(QualityProblem problem, Long row, String column, String value) {
            long count = counts.merge(problem, 1L, Long::sum);
            List<QualityReport.Finding> list = findings.computeIfAbsent(problem, p -> new ArrayList<>());
            boolean perColumn = problem == QualityProblem.BLANK_HEADER || problem == QualityProblem.DUPLICATE_HEADER;
            if (perColumn && list.size() < QualityReport.MAX_SAMPLES) {
                list.add(new QualityReport.Finding(problem, row, column, value, 1));
            } else if (!perColumn && list.isEmpty()) {
                list.add(new QualityReport.Finding(problem, row, column, value, count));
            }
        }

        QualityReport report(String format, String encoding, String delimiter) {
            if (rows == 0) {
                finding(QualityProblem.NO_ROWS, null, null, null);
            }
            List<QualityReport.Column> profiles = new ArrayList<>();
            List<QualityReport.Finding> columnFindings = new ArrayList<>();
            for (ColumnCounts column : columns) {
                QualityReport.Column profile = column.profile();
                profiles.add(profile);
                if (profile.breaking() > 0) {
                    columnFindings.add(new QualityReport.Finding(QualityProblem.TYPE, profile.samples().get(0).row(),
                            profile.name(), profile.samples().get(0).value(), profile.breaking()));
                }
                if (column.nonIso > 0) {
                    columnFindings.add(new QualityReport.Finding(QualityProblem.DATE_FORMAT, column.nonIsoSample.row(),
                            profile.name(), column.nonIsoSample.value(), column.nonIso));
                }
            }
            List<QualityReport.Finding> all = new ArrayList<>();
            for (QualityProblem problem : QualityProblem.values()) {
                for (QualityReport.Finding f : findings.getOrDefault(problem, List.of())) {
                    all.add(f.count() > 0 && !(problem == QualityProblem.BLANK_HEADER
                            || problem == QualityProblem.DUPLICATE_HEADER)
                            ? new QualityReport.Finding(problem, f.row(), f.column(), f.value(), counts.get(problem)) : f);
                }
            }
            all.addAll(columnFindings);
            all.sort(Comparator.comparing((QualityReport.Finding f) -> !f.problem().isError())
                    .thenComparing(f -> f.problem().ordinal()));
            return new QualityReport(format, encoding, delimiter, rows, profiles,
                    all.size() > QualityReport.MAX_FINDINGS ? all.subList(0, QualityReport.MAX_FINDINGS) : all);
        }
    }

    /** One column's counts while reading. */
    private static final class ColumnCounts {
        final int position;
        final String name;
        long nulls;
        final long[] kinds = new long[Kind.values().length];
        final Map<Kind, List<QualityReport.Cell>> samples = new HashMap<>();
        final Set<String> distinct = new HashSet<>();
        boolean distinctCapped;
        BigDecimal minNumber;
        BigDecimal maxNumber;
        String minDate;
        String maxDate;
        String minDateTime;
        String maxDateTime;
        String minText;
        String maxText;
        long nonIso;
        QualityReport.Cell nonIsoSample;

        ColumnCounts(int position, String name) {
            this.position = position;
            this.name = name;
        }

        void add(long row, String raw) {
            String value = raw.strip();
            if (value.isEmpty()) {
                nulls++;
                return;
            }
            String kept = value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
            if (!distinctCapped) {
                distinct.add(kept);
                if (distinct.size() > QualityReport.MAX_DISTINCT) {
                    distinctCapped = true;
                    distinct.clear();
                }
            }
            Kind kind = kind(value);
            kinds[kind.ordinal()]++;
            List<QualityReport.Cell> list = samples.computeIfAbsent(kind, k -> new ArrayList<>());
            if (list.size() < QualityReport.MAX_SAMPLES) {
                list.add(new QualityReport.Cell(row, kept));
            }
            switch (kind) {
                case INTEGER, DECIMAL -> {
                    BigDecimal number = new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
                    minNumber = minNumber == null || number.compareTo(minNumber) < 0 ? number : minNumber;
                    maxNumber = maxNumber == null || number.compareTo(maxNumber) > 0 ? number : maxNumber;
                }
                case DATE -> {
                    minDate = minDate == null || value.compareTo(minDate) < 0 ? value : minDate;
                    maxDate = maxDate == null || value.compareTo(maxDate) > 0 ? value : maxDate;
                }
                case DATETIME -> {
                    minDateTime = minDateTime == null || value.compareTo(minDateTime) < 0 ? value : minDateTime;
                    maxDateTime = maxDateTime == null || value.compareTo(maxDateTime) > 0 ? value : maxDateTime;
                }
                case NON_ISO_DATE -> {
                    nonIso++;
                    if (nonIsoSample == null) {
                        nonIsoSample = new QualityReport.Cell(row, kept);
                    }
                }
                default -> {
                }
            }
            minText = minText == null || kept.compareTo(minText) < 0 ? kept : minText;
            maxText = maxText == null || kept.compareTo(maxText) > 0 ? kept : maxText;
        }

        long count(Kind... some) {
            long n = 0;
            for (Kind k : some) {
                n += kinds[k.ordinal()];
            }
            return n;
        }

        FieldType type() {
            long nonEmpty = count(Kind.values());
            if (nonEmpty == 0) {
                return FieldType.STRING;
            }
            Map<FieldType, Long> compatible = new java.util.LinkedHashMap<>();
            compatible.put(FieldType.INTEGER, count(Kind.INTEGER));
            compatible.put(FieldType.NUMBER, count(Kind.INTEGER, Kind.DECIMAL));
            compatible.put(FieldType.DATE, count(Kind.DATE, Kind.NON_ISO_DATE));
            compatible.put(FieldType.DATETIME, count(Kind.DATETIME));
            compatible.put(FieldType.BOOLEAN, count(Kind.BOOLEAN));
            long best = compatible.values().stream().mapToLong(Long::longValue).max().orElse(0);
            if (best * 2 < nonEmpty) {
                return FieldType.STRING;
            }
            // integers are numbers too: a column of integers and a few decimals is a number column
            if (count(Kind.DECIMAL) > 0 && compatible.get(FieldType.NUMBER) == best) {
                return FieldType.NUMBER;
            }
            return compatible.entrySet().stream().filter(e -> e.getValue() == best).findFirst().orElseThrow().getKey();
        }

        Set<Kind> fits(FieldType type) {
            return switch (type) {
                case INTEGER -> Set.of(Kind.INTEGER);
                case NUMBER -> Set.of(Kind.INTEGER, Kind.DECIMAL);
                case DATE -> Set.of(Kind.DATE, Kind.NON_ISO_DATE);
                case DATETIME -> Set.of(Kind.DATETIME);
                case BOOLEAN -> Set.of(Kind.BOOLEAN);
                case STRING -> Set.of(Kind.values());
            };
        }

        QualityReport.Column profile() {
            FieldType type = type();
            Set<Kind> fit = fits(type);
            long breaking = 0;
            List<QualityReport.Cell> breakingSamples = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                if (!fit.contains(kind)) {
                    breaking += kinds[kind.ordinal()];
                    breakingSamples.addAll(samples.getOrDefault(kind, List.of()));
                }
            }
            breakingSamples.sort(Comparator.comparingLong(QualityReport.Cell::row));
            String min;
            String max;
            switch (type) {
                case INTEGER, NUMBER -> {
                    min = minNumber == null ? null : minNumber.toPlainString();
                    max = maxNumber == null ? null : maxNumber.toPlainString();
                }
                case DATE -> {
                    min = minDate;
                    max = maxDate;
                }
                case DATETIME -> {
                    min = minDateTime;
                    max = maxDateTime;
                }
                case BOOLEAN -> {
                    min = null;
                    max = null;
                }
                default -> {
                    min = minText;
                    max = maxText;
                }
            }
            return new QualityReport.Column(position, name, type, nulls,
                    distinctCapped ? QualityReport.MAX_DISTINCT : distinct.size(), distinctCapped, min, max, breaking,
                    breakingSamples.size() > QualityReport.MAX_SAMPLES
                            ? List.copyOf(breakingSamples.subList(0, QualityReport.MAX_SAMPLES))
                            : breakingSamples);
        }
    }
}
