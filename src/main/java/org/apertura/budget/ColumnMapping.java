package org.apertura.budget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a file holds each field of an import: by column name, so a mapping confirmed for one quarter fits
 * the next quarter's file of the same layout. Saved per institution and kind ({@code field=Column name} lines).
 */
public final class ColumnMapping {

    private final BudgetKind kind;
    private final Map<ImportField, String> columns;

    public ColumnMapping(BudgetKind kind, Map<ImportField, String> columns) {
        this.kind = kind;
        Map<ImportField, String> copy = new EnumMap<>(ImportField.class);
        columns.forEach((field, column) -> {
            if (field.kind() == kind && column != null && !column.isBlank()) {
                copy.put(field, column);
            }
        });
        this.columns = Collections.unmodifiableMap(copy);
    }

    /**
     * The mapping for a file: the saved one where its columns are in the file, else the column whose name the field
     * goes by (the closest name when several do); each column is used once.
     */
    public static ColumnMapping guess(BudgetKind kind, List<String> header, ColumnMapping saved) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        List<String> used = new ArrayList<>();
        for (ImportField field : ImportField.of(kind)) {
            String column = saved == null ? null : saved.columns.get(field);
            if (column != null && header.contains(column)) {
                columns.put(field, column);
                used.add(column);
            }
        }
        for (ImportField field : ImportField.of(kind)) {
            if (columns.containsKey(field)) {
                continue;
            }
            String best = null;
            for (String column : header) {
                if (!used.contains(column) && field.answersTo(column)
                        && (best == null || field.rank(column) < field.rank(best))) {
                    best = column;
                }
            }
            if (best != null) {
                columns.put(field, best);
                used.add(best);
            }
        }
        return new ColumnMapping(kind, columns);
    }

    public BudgetKind kind() {
        return kind;
    }

    public String column(ImportField field) {
        return columns.get(field);
    }

    public Map<ImportField, String> columns() {
        return columns;
    }

    /** The required fields no column is mapped to. */
    public List<ImportField> missing() {
        return ImportField.of(kind).stream().filter(f -> f.required() && !columns.containsKey(f)).toList();
    }

    /** The index of each mapped field's column in the header (-1 when unmapped or absent). */
    public Map<ImportField, Integer> indexes(List<String> header) {
        Map<ImportField, Integer> indexes = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.of(kind)) {
            String column = columns.get(field);
            indexes.put(field, column == null ? -1 : header.indexOf(column));
        }
        return indexes;
    }

    /** The columns the mapping names that the file does not have. */
    public List<String> absentFrom(List<String> header) {
        return columns.values().stream().filter(c -> !header.contains(c)).toList();
    }

    public String write() {
        StringBuilder text = new StringBuilder();
        columns.forEach((field, column) -> text.append(field.key()).append('=')
                .append(column.replace('\n', ' ')).append('\n'));
        return text.toString();
    }

    public static ColumnMapping read(BudgetKind kind, String text) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                ImportField field = eq < 0 ? null : ImportField.ofKey(line.substring(0, eq));
                if (field != null) {
                    columns.put(field, line.substring(eq + 1));
                }
            }
        }
        return new ColumnMapping(kind, columns);
    }
}
