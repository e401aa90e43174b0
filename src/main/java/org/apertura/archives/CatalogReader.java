package org.apertura.archives;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apertura.platform.TableFile;

/**
 * Reads an institution's instruments from a table (CSV or XLSX): one row per level of the CGCA, in tree order, with the
 * catalog columns filled for the series and subseries files are opened in. The column set is the one archives already
 * keep ("ID Serie", "Nombre Serie", "Valor documental", "Años de trámite", "Años de concentración", "Técnica de
 * selección", "Datos personales", "Observaciones") plus level, producing unit, attribution, total and classification;
 * Spanish or English headers, in any order. Every problem of the file is found in one reading; a file with any
 * problem gives no rows.
 */
final class CatalogReader {

    /** The columns, each with the headers it is recognised by (accents, case and punctuation aside). */
    enum Column {
        LEVEL("nivel", "level"),
        CODE("codigo", "clave", "id serie", "codigo de clasificacion", "code", "reference code"),
        NAME("nombre", "nombre serie", "nombre de la serie", "titulo", "name", "title"),
        UNIT("unidad productora", "area productora", "unidad administrativa", "producing unit", "producer"),
        ATTRIBUTION("atribucion", "atribuciones", "funcion", "fundamento", "attribution", "function"),
        VALUES("valor documental", "valores documentales", "valores", "valores primarios", "primary values",
                "values"),
        ACTIVE("anos de tramite", "vigencia en tramite", "vigencia tramite", "vigencia at", "tramite",
                "years active", "active years", "years in the active archive"),
        SEMIACTIVE("anos de concentracion", "vigencia en concentracion", "vigencia concentracion", "vigencia ac",
                "concentracion", "years semi active", "semi active years", "years in the semi active archive"),
        TOTAL("total", "vigencia total", "total years", "anos en total"),
        DESTINATION("tecnica de seleccion", "destino final", "final destination", "destination",
                "selection technique"),
        CLASSIFICATION("clasificacion", "clasificacion de la informacion", "classification"),
        PERSONAL("datos personales", "personal data"),
        NOTES("observaciones", "notes", "remarks");

        private final Set<String> names;

        Column(String... names) {
            this.names = Set.of(names);
        }
    }

    /** The vigencias a catalog writes are whole years; more than a century is a typing error. */
    static final int MAX_YEARS = 100;

    private CatalogReader() {
    }

    /** The rows of the file in order, or every problem it has. */
    static List<CatalogRow> read(TableFile table) {
        List<CatalogProblem> problems = new ArrayList<>();
        Map<Column, Integer> index = columns(table.header(), problems);
        if (!problems.isEmpty()) {
            throw new CatalogImportException(problems);
        }
        List<CatalogRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        table.rows(row -> {
            if (row.isBlank()) {
                return;
            }
            String code = cell(row, index, Column.CODE);
            if (!code.isEmpty() && !seen.add(code)) {
                problems.add(new CatalogProblem(row.line(), header(Column.CODE), code,
                        "archives.import.error.duplicateCode"));
                return;
            }
            CatalogRow read = row(row, index, problems);
            if (read != null) {
                rows.add(read);
            }
        });
        List<CatalogRow> linked = link(rows, problems);
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new CatalogProblem(0, "", "", "archives.import.error.noRows"));
        }
        if (!problems.isEmpty()) {
            throw new CatalogImportException(problems);
        }
        return linked;
    }

    static String normalize(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static Map<Column, Integer> columns(List<String> header, List<CatalogProblem> problems) {
        Map<Column, Integer> index = new java.util.EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String name = normalize(header.get(i));
            for (Column column : Column.values()) {
                if (column.names.contains(name) && !index.containsKey(column)) {
                    index.put(column, i);
                }
            }
        }
        for (Column required : List.of(Column.CODE, Column.NAME)) {
            if (!index.containsKey(required)) {
                problems.add(new CatalogProblem(0, required.names.iterator().next(), "",
                        "archives.import.error.missingColumn." + required.name()));
            }
        }
        return index;
    }

    private static CatalogRow row(TableFile.TableRow row, Map<Column, Integer> index, List<CatalogProblem> problems) {
        int line = row.line();
        int before = problems.size();
        String code = cell(row, index, Column.CODE);
        String name = cell(row, index, Column.NAME);
        if (code.isEmpty()) {
            problems.add(new CatalogProblem(line, header(Column.CODE), "", "archives.import.error.emptyCode"));
        } else if (code.length() > 60 || !code.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*")) {
            problems.add(new CatalogProblem(line, header(Column.CODE), code, "archives.import.error.badCode"));
        }
        if (name.isEmpty()) {
            problems.add(new CatalogProblem(line, header(Column.NAME), "", "archives.import.error.emptyName"));
        } else if (name.length() > 300) {
            problems.add(new CatalogProblem(line, header(Column.NAME), name.substring(0, 40) + "…",
                    "archives.import.error.tooLong", 300));
        }
        Level level = null;
        String levelText = cell(row, index, Column.LEVEL);
        if (!levelText.isEmpty()) {
            level = level(levelText);
            if (level == null) {
                problems.add(new CatalogProblem(line, header(Column.LEVEL), levelText,
                        "archives.import.error.unknownLevel"));
            }
        } else if (!code.isEmpty()) {
            int depth = code.split("\\.").length;
            level = depth <= 4 ? Level.values()[depth - 1] : null;
            if (level == null) {
                problems.add(new CatalogProblem(line, header(Column.CODE), code, "archives.import.error.tooDeep"));
            }
        }
        Set<PrimaryValue> values = EnumSet.noneOf(PrimaryValue.class);
        String valuesText = cell(row, index, Column.VALUES);
        for (String token : valuesText.split("[,;/+\\s]+| y | and ")) {
            if (token.isBlank()) {
                continue;
            }
            PrimaryValue value = value(token);
            if (value == null) {
                problems.add(new CatalogProblem(line, header(Column.VALUES), token,
                        "archives.import.error.unknownValue"));
            } else {
                values.add(value);
            }
        }
        Integer active = years(row, index, Column.ACTIVE, line, problems);
        Integer semi = years(row, index, Column.SEMIACTIVE, line, problems);
        Integer total = years(row, index, Column.TOTAL, line, problems);
        if (total != null && active != null && semi != null && active + semi != total) {
            problems.add(new CatalogProblem(line, header(Column.TOTAL), total.toString(),
                    "archives.import.error.totalMismatch", active, semi, active + semi));
        }
        if (active != null && semi != null && active + semi == 0) {
            problems.add(new CatalogProblem(line, header(Column.ACTIVE), "0", "archives.import.error.noVigencia"));
        }
        Destination destination = null;
        String destinationText = cell(row, index, Column.DESTINATION);
        if (!destinationText.isEmpty()) {
            destination = destination(destinationText);
            if (destination == null) {
                problems.add(new CatalogProblem(line, header(Column.DESTINATION), destinationText,
                        "archives.import.error.unknownDestination"));
            }
        }
        Classification classification = null;
        String classificationText = cell(row, index, Column.CLASSIFICATION);
        if (!classificationText.isEmpty()) {
            classification = classification(classificationText);
            if (classification == null) {
                problems.add(new CatalogProblem(line, header(Column.CLASSIFICATION), classificationText,
                        "archives.import.error.unknownClassification"));
            }
        }
        Boolean personal = null;
        String personalText = cell(row, index, Column.PERSONAL);
        if (!personalText.isEmpty()) {
            personal = yesNo(personalText);
            if (personal == null) {
                problems.add(new CatalogProblem(line, header(Column.PERSONAL), personalText,
                        "archives.import.error.unknownYesNo"));
            }
        }
        String unit = cell(row, index, Column.UNIT);
        String attribution = cell(row, index, Column.ATTRIBUTION);
        String notes = cell(row, index, Column.NOTES);
        if (unit.length() > 200 || attribution.length() > 1000 || notes.length() > 1000) {
            problems.add(new CatalogProblem(line, "", "", "archives.import.error.tooLong", 1000));
        }
        if (problems.size() > before) {
            return null;
        }
        return new CatalogRow(line, level, code, null, name, empty(unit), empty(attribution), values, active, semi,
                destination, classification, personal, empty(notes));
    }

    /**
     * Ties each row to its parent and checks the tree and the catalog: one fondo first; each level under the one above
     * it (the parent is the code without its last segment when that code is in the file, otherwise the nearest row
     * above of the parent's level); series carry their producing unit and attribution; every series or subseries
     * with nothing under it has a complete catalog row, and no other level has one.
     */
    private static List<CatalogRow> link(List<CatalogRow> rows, List<CatalogProblem> problems) {
        Map<String, CatalogRow> byCode = new HashMap<>();
        Set<String> duplicates = new HashSet<>();
        for (CatalogRow row : rows) {
            if (byCode.putIfAbsent(row.code(), row) != null) {
                duplicates.add(row.code());
                problems.add(new CatalogProblem(row.line(), header(Column.CODE), row.code(),
                        "archives.import.error.duplicateCode"));
            }
        }
        if (!duplicates.isEmpty()) {
            return List.of();
        }
        Map<String, CatalogRow> linked = new LinkedHashMap<>();
        Map<Level, CatalogRow> lastOf = new java.util.EnumMap<>(Level.class);
        Set<String> withChildren = new HashSet<>();
        int fonds = 0;
        for (CatalogRow row : rows) {
            Level parentLevel = row.level().parent();
            String parentCode = null;
            if (parentLevel == null) {
                fonds++;
                if (fonds > 1) {
                    problems.add(new CatalogProblem(row.line(), header(Column.LEVEL), row.code(),
                            "archives.import.error.twoFonds"));
                }
            } else {
                int dot = row.code().lastIndexOf('.');
                CatalogRow byPrefix = dot > 0 ? linked.get(row.code().substring(0, dot)) : null;
                CatalogRow parent = byPrefix != null && byPrefix.level() == parentLevel ? byPrefix
                        : lastOf.get(parentLevel);
                if (parent == null) {
                    problems.add(new CatalogProblem(row.line(), header(Column.LEVEL), row.code(),
                            "archives.import.error.noParent." + row.level().name()));
                } else {
                    parentCode = parent.code();
                    withChildren.add(parentCode);
                }
            }
            String unit = row.producingUnit();
            String attribution = row.attribution();
            if (row.level() == Level.SUBSERIE && parentCode != null) {
                CatalogRow serie = linked.get(parentCode);
                unit = unit == null ? serie.producingUnit() : unit;
                attribution = attribution == null ? serie.attribution() : attribution;
            }
            CatalogRow tied = new CatalogRow(row.line(), row.level(), row.code(), parentCode, row.name(), unit,
                    attribution, row.values(), row.yearsActive(), row.yearsSemiactive(), row.destination(),
                    row.classification(), row.personalData(), row.notes());
            linked.put(row.code(), tied);
            lastOf.put(row.level(), tied);
            for (Level deeper : Level.values()) {
                if (deeper.ordinal() > row.level().ordinal()) {
                    lastOf.remove(deeper);
                }
            }
        }
        if (!rows.isEmpty() && fonds == 0) {
            problems.add(new CatalogProblem(0, header(Column.LEVEL), "", "archives.import.error.noFonds"));
        }
        int series = 0;
        for (CatalogRow row : linked.values()) {
            boolean leafSeries = row.level().isSeries() && !withChildren.contains(row.code());
            if (row.level() == Level.SERIE) {
                if (row.producingUnit() == null) {
                    problems.add(new CatalogProblem(row.line(), header(Column.UNIT), row.code(),
                            "archives.import.error.noUnit"));
                }
                if (row.attribution() == null) {
                    problems.add(new CatalogProblem(row.line(), header(Column.ATTRIBUTION), row.code(),
                            "archives.import.error.noAttribution"));
                }
            }
            if (leafSeries) {
                series++;
                if (row.yearsActive() == null || row.yearsSemiactive() == null || row.destination() == null
                        || row.values().isEmpty()) {
                    problems.add(new CatalogProblem(row.line(), header(Column.ACTIVE), row.code(),
                            "archives.import.error.noCatalog", row.code(), row.name()));
                }
            } else if (row.hasDisposition()) {
                problems.add(new CatalogProblem(row.line(), header(Column.ACTIVE), row.code(),
                        row.level().isSeries() ? "archives.import.error.dispositionOnParent"
                                : "archives.import.error.dispositionOnLevel", row.code()));
            }
        }
        if (!rows.isEmpty() && series == 0 && problems.isEmpty()) {
            problems.add(new CatalogProblem(0, header(Column.LEVEL), "", "archives.import.error.noSeries"));
        }
        List<CatalogRow> result = new ArrayList<>();
        for (CatalogRow row : linked.values()) {
            result.add(row.level().isSeries() && row.classification() == null && row.hasDisposition()
                    ? new CatalogRow(row.line(), row.level(), row.code(), row.parentCode(), row.name(),
                            row.producingUnit(), row.attribution(), row.values(), row.yearsActive(),
                            row.yearsSemiactive(), row.destination(), Classification.PUBLIC,
                            row.personalData() == null ? Boolean.FALSE : row.personalData(), row.notes())
                    : row);
        }
        return result;
    }

    private static String header(Column column) {
        return switch (column) {
            case LEVEL -> "Nivel";
            case CODE -> "Código";
            case NAME -> "Nombre";
            case UNIT -> "Unidad productora";
            case ATTRIBUTION -> "Atribución";
            case VALUES -> "Valor documental";
            case ACTIVE -> "Años de trámite";
            case SEMIACTIVE -> "Años de concentración";
            case TOTAL -> "Total";
            case DESTINATION -> "Técnica de selección";
            case CLASSIFICATION -> "Clasificación";
            case PERSONAL -> "Datos personales";
            case NOTES -> "Observaciones";
        };
    }

    private static String cell(TableFile.TableRow row, Map<Column, Integer> index, Column column) {
        Integer i = index.get(column);
        String text = i == null ? "" : row.cell(i).strip();
        // a spreadsheet's own mark for "text, not a formula" is not part of the value
        return text.startsWith("'") ? text.substring(1).strip() : text;
    }

    private static String empty(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Integer years(TableFile.TableRow row, Map<Column, Integer> index, Column column, int line,
            List<CatalogProblem> problems) {
        String text = cell(row, index, column);
        if (text.isEmpty()) {
            return null;
        }
        String plain = normalize(text).replaceAll(" ?(anos|ano|years|year)$", "");
        if (plain.matches("\\d{1,3}( 0+)?")) {
            int years = Integer.parseInt(plain.split(" ")[0]);
            if (years <= MAX_YEARS) {
                return years;
            }
        }
        problems.add(new CatalogProblem(line, header(column), text, "archives.import.error.badYears", MAX_YEARS));
        return null;
    }

    static Level level(String text) {
        return switch (normalize(text)) {
            case "fondo", "fonds", "fondos" -> Level.FONDO;
            case "seccion", "section", "sub fonds", "subfondo" -> Level.SECCION;
            case "serie", "series" -> Level.SERIE;
            case "subserie", "sub serie", "subseries", "sub series" -> Level.SUBSERIE;
            default -> null;
        };
    }

    static PrimaryValue value(String token) {
        return switch (normalize(token)) {
            case "a", "administrativo", "administrative" -> PrimaryValue.A;
            case "l", "j", "legal", "juridico", "juridico legal" -> PrimaryValue.L;
            case "f", "c", "fc", "f c", "fiscal", "contable", "fiscal contable", "accounting", "fiscal accounting" ->
                    PrimaryValue.FC;
            default -> null;
        };
    }

    static Destination destination(String text) {
        return switch (normalize(text)) {
            case "b", "e", "baja", "eliminacion", "baja documental", "disposal", "destruction", "destroy" ->
                    Destination.BAJA;
            case "c", "h", "conservacion", "historico", "archivo historico", "transferencia secundaria",
                    "permanent", "keep", "conservation" -> Destination.CONSERVACION;
            case "m", "muestreo", "sampling", "sample" -> Destination.MUESTREO;
            default -> null;
        };
    }

    static Classification classification(String text) {
        return switch (normalize(text)) {
            case "p", "publica", "publico", "public" -> Classification.PUBLIC;
            case "r", "reservada", "reservado", "reserved" -> Classification.RESERVED;
            case "c", "confidencial", "confidential" -> Classification.CONFIDENTIAL;
            default -> null;
        };
    }

    static Boolean yesNo(String text) {
        return switch (normalize(text)) {
            case "si", "s", "yes", "y", "x", "1", "true", "verdadero" -> Boolean.TRUE;
            case "no", "n", "0", "false", "falso" -> Boolean.FALSE;
            default -> null;
        };
    }
}
