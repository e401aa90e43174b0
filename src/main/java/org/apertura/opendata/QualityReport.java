package org.apertura.opendata;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the quality check found in a table file (CSV or XLSX), stored with its version and shown publicly beside it:
 * how it was read (format, encoding, delimiter), how many rows and columns, each column's profile and detected type
 * with the cells that break it, and every problem (with where it is). Kept as JSON in the version's row.
 *
 * @param format    CSV or XLSX
 * @param encoding  the encoding read (UTF-8, or ISO-8859-1 when a Latin-1 file was converted)
 * @param delimiter the delimiter of a CSV ({@code ,} {@code ;} {@code \t} {@code |}); empty for XLSX
 * @param rows      data rows (without the header)
 * @param columns   each column's profile, in order
 * @param findings  the problems found (at most {@link #MAX_FINDINGS} listed; {@code count} says how many of each)
 */
public record QualityReport(String format, String encoding, String delimiter, long rows, List<Column> columns,
        List<Finding> findings) {

    public static final int MAX_FINDINGS = 50;
    public static final int MAX_SAMPLES = 10;
    public static final int MAX_DISTINCT = 1000;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * A column's profile: its name, detected type, empty cells, distinct values (counted up to {@link #MAX_DISTINCT};
     * {@code distinctCapped} when there were more), smallest and largest values (numbers and dates by value, text by
     * order), and the cells that break its type (how many, and the first few with their row numbers).
     */
    public record Column(int position, String name, FieldType type, long nulls, long distinct, boolean distinctCapped,
            String min, String max, long breaking, List<Cell> samples) {
    }

    /** A cell: its row (1 is the first row under the header) and its value. */
    public record Cell(long row, String value) {
    }

    /** A problem found: its kind, where (row and column, when it has a place), an example value and how many. */
    public record Finding(QualityProblem problem, Long row, String column, String value, long count) {
    }

    /** Whether nothing that makes it unreliable was found (warnings may remain). */
    public boolean isValid() {
        return findings.stream().noneMatch(f -> f.problem().isError());
    }

    /** Whether nothing at all was found. */
    public boolean isClean() {
        return findings.stream().allMatch(f -> f.problem() == QualityProblem.CONVERTED);
    }

    public int errorCount() {
        return (int) findings.stream().filter(f -> f.problem().isError()).count();
    }

    public int warningCount() {
        return findings.size() - errorCount();
    }

    /** The column with that position. */
    public Column column(int position) {
        return columns.get(position);
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static QualityReport fromJson(String json) {
        return JSON.readValue(json, QualityReport.class);
    }
}
