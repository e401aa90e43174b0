package org.apertura.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A table as an office saves it: CSV (comma, semicolon, tab or pipe; UTF-8, or Latin-1 / Windows-1252 when the
 * bytes are not UTF-8, as older spreadsheets save them) or the first sheet of an XLSX workbook. The first row holds the
 * column names. Rows are read one at a time, numbered as the file's lines (or the sheet's rows) are.
 */
public final class TableFile {

    /** What the file was read as, for the import report. */
    public record Reading(String format, String encoding, char delimiter) {
    }

    /** One row: its line in the file and its cells (missing cells are empty). */
    public record TableRow(int line, String[] cells) {
        public String cell(int index) {
            return index < 0 || index >= cells.length ? "" : cells[index];
        }

        /** Whether every cell is empty (a spreadsheet's blank line between rows). */
        public boolean isBlank() {
            return java.util.Arrays.stream(cells).allMatch(Texts::isBlank);
        }
    }

    /** Receives rows in order; a problem in the file (a quote never closed) ends the reading. */
    public interface RowSink {
        void row(TableRow row);
    }

    public static final String CSV = "CSV";
    public static final String WORKBOOK = "XLSX";

    private final byte[] bytes;
    private final Reading reading;
    private final List<String> header;
    private final String text;

    private TableFile(byte[] bytes, Reading reading, List<String> header, String text) {
        this.bytes = bytes;
        this.reading = reading;
        this.header = header;
        this.text = text;
    }

    /** Reads the file's kind, encoding and column names; rows are read by {@link #rows}. */
    public static TableFile of(byte[] bytes) {
        if (isZip(bytes)) {
            if (!hasEntry(bytes, "xl/workbook.xml")) {
                throw new TableException("table.error.notWorkbook");
            }
            List<String> header = new ArrayList<>();
            TableFile file = new TableFile(bytes, new Reading(WORKBOOK, "UTF-8", ' '), header, null);
            try {
                file.readWorkbook(row -> {
                    for (String cell : row.cells()) {
                        header.add(cell.strip());
                    }
                    throw new StopReading();
                }, true);
            } catch (StopReading done) {
                // the header only
            }
            if (header.isEmpty()) {
                throw new TableException("table.error.empty");
            }
            return file;
        }
        String encoding = "UTF-8";
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            encoding = "Windows-1252";
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new TableException("table.error.binary");
        }
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char delimiter = delimiterOf(first);
        TableFile file = new TableFile(bytes, new Reading(CSV, encoding, delimiter), new ArrayList<>(), text);
        List<String> header = new ArrayList<>();
        try {
            file.readCsv(row -> {
                for (String cell : row.cells()) {
                    header.add(cell.strip());
                }
                throw new StopReading();
            }, true);
        } catch (StopReading done) {
            // the header only
        }
        if (header.isEmpty() || header.stream().allMatch(String::isEmpty)) {
            throw new TableException("table.error.empty");
        }
        return new TableFile(bytes, file.reading, header, text);
    }

    public Reading reading() {
        return reading;
    }

    public List<String> header() {
        return header;
    }

    /** Every row after the header, in order. */
    public void rows(RowSink sink) {
        if (reading.format().equals(WORKBOOK)) {
            readWorkbook(sink, false);
        } else {
            readCsv(sink, false);
        }
    }

    /** The first rows after the header, for a preview. */
    public List<TableRow> firstRows(int count) {
        List<TableRow> rows = new ArrayList<>();
        try {
            rows(row -> {
                rows.add(row);
                if (rows.size() >= count) {
                    throw new StopReading();
                }
            });
        } catch (StopReading enough) {
            // the preview is full
        }
        return rows;
    }

    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    private void readCsv(RowSink sink, boolean headerToo) {
        String s = text;
        char d = reading.delimiter();
        int n = s.length();
        int i = 0;
        int line = 1;
        boolean first = true;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (i < n) {
            int rowLine = line;
            cells.clear();
            boolean endOfRow = false;
            while (!endOfRow) {
                cell.setLength(0);
                if (i < n && s.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new TableException("table.error.openQuote", rowLine);
                        }
                        char c = s.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && s.charAt(i + 1) == '"') {
                                cell.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                        i++;
                    }
                    while (i < n && s.charAt(i) != d && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                        i++; // text after the closing quote is ignored
                    }
                } else {
                    int start = i;
                    while (i < n && s.charAt(i) != d && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                        i++;
                    }
                    cell.append(s, start, i);
                }
                cells.add(cell.toString());
                if (i >= n) {
                    endOfRow = true;
                } else if (s.charAt(i) == d) {
                    i++;
                } else {
                    if (s.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && s.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRow = true;
                }
            }
            boolean blank = cells.size() == 1 && cells.get(0).isBlank();
            if (first) {
                first = false;
                if (headerToo) {
                    sink.row(new TableRow(rowLine, cells.toArray(String[]::new)));
                }
                continue;
            }
            if (!blank) {
                sink.row(new TableRow(rowLine, cells.toArray(String[]::new)));
            }
        }
    }

    private void readWorkbook(RowSink sink, boolean headerToo) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getFirstSheet();
            boolean first = true;
            try (var stream = sheet.openStream()) {
                Iterator<Row> rows = stream.iterator();
                while (rows.hasNext()) {
                    Row row = rows.next();
                    String[] cells = new String[row.getCellCount()];
                    boolean blank = true;
                    for (int c = 0; c < cells.length; c++) {
                        cells[c] = text(row.getCell(c));
                        blank &= cells[c].isBlank();
                    }
                    if (first) {
                        if (blank) {
                            continue;
                        }
                        first = false;
                        if (headerToo) {
                            sink.row(new TableRow(row.getRowNum(), cells));
                        }
                        continue;
                    }
                    if (!blank) {
                        sink.row(new TableRow(row.getRowNum(), cells));
                    }
                }
            }
        } catch (StopReading | TableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new TableException("table.error.notWorkbook");
        }
    }

    /** A cell's text; a number as the spreadsheet stores it, to the cent when it carries binary noise. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            if (number.scale() > 2) {
                BigDecimal cents = number.setScale(2, RoundingMode.HALF_EVEN);
                // a binary fraction like 1234.5000000001 is the same amount; anything else stays as it is
                if (cents.subtract(number).abs().compareTo(new BigDecimal("0.000001")) < 0) {
                    number = cents;
                }
            }
            return number.stripTrailingZeros().scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
        }
        String raw = cell.getText();
        return raw == null ? "" : raw;
    }

    private static char delimiterOf(String line) {
        char best = ',';
        int most = -1;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char x = line.charAt(i);
                if (x == '"') {
                    quoted = !quoted;
                } else if (x == c && !quoted) {
                    count++;
                }
            }
            if (count > most) {
                most = count;
                best = c;
            }
        }
        return best;
    }

    public static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    public static boolean hasEntry(byte[] bytes, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** The file cannot be read as a table; the key says why. */
    public static final class TableException extends RuntimeException {
        private final String messageKey;
        private final Object[] args;

        public TableException(String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.args = args;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] args() {
            return args;
        }
    }
}
