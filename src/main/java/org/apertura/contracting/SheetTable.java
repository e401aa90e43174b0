package org.apertura.contracting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A spreadsheet as rows of text cells: read from CSV (UTF-8, comma or semicolon, quotes as RFC 4180) or from the
 * first sheet of an XLSX workbook (Office Open XML, read with the JDK's zip and StAX: shared and inline strings,
 * numbers, booleans; no formulas are evaluated, their cached value is read), and written as either, for the
 * template. Numbers from XLSX come as plain decimals ({@code 1234.5}); the date columns named by the caller turn
 * Excel's day serials into {@code 2025-03-15}. Row numbers are those a person sees (the header is row 1).
 */
public final class SheetTable {

    /** The most rows a sheet may have: a municipality's year of contracts, not a bulk import (use the API). */
    public static final int MAX_ROWS = 5000;
    private static final long MAX_UNZIPPED = 64L << 20;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** A row: its number in the sheet and its cells, left to right. */
    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** A sheet that cannot be read at all: a message key of the contracting bundle and its arguments. */
    public static final class Unreadable extends RuntimeException {
        private final String key;
        private final transient Object[] args;

        Unreadable(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    private SheetTable() {
    }

    /** The rows of a CSV or XLSX file (by its content: a zip is XLSX), blank rows left out. */
    public static List<Row> read(byte[] content, java.util.Set<Integer> dateColumns) {
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        List<Row> rows = zip ? xlsx(content, dateColumns) : csv(content);
        List<Row> kept = rows.stream().filter(r -> !r.blank()).toList();
        if (kept.size() > MAX_ROWS + 1) {
            throw new Unreadable("contracting.sheet.tooManyRows", MAX_ROWS);
        }
        return kept;
    }

    // ---- CSV

    static List<Row> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            throw new Unreadable("contracting.sheet.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLine = text.indexOf('\n');
        String header = firstLine < 0 ? text : text.substring(0, firstLine);
        char separator = count(header, ';') > count(header, ',') ? ';' : ',';
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int row = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    row += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowStart, List.copyOf(cells)));
                cells.clear();
                row++;
                rowStart = row;
                if (rows.size() > MAX_ROWS + 10) {
                    throw new Unreadable("contracting.sheet.tooManyRows", MAX_ROWS);
                }
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new Unreadable("contracting.sheet.openQuote", rowStart);
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowStart, List.copyOf(cells)));
        }
        return rows;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /** A CSV file: UTF-8 with a byte order mark (so spreadsheet programs read the accents), comma-separated. */
    public static byte[] writeCsv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i) == null ? "" : row.get(i);
                out.append(i == 0 ? "" : ",");
                if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
                    out.append('"').append(cell.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(cell);
                }
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- XLSX

    private static List<Row> xlsx(byte[] content, java.util.Set<Integer> dateColumns) {
        Map<String, byte[]> parts = unzip(content);
        List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml"))
                : List.of();
        String sheet = parts.containsKey("xl/worksheets/sheet1.xml") ? "xl/worksheets/sheet1.xml"
                : parts.keySet().stream().filter(n -> n.startsWith("xl/worksheets/") && n.endsWith(".xml")).sorted()
                        .findFirst().orElseThrow(() -> new Unreadable("contracting.sheet.notXlsx"));
        try {
            XMLStreamReader xml = xmlReader(parts.get(sheet));
            List<Row> rows = new ArrayList<>();
            TreeMap<Integer, String> cells = null;
            int rowNumber = 0;
            int column = -1;
            String type = null;
            StringBuilder value = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            String r = xml.getAttributeValue(null, "r");
                            rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                            cells = new TreeMap<>();
                            column = -1;
                        }
                        case "c" -> {
                            String ref = xml.getAttributeValue(null, "r");
                            column = ref == null ? column + 1 : columnOf(ref);
                            type = xml.getAttributeValue(null, "t");
                            value = new StringBuilder();
                        }
                        case "v", "t" -> {
                            if (value != null) {
                                value.append(xml.getElementText());
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    if (xml.getLocalName().equals("c") && cells != null && value != null) {
                        cells.put(column, cellText(type, value.toString(), shared, dateColumns.contains(column)));
                        value = null;
                    } else if (xml.getLocalName().equals("row") && cells != null) {
                        List<String> row = new ArrayList<>();
                        int last = cells.isEmpty() ? -1 : cells.lastKey();
                        for (int i = 0; i <= last; i++) {
                            row.add(cells.getOrDefault(i, ""));
                        }
                        rows.add(new Row(rowNumber, row));
                        if (rows.size() > MAX_ROWS + 10) {
                            throw new Unreadable("contracting.sheet.tooManyRows", MAX_ROWS);
                        }
                        cells = null;
                    }
                }
            }
            return rows;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable("contracting.sheet.notXlsx");
        }
    }

    private static String cellText(String type, String raw, List<String> shared, boolean date) {
        if ("s".equals(type)) {
            int index = Integer.parseInt(raw.strip());
            return index < shared.size() ? shared.get(index) : "";
        }
        if ("b".equals(type)) {
            return "1".equals(raw.strip()) ? "sí" : "no";
        }
        if (type == null || "n".equals(type)) {
            if (raw.isBlank()) {
                return "";
            }
            BigDecimal number = new BigDecimal(raw.strip());
            if (date) {
                return EXCEL_EPOCH.plusDays(number.longValue()).toString();
            }
            BigDecimal plain = number.stripTrailingZeros();
            // a binary double's tail (1234.5000000001) is the spreadsheet's, not the person's
            return (plain.scale() > 6 ? number.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros() : plain)
                    .toPlainString();
        }
        return raw;
    }

    private static List<String> sharedStrings(byte[] xmlBytes) {
        try {
            XMLStreamReader xml = xmlReader(xmlBytes);
            List<String> strings = new ArrayList<>();
            StringBuilder current = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("si")) {
                    current = new StringBuilder();
                } else if (event == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("t") && current != null) {
                    current.append(xml.getElementText());
                } else if (event == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("rPh")) {
                    skip(xml); // phonetic hints are not part of the text
                } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("si")) {
                    strings.add(current == null ? "" : current.toString());
                    current = null;
                }
            }
            return strings;
        } catch (XMLStreamException e) {
            throw new Unreadable("contracting.sheet.notXlsx");
        }
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            depth += event == XMLStreamReader.START_ELEMENT ? 1 : event == XMLStreamReader.END_ELEMENT ? -1 : 0;
        }
    }

    private static XMLStreamReader xmlReader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** The parts of the workbook that are read, unzipped with a cap (a zip bomb is refused, not expanded). */
    private static Map<String, byte[]> unzip(byte[] content) {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!name.equals("xl/sharedStrings.xml") && !name.startsWith("xl/worksheets/sheet")) {
                    continue;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNZIPPED) {
                        throw new Unreadable("contracting.sheet.tooLarge");
                    }
                    bytes.write(buffer, 0, n);
                }
                parts.put(name, bytes.toByteArray());
            }
        } catch (IOException e) {
            throw new Unreadable("contracting.sheet.notXlsx");
        }
        if (parts.isEmpty()) {
            throw new Unreadable("contracting.sheet.notXlsx");
        }
        return parts;
    }

    private static int columnOf(String ref) {
        int column = 0;
        for (char c : ref.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }


    /** Reads a whole small input (a sheet is at most the upload cap). */
    public static byte[] bytes(InputStream input) {
        try {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
