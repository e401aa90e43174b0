package org.apertura.contracting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The compiled releases flattened into one CSV table per array, as the OCDS flatten tool names columns (the JSON
 * path, with {@code /}): processes, parties, items, awards, contracts, transactions and documents. Every row starts
 * with the process's ocid; a row of an inner array also names the object it belongs to.
 */
public enum FlatTables {

    PROCESSES("procesos", List.of("ocid", "date", "buyer/id", "buyer/name", "tender/id", "tender/title",
            "tender/status", "tender/procurementMethod", "tender/procurementMethodDetails",
            "tender/mainProcurementCategory", "tender/value/amount", "tender/value/currency",
            "tender/tenderPeriod/startDate", "tender/tenderPeriod/endDate", "tender/numberOfTenderers",
            "planning/budget/amount/amount", "planning/budget/amount/currency"), FlatTables::processes),
    PARTIES("partes", List.of("ocid", "parties/id", "parties/name", "parties/identifier/scheme",
            "parties/identifier/id", "parties/roles", "parties/address/region"), FlatTables::parties),
    ITEMS("partidas", List.of("ocid", "items/of", "items/ofId", "items/id", "items/description", "items/quantity",
            "items/unit/name", "items/classification/scheme", "items/classification/id"), FlatTables::items),
    AWARDS("adjudicaciones", List.of("ocid", "awards/id", "awards/title", "awards/status", "awards/date",
            "awards/value/amount", "awards/value/currency", "awards/suppliers/id", "awards/suppliers/name"),
            FlatTables::awards),
    CONTRACTS("contratos", List.of("ocid", "contracts/id", "contracts/awardID", "contracts/title",
            "contracts/status", "contracts/dateSigned", "contracts/period/startDate", "contracts/period/endDate",
            "contracts/value/amount", "contracts/value/currency"), FlatTables::contracts),
    TRANSACTIONS("pagos", List.of("ocid", "contracts/id", "transactions/id", "transactions/date",
            "transactions/value/amount", "transactions/value/currency", "transactions/payer/name",
            "transactions/payee/id", "transactions/payee/name"), FlatTables::transactions),
    DOCUMENTS("documentos", List.of("ocid", "documents/of", "documents/ofId", "documents/id",
            "documents/documentType", "documents/title", "documents/url", "documents/datePublished",
            "documents/format"), FlatTables::documents);

    private final String fileName;
    private final List<String> columns;
    private final Function<JsonNode, List<List<?>>> rows;

    FlatTables(String fileName, List<String> columns, Function<JsonNode, List<List<?>>> rows) {
        this.fileName = fileName;
        this.columns = columns;
        this.rows = rows;
    }

    /** The file's name, without extension: procesos, partes, partidas, adjudicaciones, contratos, pagos, documentos. */
    public String fileName() {
        return fileName;
    }

    /** The column headers: JSON paths of the compiled release. */
    public List<String> columns() {
        return columns;
    }

    /** The table of a file name, or null. */
    public static FlatTables ofFileName(String name) {
        for (FlatTables table : values()) {
            if (table.fileName.equals(name)) {
                return table;
            }
        }
        return null;
    }

    /** The rows this table takes from one compiled release. */
    List<List<?>> rows(JsonNode compiled) {
        return rows.apply(compiled);
    }

    private static List<List<?>> processes(JsonNode c) {
        JsonNode t = c.path("tender");
        JsonNode budget = c.path("planning").path("budget").path("amount");
        return List.of(Arrays.asList(text(c, "ocid"), text(c, "date"), text(c.path("buyer"), "id"),
                text(c.path("buyer"), "name"), text(t, "id"), text(t, "title"), text(t, "status"),
                text(t, "procurementMethod"), text(t, "procurementMethodDetails"), text(t, "mainProcurementCategory"),
                number(t.path("value"), "amount"), text(t.path("value"), "currency"),
                text(t.path("tenderPeriod"), "startDate"), text(t.path("tenderPeriod"), "endDate"),
                number(t, "numberOfTenderers"), number(budget, "amount"), text(budget, "currency")));
    }

    private static List<List<?>> parties(JsonNode c) {
        List<List<?>> rows = new ArrayList<>();
        for (JsonNode p : c.path("parties")) {
            rows.add(Arrays.asList(text(c, "ocid"), text(p, "id"), text(p, "name"), text(p.path("identifier"), "scheme"),
                    text(p.path("identifier"), "id"), joined(p.path("roles"), null), text(p.path("address"), "region")));
        }
        return rows;
    }

    private static List<List<?>> items(JsonNode c) {
        List<List<?>> rows = new ArrayList<>();
        addItems(rows, c, "tender", c.path("tender"));
        c.path("awards").forEach(a -> addItems(rows, c, "awards", a));
        c.path("contracts").forEach(k -> addItems(rows, c, "contracts", k));
        return rows;
    }

    private static void addItems(List<List<?>> rows, JsonNode c, String of, JsonNode parent) {
        for (JsonNode i : parent.path("items")) {
            rows.add(Arrays.asList(text(c, "ocid"), of, text(parent, "id"), text(i, "id"), text(i, "description"),
                    number(i, "quantity"), text(i.path("unit"), "name"), text(i.path("classification"), "scheme"),
                    text(i.path("classification"), "id")));
        }
    }

    private static List<List<?>> awards(JsonNode c) {
        List<List<?>> rows = new ArrayList<>();
        for (JsonNode a : c.path("awards")) {
            rows.add(Arrays.asList(text(c, "ocid"), text(a, "id"), text(a, "title"), text(a, "status"),
                    text(a, "date"), number(a.path("value"), "amount"), text(a.path("value"), "currency"),
                    joined(a.path("suppliers"), "id"), joined(a.path("suppliers"), "name")));
        }
        return rows;
    }

    private static List<List<?>> contracts(JsonNode c) {
        List<List<?>> rows = new ArrayList<>();
        for (JsonNode k : c.path("contracts")) {
            rows.add(Arrays.asList(text(c, "ocid"), text(k, "id"), text(k, "awardID"), text(k, "title"),
                    text(k, "status"), text(k, "dateSigned"), text(k.path("period"), "startDate"),
                    text(k.path("period"), "endDate"), number(k.path("value"), "amount"),
                    text(k.path("value"), "currency")));
        }
        return rows;
    }

    private static List<List<?>> transactions(JsonNode c) {
        List<List<?>> rows = new ArrayList<>();
        for (JsonNode k : c.path("contracts")) {
            for (JsonNode t : k.path("implementation").path("transactions")) {
                JsonNode value = t.has("value") ? t.path("value") : t.path("amount");
                rows.add(Arrays.asList(text(c, "ocid"), text(k, "id"), text(t, "id"), text(t, "date"),
                        number(value, "amount"), text(value, "currency"), text(t.path("payer"), "name"),
                        text(t.path("payee"), "id"), text(t.path("payee"), "name")));
            }
        }
        return rows;
    }

    private static List<List<?>> documents(JsonNode c) {
        List<List<?>> rows = new ArrayList<>();
        addDocuments(rows, c, "planning", c.path("planning"));
        addDocuments(rows, c, "tender", c.path("tender"));
        c.path("awards").forEach(a -> addDocuments(rows, c, "awards", a));
        for (JsonNode k : c.path("contracts")) {
            addDocuments(rows, c, "contracts", k);
            addDocuments(rows, c, "contracts/implementation", k.path("implementation"));
        }
        return rows;
    }

    private static void addDocuments(List<List<?>> rows, JsonNode c, String of, JsonNode parent) {
        String parentId = text(parent, "id");
        for (JsonNode d : parent.path("documents")) {
            rows.add(Arrays.asList(text(c, "ocid"), of, parentId, text(d, "id"), text(d, "documentType"),
                    text(d, "title"), text(d, "url"), text(d, "datePublished"), text(d, "format")));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    private static Number number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }

    private static String joined(JsonNode array, String field) {
        List<String> parts = new ArrayList<>();
        for (JsonNode element : array) {
            String part = field == null ? (element.isValueNode() ? element.asString() : null) : text(element, field);
            if (part != null) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(";", parts);
    }
}
