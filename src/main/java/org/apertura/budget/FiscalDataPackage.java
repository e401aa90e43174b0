package org.apertura.budget;

import org.apertura.platform.TableFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apertura.platform.time.Today;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A budget as a Fiscal Data Package (specification 0.3, Open Knowledge with the World Bank and GIFT): a
 * {@code datapackage.json} whose {@code model} maps the CSV's columns to measures (one per CONAC moment; aprobado,
 * modificado and ejercido with the phases approved, adjusted and executed, the others without a phase, which the
 * specification allows, and each with its {@code conacMoment}) and dimensions (administrative, programme, economic COG
 * hierarchy, type of spending, functional, source of financing, location, date), and the CSV itself. Reading a package
 * back maps its columns from the same model, so an export imports to the same totals.
 */
public final class FiscalDataPackage {

    public static final String DESCRIPTOR = "datapackage.json";
    public static final String DATA = "presupuesto.csv";
    public static final String REVENUE_DATA = "ingresos-paquete.csv";
    static final String EXPENDITURE_RESOURCE = "presupuesto";
    static final String REVENUE_RESOURCE = "ingresos";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The CSV's columns, in order. */
    static final List<String> COLUMNS = List.of("ciclo", "trimestre", "mes", "ur", "nombre_ur", "programa", "nombre_programa",
            "capitulo", "concepto", "partida", "tipo_gasto", "funcion", "fuente", "geografica", "aprobado",
            "ampliaciones", "reducciones", "modificado", "comprometido", "devengado", "ejercido", "pagado");

    /** The revenue CSV's columns, in order (a second resource of the package, by CRI). */
    static final List<String> REVENUE_COLUMNS = List.of("ciclo", "trimestre", "mes", "cri", "rubro", "nombre", "fuente",
            "estimado", "modificado", "devengado", "recaudado");

    private FiscalDataPackage() {
    }

    /** What a package holds: its descriptor, its expenditure data file and its revenue data file (null: none). */
    public record Contents(JsonNode descriptor, byte[] csv, byte[] revenueCsv) {

        /**
         * The revenue resource's column mapping: its measures of direction revenue by CONAC moment (or by phase:
         * approved is the estimado, adjusted the modificado, executed the recaudado), names filling the rest.
         */
        public ColumnMapping revenueMapping(List<String> header) {
            Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
            String resource = revenueResource(descriptor);
            descriptor.path("model").path("measures").properties().forEach(m -> {
                JsonNode measure = m.getValue();
                String source = measure.path("source").asString("");
                if (!measure.path("resource").asString("").equals(resource) || !header.contains(source)) {
                    return;
                }
                String moment = measure.path("conacMoment").asString(m.getKey());
                ImportField field = ImportField.of(BudgetKind.REVENUE).stream().filter(f -> f.answersTo(moment))
                        .findFirst().orElse(switch (measure.path("phase").asString("")) {
                            case "approved", "proposed" -> ImportField.ESTIMATED;
                            case "adjusted" -> ImportField.REVENUE_MODIFIED;
                            case "executed" -> ImportField.COLLECTED;
                            default -> null;
                        });
                if (field != null) {
                    columns.putIfAbsent(field, source);
                }
            });
            ColumnMapping guessed = ColumnMapping.guess(BudgetKind.REVENUE, header, null);
            guessed.columns().forEach((field, column) -> {
                if (!columns.containsKey(field) && !columns.containsValue(column)) {
                    columns.put(field, column);
                }
            });
            return new ColumnMapping(BudgetKind.REVENUE, columns);
        }

        /** The column mapping the model declares, over the CSV's header; names the import knows fill the rest. */
        public ColumnMapping mapping(List<String> header) {
            Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
            JsonNode model = descriptor.path("model");
            String first = descriptor.path("resources").path(0).path("name").asString("");
            model.path("measures").properties().forEach(m -> {
                if (!ofResource(m.getValue(), first)) {
                    return; // revenue and other resources are not the expenditure lines this reads
                }
                String source = m.getValue().path("source").asString("");
                ImportField field = measureField(m.getKey(), m.getValue());
                if (field != null && header.contains(source)) {
                    columns.putIfAbsent(field, source);
                }
            });
            model.path("dimensions").properties().forEach(d -> {
                String type = d.getValue().path("dimensionType").asString("");
                String classification = d.getValue().path("classificationType").asString("");
                d.getValue().path("attributes").properties().forEach(a -> {
                    if (!ofResource(a.getValue(), first)) {
                        return;
                    }
                    String source = a.getValue().path("source").asString("");
                    ImportField field = attributeField(type, classification, a.getKey(), a.getValue());
                    if (field != null && header.contains(source)) {
                        columns.putIfAbsent(field, source);
                    }
                });
            });
            ColumnMapping guessed = ColumnMapping.guess(BudgetKind.EXPENDITURE, header, null);
            guessed.columns().forEach((field, column) -> {
                if (!columns.containsKey(field) && !columns.containsValue(column)) {
                    columns.put(field, column);
                }
            });
            return new ColumnMapping(BudgetKind.EXPENDITURE, columns);
        }
    }

    /** Whether a measure or attribute reads the first resource (no {@code resource} means the first, FDP 0.3). */
    private static boolean ofResource(JsonNode node, String first) {
        String resource = node.path("resource").asString("");
        return resource.isEmpty() || resource.equals(first);
    }

    private static ImportField measureField(String name, JsonNode measure) {
        String moment = measure.path("conacMoment").asString(name);
        for (ImportField field : ImportField.of(BudgetKind.EXPENDITURE)) {
            if (field.answersTo(moment)) {
                return field;
            }
        }
        return switch (measure.path("phase").asString("")) {
            case "approved", "proposed" -> ImportField.APPROVED;
            case "adjusted" -> ImportField.MODIFIED;
            case "executed" -> ImportField.EXERCISED;
            default -> null;
        };
    }

    private static ImportField attributeField(String type, String classification, String name, JsonNode attribute) {
        boolean label = attribute.has("labelfor");
        return switch (type) {
            case "activity" -> label || name.equals("title") ? ImportField.PROGRAMME_NAME
                    : name.equals("id") || name.equals("code") ? ImportField.PROGRAMME : null;
            case "location" -> name.equals("code") ? ImportField.GEO : null;
            case "classification" -> !name.equals("code") ? null : switch (classification) {
                case "functional" -> ImportField.FUNCTION;
                case "administrative" -> ImportField.UNIT;
                default -> null;
            };
            default -> null;
        };
    }

    /** Reads a zipped package: its descriptor and the data file of its first resource. */
    public static Contents read(byte[] zip) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName().replaceFirst("^\\./", ""), in.readNBytes(512 * 1024 * 1024));
                }
            }
        } catch (IOException e) {
            throw new TableFile.TableException("budget.import.error.package");
        }
        byte[] descriptorBytes = entries.get(DESCRIPTOR);
        JsonNode descriptor;
        try {
            descriptor = JSON.readTree(descriptorBytes);
        } catch (RuntimeException e) {
            throw new TableFile.TableException("budget.import.error.package");
        }
        byte[] csv = entries.get(pathOf(descriptor.path("resources").path(0)));
        if (csv == null || !descriptor.path("model").isObject()) {
            throw new TableFile.TableException("budget.import.error.package");
        }
        byte[] revenueCsv = null;
        String revenue = revenueResource(descriptor);
        if (revenue != null) {
            for (JsonNode resource : descriptor.path("resources")) {
                if (resource.path("name").asString("").equals(revenue)) {
                    revenueCsv = entries.get(pathOf(resource));
                }
            }
            if (revenueCsv == null) {
                throw new TableFile.TableException("budget.import.error.package"); // a resource declared and missing
            }
        }
        return new Contents(descriptor, csv, revenueCsv);
    }

    private static String pathOf(JsonNode resource) {
        return resource.path("path").asString("").replaceFirst("^\\./", "");
    }

    /** The resource (not the first) that measures of direction revenue read, or null when the package has none. */
    static String revenueResource(JsonNode descriptor) {
        String first = descriptor.path("resources").path(0).path("name").asString("");
        for (var m : descriptor.path("model").path("measures").properties()) {
            String resource = m.getValue().path("resource").asString("");
            if (!resource.isEmpty() && !resource.equals(first)
                    && m.getValue().path("direction").asString("").equals("revenue")) {
                return resource;
            }
        }
        return null;
    }

    /** The descriptor of a budget's package. */
    public static ObjectNode descriptor(String institutionSlug, String institutionName, int year, Period period,
            String snapshotSha256, String publisher) {
        return descriptor(institutionSlug, institutionName, year, period, snapshotSha256, publisher, null);
    }

    /**
     * The descriptor of a budget's package; with the period of its revenue snapshot (null: none), a second resource
     * {@value #REVENUE_DATA} with the revenue moments as measures of direction revenue (estimado approved, modificado
     * adjusted, recaudado executed; devengado without a phase) and the CRI as an economic classification.
     */
    public static ObjectNode descriptor(String institutionSlug, String institutionName, int year, Period period,
            String snapshotSha256, String publisher, Period revenuePeriod) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", "presupuesto-" + institutionSlug + "-" + year);
        root.put("title", "Presupuesto de egresos " + year + " de " + institutionName + ", al cierre " + spanish(period));
        root.put("description", "Líneas del presupuesto por clave presupuestaria con los momentos contables del "
                + "CONAC (LGCG art. 38), acumulados desde enero al cierre " + spanish(period) + " (columnas trimestre "
                + "y mes: el trimestre del corte y, si se publicó mes a mes, su mes). Ejercido (phase executed) "
                + "es el momento ejercido del CONAC; comprometido, devengado y pagado no tienen fase en la "
                + "especificación y se publican como medidas con su conacMoment.");
        root.put("license", "CC-BY-4.0");
        root.put("countryCode", "mx");
        root.put("granularity", "aggregated");
        root.put("publisher", publisher);
        ObjectNode profiles = root.putObject("profiles");
        profiles.put("fiscal", "*");
        profiles.put("tabular", "*");
        ObjectNode fiscalPeriod = root.putObject("fiscalPeriod");
        fiscalPeriod.put("start", year + "-01-01");
        fiscalPeriod.put("end", year + "-12-31");
        root.put("sourceSha256", snapshotSha256);
        ArrayNode resources = root.putArray("resources");
        resource(resources, EXPENDITURE_RESOURCE, DATA, COLUMNS, "aprobado");
        ObjectNode model = root.putObject("model");
        ObjectNode measures = model.putObject("measures");
        measure(measures, "aprobado", "approved");
        measure(measures, "ampliaciones", null);
        measure(measures, "reducciones", null);
        measure(measures, "modificado", "adjusted");
        measure(measures, "comprometido", null);
        measure(measures, "devengado", null);
        measure(measures, "ejercido", "executed");
        measure(measures, "pagado", null);
        ObjectNode dimensions = model.putObject("dimensions");
        ObjectNode date = dimension(dimensions, "fecha", "datetime", null);
        attribute(date, "ciclo", "ciclo", null, null);
        attribute(date, "trimestre", "trimestre", null, "ciclo");
        attribute(date, "mes", "mes", null, "ciclo");
        date.set("primaryKey", JSON.createArrayNode().add("ciclo").add("trimestre").add("mes"));
        ObjectNode admin = dimension(dimensions, "administrativa", "classification", "administrative");
        attribute(admin, "code", "ur", null, null);
        attribute(admin, "title", "nombre_ur", "code", null);
        admin.put("primaryKey", "code");
        ObjectNode programme = dimension(dimensions, "programa", "activity", null);
        attribute(programme, "id", "programa", null, null);
        attribute(programme, "title", "nombre_programa", "id", null);
        programme.put("primaryKey", "id");
        ObjectNode cog = dimension(dimensions, "objeto-del-gasto", "classification", "economic");
        attribute(cog, "capitulo", "capitulo", null, null);
        attribute(cog, "concepto", "concepto", null, "capitulo");
        attribute(cog, "code", "partida", null, "concepto");
        cog.put("primaryKey", "code");
        ObjectNode type = dimension(dimensions, "tipo-de-gasto", "classification", "economic");
        attribute(type, "code", "tipo_gasto", null, null);
        type.put("primaryKey", "code");
        ObjectNode function = dimension(dimensions, "funcional", "classification", "functional");
        attribute(function, "code", "funcion", null, null);
        function.put("primaryKey", "code");
        ObjectNode source = dimension(dimensions, "fuente-de-financiamiento", "entity", null);
        attribute(source, "id", "fuente", null, null);
        source.put("primaryKey", "id");
        ObjectNode location = dimension(dimensions, "geografica", "location", null);
        attribute(location, "code", "geografica", null, null);
        location.put("codeList", "INEGI Marco Geoestadístico");
        location.put("primaryKey", "code");
        if (revenuePeriod != null) {
            root.put("description", root.path("description").asString() + " Los ingresos por rubro del CRI, con los "
                    + "momentos estimado, modificado, devengado y recaudado, acumulados al cierre " + spanish(revenuePeriod)
                    + ", están en " + REVENUE_DATA + ".");
            resource(resources, REVENUE_RESOURCE, REVENUE_DATA, REVENUE_COLUMNS, "estimado");
            revenueMeasure(measures, "ingreso-estimado", "estimado", "approved");
            revenueMeasure(measures, "ingreso-modificado", "modificado", "adjusted");
            revenueMeasure(measures, "ingreso-devengado", "devengado", null);
            revenueMeasure(measures, "ingreso-recaudado", "recaudado", "executed");
            ObjectNode cri = dimension(dimensions, "rubro-de-ingresos", "classification", "economic");
            attribute(cri, "rubro", "rubro", null, null);
            attribute(cri, "code", "cri", null, "rubro");
            attribute(cri, "title", "nombre", "code", null);
            cri.get("attributes").forEach(a -> ((ObjectNode) a).put("resource", REVENUE_RESOURCE));
            cri.put("primaryKey", "code");
            cri.put("codeList", "CONAC Clasificador por Rubros de Ingresos");
        }
        return root;
    }

    /** A cut-off in the package's Spanish text, after "al cierre": "del trimestre 2", "de mayo". */
    static String spanish(Period period) {
        return period.monthly()
                ? "de " + java.time.Month.of(period.month()).getDisplayName(java.time.format.TextStyle.FULL,
                        Today.LOCALE)
                : "del trimestre " + period.quarter();
    }

    /** A CSV resource with its Table Schema: the columns from {@code firstAmount} on are amounts in pesos. */
    private static void resource(ArrayNode resources, String name, String path, List<String> columns,
            String firstAmount) {
        ObjectNode resource = resources.addObject();
        resource.put("name", name);
        resource.put("path", path);
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        ArrayNode fields = resource.putObject("schema").putArray("fields");
        for (String column : columns) {
            ObjectNode field = fields.addObject();
            field.put("name", column);
            boolean amount = columns.indexOf(column) >= columns.indexOf(firstAmount);
            field.put("type", amount ? "number" : List.of("ciclo", "trimestre", "mes").contains(column) ? "integer" : "string");
            if (amount) {
                field.put("format", "currency");
            }
        }
    }

    private static void revenueMeasure(ObjectNode measures, String name, String source, String phase) {
        ObjectNode measure = measures.putObject(name);
        measure.put("source", source);
        measure.put("resource", REVENUE_RESOURCE);
        measure.put("currency", Budget.CURRENCY);
        measure.put("factor", 1);
        measure.put("direction", "revenue");
        if (phase != null) {
            measure.put("phase", phase);
        }
        measure.put("conacMoment", source);
    }

    /** One revenue line as a row of the package's revenue CSV. */
    public static List<Object> revenueRow(int year, Period period, BudgetExplorer.RevenueView line) {
        return java.util.Arrays.asList(year, period.quarter(), period.monthly() ? period.month() : null, line.criCode(), Catalogues.rubroOf(line.criCode()), line.name(),
                line.sourceCode(), line.estimated(), line.modified(), line.accrued(), line.collected());
    }

    /** One line as a row of the package's CSV. */
    public static List<Object> row(int year, Period period, BudgetExplorer.LineView line, String programmeName) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(year);
        row.add(period.quarter());
        row.add(period.monthly() ? period.month() : null);
        row.add(line.unitCode());
        row.add(line.unitName());
        row.add(line.programmeKey());
        row.add(programmeName);
        row.add(Catalogues.chapterOf(line.partida()));
        row.add(Catalogues.conceptOf(line.partida()));
        row.add(line.partida());
        row.add(line.expenseType());
        row.add(line.functionCode());
        row.add(line.sourceCode());
        row.add(line.geoCode());
        row.add(line.moments().approved());
        row.add(line.expansions());
        row.add(line.reductions());
        row.add(line.moments().modified());
        row.add(line.moments().committed());
        row.add(line.moments().accrued());
        row.add(line.moments().exercised());
        row.add(line.moments().paid());
        return row;
    }

    /** A CSV of rows (RFC 4180, UTF-8, no byte-order mark: the data file of a package, for machines). */
    public static byte[] csv(List<List<Object>> rows) {
        return csv(COLUMNS, rows);
    }

    /** The revenue data file of a package. */
    public static byte[] revenueCsv(List<List<Object>> rows) {
        return csv(REVENUE_COLUMNS, rows);
    }

    private static byte[] csv(List<String> columns, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object value = row.get(i);
                String text = value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
                if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                    text = '"' + text.replace("\"", "\"\"") + '"';
                }
                out.append(text);
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The package as one zip: the descriptor and the data file. */
    public static byte[] zip(ObjectNode descriptor, byte[] csv) {
        return zip(descriptor, csv, null);
    }

    /** The package as one zip: the descriptor, the data file and (when not null) the revenue data file. */
    public static byte[] zip(ObjectNode descriptor, byte[] csv, byte[] revenueCsv) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(DESCRIPTOR));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(DATA));
            zip.write(csv);
            zip.closeEntry();
            if (revenueCsv != null) {
                zip.putNextEntry(new ZipEntry(REVENUE_DATA));
                zip.write(revenueCsv);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void measure(ObjectNode measures, String name, String phase) {
        ObjectNode measure = measures.putObject(name);
        measure.put("source", name);
        measure.put("currency", Budget.CURRENCY);
        measure.put("factor", 1);
        measure.put("direction", "expenditure");
        if (phase != null) {
            measure.put("phase", phase);
        }
        measure.put("conacMoment", name);
    }

    private static ObjectNode dimension(ObjectNode dimensions, String name, String type, String classification) {
        ObjectNode dimension = dimensions.putObject(name);
        dimension.put("dimensionType", type);
        if (classification != null) {
            dimension.put("classificationType", classification);
        }
        dimension.putObject("attributes");
        return dimension;
    }

    private static void attribute(ObjectNode dimension, String name, String source, String labelFor, String parent) {
        ObjectNode attribute = ((ObjectNode) dimension.get("attributes")).putObject(name);
        attribute.put("source", source);
        if (labelFor != null) {
            attribute.put("labelfor", labelFor);
        }
        if (parent != null) {
            attribute.put("parent", parent);
        }
    }
}
