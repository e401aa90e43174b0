package org.apertura.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads the first rows of a stored table file, as its quality report says it is written (format, encoding, delimiter). */
final class TableRows {

    private TableRows() {
    }

    static TablePreview first(InputStream in, QualityReport report, int maxRows) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = List.of();
        boolean more = false;
        if ("XLSX".equals(report.format())) {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("opendata-", ".xlsx");
            try (ReadableWorkbook workbook = QualityCheck.open(in, file);
                    var stream = workbook.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(QualityCheck.text(row.getCell(c)));
                    }
                    if (header.isEmpty()) {
                        header = cells;
                    } else if (rows.size() < maxRows) {
                        rows.add(cells);
                    } else {
                        more = true;
                        break;
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            return new TablePreview(header, rows, more);
        }
        String delimiter = report.delimiter().equals("\\t") ? "\t" : report.delimiter();
        CsvReader reader = new CsvReader(new InputStreamReader(in, report.encoding().equals("UTF-8")
                || report.findings().stream().anyMatch(f -> f.problem() == QualityProblem.CONVERTED)
                ? StandardCharsets.UTF_8 : QualityCheck.LATIN1), delimiter.isEmpty() ? ',' : delimiter.charAt(0));
        List<String> record = reader.next();
        header = record == null ? List.of() : record;
        while ((record = reader.next()) != null) {
            if (rows.size() >= maxRows) {
                more = true;
                break;
            }
            rows.add(record);
        }
        return new TablePreview(header, rows, more);
    }
}
