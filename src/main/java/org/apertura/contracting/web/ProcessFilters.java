package org.apertura.contracting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.contracting.ProcessSearch;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;

/**
 * The search filters as the page's form and links carry them (Spanish parameter names), read by the API's rules: a
 * value the API would refuse is left out here and named with the same reason, so the page can say which filter it
 * ignored and why, and its JSON link (the same values under the API's names) answers the same list.
 */
public record ProcessFilters(String q, String comprador, String proveedor, String procedimiento, String estado,
        String etapa, String montoMin, String montoMax, String desde, String hasta, String alertas) {

    /** The page's parameter names and the API's, in the order of the form. */
    private static final Map<String, String> API_NAMES = apiNames();

    /**
     * The search these filters ask for, read by the same rules as the API's ({@link ProcessSearch.Typed}); each
     * value it cannot read is left out and goes to {@code ignored}, with the page's name of its filter and why.
     */
    public ProcessSearch search(int page, int size, List<FieldProblem> ignored) {
        List<FieldProblem> problems = new ArrayList<>();
        ProcessSearch search = new ProcessSearch.Typed(q, comprador, proveedor, procedimiento, estado, etapa, montoMin,
                montoMax, desde, hasta, "si".equals(alertas) || "true".equals(alertas)).search(page, size, problems);
        Map<String, String> pageNames = new LinkedHashMap<>();
        API_NAMES.forEach((name, api) -> pageNames.put(api, name));
        problems.forEach(p -> ignored.add(new FieldProblem(pageNames.get(p.field()), p.messageKey(), p.args())));
        return search;
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
        parameters().forEach((name, value) -> builder.queryParam(API_NAMES.get(name),
                name.equals("alertas") ? String.valueOf("si".equals(value) || "true".equals(value)) : value));
        String query = builder.encode().build().getQuery();
        return query == null || query.isEmpty() ? "" : "?" + query;
    }

    private static Map<String, String> apiNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("q", "q");
        names.put("comprador", "buyer");
        names.put("proveedor", "supplier");
        names.put("procedimiento", "method");
        names.put("estado", "status");
        names.put("etapa", "stage");
        names.put("montoMin", "minAmount");
        names.put("montoMax", "maxAmount");
        names.put("desde", "from");
        names.put("hasta", "to");
        names.put("alertas", "flagged");
        return names;
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
}
