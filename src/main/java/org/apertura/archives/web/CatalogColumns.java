package org.apertura.archives.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.archives.ClassificationNode;
import org.apertura.platform.Texts;
import org.apertura.platform.web.Labels;

/**
 * The instruments as a table: one row per level of the CGCA with its catalog columns, in the order the import reads
 * them back (so an export is a file the archive can edit and import as its next version).
 */
final class CatalogColumns {

    static final List<String> COLUMNS = List.of("archivesLevel", "archivesCode", "archivesName", "archivesUnit",
            "archivesAttribution", "archivesValues", "archivesYearsActive", "archivesYearsSemiactive",
            "archivesYearsTotal", "archivesDestination", "archivesClassification", "archivesPersonalData",
            "archivesNotes");

    private CatalogColumns() {
    }

    /** Cells for CsvExport: enums stay enums (it writes their labels), numbers stay numbers. */
    static List<List<?>> rows(List<ClassificationNode> nodes) {
        List<List<?>> rows = new ArrayList<>();
        for (ClassificationNode n : nodes) {
            List<Object> row = new ArrayList<>();
            row.add(n.getLevel());
            row.add(n.getCode());
            row.add(n.getName());
            row.add(Texts.orEmpty(n.getProducingUnit()));
            row.add(Texts.orEmpty(n.getAttribution()));
            row.add(n.getValuesText());
            row.add(n.hasDisposition() ? n.getYearsActive() : "");
            row.add(n.hasDisposition() ? n.getYearsSemiactive() : "");
            row.add(n.hasDisposition() ? n.getTotalYears() : "");
            row.add(n.getDestination() == null ? "" : n.getDestination());
            row.add(n.getClassification() == null ? "" : n.getClassification());
            row.add(n.getPersonalData() == null ? "" : n.getPersonalData());
            row.add(Texts.orEmpty(n.getNotes()));
            rows.add(row);
        }
        return rows;
    }

    /** The same rows for JSON: codes of enums are data here, with the catalog's letters. */
    static List<Map<String, Object>> json(List<ClassificationNode> nodes) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ClassificationNode n : nodes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level", n.getLevel().name().toLowerCase());
            m.put("code", n.getCode());
            m.put("parentCode", n.getParentCode());
            m.put("name", n.getName());
            m.put("producingUnit", n.getProducingUnit());
            m.put("attribution", n.getAttribution());
            if (n.hasDisposition()) {
                m.put("primaryValues", n.getValuesText());
                m.put("yearsActive", n.getYearsActive());
                m.put("yearsSemiactive", n.getYearsSemiactive());
                m.put("yearsTotal", n.getTotalYears());
                m.put("finalDestination", n.getDestination().name().toLowerCase());
                m.put("classification", n.getClassification().name().toLowerCase());
                m.put("personalData", n.getPersonalData());
            }
            m.put("notes", n.getNotes());
            list.add(m);
        }
        return list;
    }

    /** The XLSX rows: headers first, words as a person reads them. */
    static List<List<Object>> sheet(List<String> headers, List<List<?>> rows, java.util.function.Function<Enum<?>, String> label) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(new ArrayList<>(headers));
        for (List<?> row : rows) {
            List<Object> cells = new ArrayList<>();
            for (Object cell : row) {
                if (cell instanceof Enum<?> e && e.getDeclaringClass().isAnnotationPresent(Labels.class)) {
                    cells.add(label.apply(e));
                } else if (cell instanceof Integer i) {
                    cells.add(java.math.BigDecimal.valueOf(i));
                } else {
                    cells.add(cell == null ? "" : cell.toString());
                }
            }
            sheet.add(cells);
        }
        return sheet;
    }
}
