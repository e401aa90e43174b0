package org.apertura.archives;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.platform.TableFile;

/**
 * Reads the fichas técnicas de valoración of a version of the instruments from a table (CSV or XLSX), one row per
 * series or subseries: code, producing areas, context, content, secondary values, justification of the valuation,
 * conditions of access, location and custodian (research notes A2, the minimum content of a ficha); Spanish or English
 * headers in any order. The file may also carry the catálogo's columns (primary values, years in trámite and in
 * concentración, destino final), as the export does: each must then say what the version's catálogo says, since the
 * catálogo is built from the fichas. Every problem of the file is found in one reading; a file with any problem gives
 * no rows.
 */
final class ValuationSheetReader {

    /** One ficha as read, every text stripped; optional texts are null when empty. */
    record Row(int line, String code, String producingAreas, String context, String content, String secondaryValues,
            String justification, String accessConditions, String location, String custodian) {
    }

    enum Column {
        CODE(null, "codigo", "clave", "id serie", "codigo de clasificacion", "code", "reference code"),
        AREAS(1000, "areas productoras", "area productora", "unidad productora", "unidades productoras",
                "producing areas", "producing area", "producing unit"),
        CONTEXT(2000, "contexto", "marco normativo", "contexto y marco normativo", "context", "legal basis",
                "context and legal basis"),
        CONTENT(2000, "contenido", "descripcion", "descripcion del contenido", "content", "scope and content"),
        SECONDARY(1000, "valores secundarios", "secondary values"),
        JUSTIFICATION(2000, "justificacion", "justificacion de la valoracion", "valoracion", "justification",
                "appraisal", "justification of the appraisal"),
        ACCESS(1000, "condiciones de acceso", "acceso", "conditions of access", "access"),
        LOCATION(500, "ubicacion", "location"),
        CUSTODIAN(500, "responsable de la custodia", "custodio", "responsable", "custodian"),
        VALUES(null, "valor documental", "valores documentales", "valores primarios", "primary values"),
        ACTIVE(null, "anos de tramite", "vigencia en tramite", "years active", "years in the active archive"),
        SEMIACTIVE(null, "anos de concentracion", "vigencia en concentracion", "years semi active",
                "years in the semi active archive"),
        DESTINATION(null, "tecnica de seleccion", "destino final", "final destination");

        private final Integer maxLength;
        private final Set<String> names;

        Column(Integer maxLength, String... names) {
            this.maxLength = maxLength;
            this.names = Set.of(names);
        }
    }

    private static final List<Column> REQUIRED = List.of(Column.CODE, Column.AREAS, Column.CONTEXT, Column.CONTENT,
            Column.JUSTIFICATION);

    private ValuationSheetReader() {
    }

    /** The fichas of the file for the version whose levels are given, or every problem the file has. */
    static List<Row> read(TableFile table, List<ClassificationNode> nodes) {
        List<CatalogProblem> problems = new ArrayList<>();
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String name = CatalogReader.normalize(header.get(i));
            for (Column column : Column.values()) {
                if (column.names.contains(name) && !index.containsKey(column)) {
                    index.put(column, i);
                }
            }
        }
        for (Column required : REQUIRED) {
            if (!index.containsKey(required)) {
                problems.add(new CatalogProblem(0, header(required), "", "archives.ficha.error.missingColumn",
                        header(required)));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogImportException(problems);
        }
        Map<String, ClassificationNode> series = new java.util.HashMap<>();
        nodes.stream().filter(ClassificationNode::hasDisposition).forEach(n -> series.put(n.getCode(), n));
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        table.rows(row -> {
            if (row.isBlank()) {
                return;
            }
            int before = problems.size();
            String code = cell(row, index, Column.CODE);
            ClassificationNode node = series.get(code);
            if (code.isEmpty()) {
                problems.add(new CatalogProblem(row.line(), header(Column.CODE), "", "archives.import.error.emptyCode"));
            } else if (node == null) {
                problems.add(new CatalogProblem(row.line(), header(Column.CODE), code,
                        "archives.ficha.error.unknownSeries", code));
            } else if (!seen.add(code)) {
                problems.add(new CatalogProblem(row.line(), header(Column.CODE), code,
                        "archives.import.error.duplicateCode"));
            }
            for (Column column : Column.values()) {
                String text = cell(row, index, column);
                if (REQUIRED.contains(column) && column != Column.CODE && text.isEmpty()) {
                    problems.add(new CatalogProblem(row.line(), header(column), "", "archives.ficha.error.empty",
                            header(column)));
                } else if (column.maxLength != null && text.length() > column.maxLength) {
                    problems.add(new CatalogProblem(row.line(), header(column), text.substring(0, 40) + "…",
                            "archives.import.error.tooLong", column.maxLength));
                }
            }
            if (node != null) {
                agrees(row, index, node, problems);
            }
            if (problems.size() == before) {
                rows.add(new Row(row.line(), code, cell(row, index, Column.AREAS), cell(row, index, Column.CONTEXT),
                        cell(row, index, Column.CONTENT), empty(cell(row, index, Column.SECONDARY)),
                        cell(row, index, Column.JUSTIFICATION), empty(cell(row, index, Column.ACCESS)),
                        empty(cell(row, index, Column.LOCATION)), empty(cell(row, index, Column.CUSTODIAN))));
            }
        });
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new CatalogProblem(0, "", "", "archives.import.error.noRows"));
        }
        if (!problems.isEmpty()) {
            throw new CatalogImportException(problems);
        }
        return rows;
    }

    /** The catálogo's columns, when the file has them, say what the version's catálogo says of the series. */
    private static void agrees(TableFile.TableRow row, Map<Column, Integer> index, ClassificationNode node,
            List<CatalogProblem> problems) {
        String values = cell(row, index, Column.VALUES);
        if (!values.isEmpty()) {
            Set<PrimaryValue> read = EnumSet.noneOf(PrimaryValue.class);
            boolean known = true;
            for (String token : values.split("[,;/+\\s]+| y | and ")) {
                if (!token.isBlank()) {
                    PrimaryValue value = CatalogReader.value(token);
                    known &= value != null;
                    if (value != null) {
                        read.add(value);
                    }
                }
            }
            Set<PrimaryValue> catalog = EnumSet.noneOf(PrimaryValue.class);
            if (node.isValueAdmin()) {
                catalog.add(PrimaryValue.A);
            }
            if (node.isValueLegal()) {
                catalog.add(PrimaryValue.L);
            }
            if (node.isValueFiscal()) {
                catalog.add(PrimaryValue.FC);
            }
            if (!known || !read.equals(catalog)) {
                disagrees(row, Column.VALUES, values, node.getValuesText(), problems);
            }
        }
        years(row, index, Column.ACTIVE, node.getYearsActive(), problems);
        years(row, index, Column.SEMIACTIVE, node.getYearsSemiactive(), problems);
        String destination = cell(row, index, Column.DESTINATION);
        if (!destination.isEmpty() && CatalogReader.destination(destination) != node.getDestination()) {
            disagrees(row, Column.DESTINATION, destination, new org.springframework.context.support
                    .DefaultMessageSourceResolvable("archives.destination." + node.getDestination().name()), problems);
        }
    }

    private static void years(TableFile.TableRow row, Map<Column, Integer> index, Column column, Integer catalog,
            List<CatalogProblem> problems) {
        String text = cell(row, index, column);
        if (!text.isEmpty() && !CatalogReader.normalize(text).replaceAll(" ?(anos|ano|years|year)$", "")
                .equals(String.valueOf(catalog))) {
            disagrees(row, column, text, String.valueOf(catalog), problems);
        }
    }

    private static void disagrees(TableFile.TableRow row, Column column, String found, Object catalog,
            List<CatalogProblem> problems) {
        problems.add(new CatalogProblem(row.line(), header(column), found, "archives.ficha.error.disagrees",
                header(column), catalog));
    }

    static String header(Column column) {
        return switch (column) {
            case CODE -> "Código";
            case AREAS -> "Áreas productoras";
            case CONTEXT -> "Contexto";
            case CONTENT -> "Contenido";
            case SECONDARY -> "Valores secundarios";
            case JUSTIFICATION -> "Justificación";
            case ACCESS -> "Condiciones de acceso";
            case LOCATION -> "Ubicación";
            case CUSTODIAN -> "Responsable de la custodia";
            case VALUES -> "Valor documental";
            case ACTIVE -> "Años de trámite";
            case SEMIACTIVE -> "Años de concentración";
            case DESTINATION -> "Técnica de selección";
        };
    }

    private static String cell(TableFile.TableRow row, Map<Column, Integer> index, Column column) {
        Integer i = index.get(column);
        String text = i == null ? "" : row.cell(i).strip();
        return text.startsWith("'") ? text.substring(1).strip() : text;
    }

    private static String empty(String text) {
        return text.isEmpty() ? null : text;
    }
}
