package org.apertura.contracting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apertura.contracting.ProcessSearch;
import org.apertura.platform.Texts;

/**
 * The search filters as the page's form and links carry them (Spanish parameter names), read leniently: a value
 * the search does not know is left out and named, so the page can say which filter it ignored.
 */
public record ProcessFilters(String q, String comprador, String proveedor, String procedimiento, String estado,
        String etapa, String montoMin, String montoMax, String desde, String hasta, String alertas) {

    /** The search these filters ask for; {@code ignored} receives the name of each filter left out. */
    public ProcessSearch search(int page, int size, java.util.List<String> ignored) {
        String method = known(procedimiento, ProcessSearch.isMethod(procedimiento), "procedimiento", ignored);
        String status = known(estado, ProcessSearch.isStatus(estado), "estado", ignored);
        String stage = known(etapa, ProcessSearch.isStage(etapa), "etapa", ignored);
        return new ProcessSearch(q, blank(comprador), blank(proveedor), method, status, stage,
                amount(montoMin, "montoMin", ignored), amount(montoMax, "montoMax", ignored),
                date(desde, "desde", ignored), date(hasta, "hasta", ignored), "si".equals(alertas) || "true".equals(alertas),
                page, size);
    }

    /** The filters as query parameters, for the links of pages and downloads (blank ones left out). */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", q);
        put(parameters, "comprador", comprador);
        put(parameters, "proveedor", proveedor);
        put(parameters, "procedimiento", procedimiento);
        put(parameters, "estado", estado);
        put(parameters, "etapa", etapa);
        put(parameters, "montoMin", montoMin);
        put(parameters, "montoMax", montoMax);
        put(parameters, "desde", desde);
        put(parameters, "hasta", hasta);
        put(parameters, "alertas", alertas);
        return parameters;
    }

    /** The filters as a query string ("?q=…&comprador=…", or empty), encoded, with more parameters if given. */
    public String query(String... more) {
        org.springframework.web.util.UriComponentsBuilder builder =
                org.springframework.web.util.UriComponentsBuilder.newInstance();
        parameters().forEach(builder::queryParam);
        for (int i = 0; i + 1 < more.length; i += 2) {
            builder.queryParam(more[i], more[i + 1]);
        }
        String query = builder.encode().build().getQuery();
        return query == null || query.isEmpty() ? "" : "?" + query;
    }

    /** The same query with the API's parameter names, for the JSON of the list. */
    public String apiQuery() {
        org.springframework.web.util.UriComponentsBuilder builder =
                org.springframework.web.util.UriComponentsBuilder.newInstance();
        Map<String, String> names = Map.ofEntries(Map.entry("q", "q"), Map.entry("comprador", "buyer"),
                Map.entry("proveedor", "supplier"), Map.entry("procedimiento", "method"), Map.entry("estado", "status"),
                Map.entry("etapa", "stage"), Map.entry("montoMin", "minAmount"), Map.entry("montoMax", "maxAmount"),
                Map.entry("desde", "from"), Map.entry("hasta", "to"), Map.entry("alertas", "flagged"));
        parameters().forEach((name, value) -> builder.queryParam(names.get(name),
                name.equals("alertas") ? String.valueOf("si".equals(value) || "true".equals(value)) : value));
        String query = builder.encode().build().getQuery();
        return query == null || query.isEmpty() ? "" : "?" + query;
    }

    /** Whether any filter besides the words is set (the phone's folded filters open then). */
    public boolean narrowed() {
        return parameters().keySet().stream().anyMatch(k -> !k.equals("q"));
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (!Texts.isBlank(value)) {
            parameters.put(name, value.strip());
        }
    }

    private static String blank(String value) {
        return Texts.isBlank(value) ? null : value.strip();
    }

    private static String known(String value, boolean valid, String name, java.util.List<String> ignored) {
        if (!valid) {
            ignored.add(name);
            return null;
        }
        return blank(value);
    }

    static BigDecimal amount(String text, String name, java.util.List<String> ignored) {
        if (Texts.isBlank(text)) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(text.strip().replace(",", "").replace("$", ""));
            if (amount.signum() < 0) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            ignored.add(name);
            return null;
        }
    }

    static LocalDate date(String text, String name, java.util.List<String> ignored) {
        if (Texts.isBlank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            ignored.add(name);
            return null;
        }
    }
}
