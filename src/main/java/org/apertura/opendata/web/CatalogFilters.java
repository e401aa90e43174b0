package org.apertura.opendata.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apertura.opendata.CatalogQuery;
import org.apertura.opendata.CatalogSort;
import org.apertura.opendata.DataTheme;
import org.apertura.opendata.Facet;
import org.apertura.opendata.Licence;
import org.apertura.platform.Texts;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The catalog's search as its form and facet links carry it (Spanish parameter names, each facet repeatable:
 * {@code ?q=obra&institucion=ayuntamiento-durango&tema=GOVE&formato=CSV&licencia=CC-BY-4.0&palabra=obras&orden=titulo}),
 * read leniently: a theme, licence or order the catalog does not know is left out and named, so the page says which
 * filter it ignored. Every facet value is a link that adds or removes it, so the search works without JavaScript.
 */
public final class CatalogFilters {

    /** The orders offered to people, by their parameter value. */
    static final Map<String, CatalogSort> ORDERS = orders();

    private final String text;
    private final Map<Facet, Set<String>> chosen = new LinkedHashMap<>();
    private final String order;
    private final List<String> ignored = new ArrayList<>();

    private CatalogFilters(String text, String order) {
        this.text = Texts.blankToNull(text) == null ? null : text.strip();
        this.order = order;
        for (Facet facet : Facet.values()) {
            chosen.put(facet, new LinkedHashSet<>());
        }
    }

    /** The filters in a request's parameters. */
    public static CatalogFilters from(MultiValueMap<String, String> parameters) {
        String order = parameters.getFirst("orden");
        CatalogFilters filters = new CatalogFilters(parameters.getFirst("q"),
                order != null && ORDERS.containsKey(order) ? order : null);
        if (order != null && !order.isBlank() && !ORDERS.containsKey(order)) {
            filters.ignored.add("orden");
        }
        for (Facet facet : Facet.values()) {
            for (String value : parameters.getOrDefault(parameter(facet), List.of())) {
                if (Texts.isBlank(value)) {
                    continue;
                }
                String clean = value.strip();
                boolean known = switch (facet) {
                    case THEME -> theme(clean) != null;
                    case LICENCE -> Licence.byId(clean).isPresent();
                    default -> clean.length() <= 200;
                };
                if (known) {
                    filters.chosen.get(facet).add(canonical(facet, clean));
                } else if (!filters.ignored.contains(parameter(facet))) {
                    filters.ignored.add(parameter(facet));
                }
            }
        }
        return filters;
    }

    /** The filters of nothing: the whole catalog. */
    public static CatalogFilters none() {
        return new CatalogFilters(null, null);
    }

    /** The query parameter of a facet. */
    public static String parameter(Facet facet) {
        return switch (facet) {
            case INSTITUTION -> "institucion";
            case THEME -> "tema";
            case FORMAT -> "formato";
            case LICENCE -> "licencia";
            case KEYWORD -> "palabra";
        };
    }

    private static String canonical(Facet facet, String value) {
        return switch (facet) {
            case THEME -> theme(value).name();
            case LICENCE -> Licence.byId(value).orElseThrow().id();
            case FORMAT -> value.toUpperCase(Locale.ROOT);
            case KEYWORD -> value.toLowerCase(Locale.ROOT);
            case INSTITUTION -> value;
        };
    }

    private static DataTheme theme(String value) {
        for (DataTheme theme : DataTheme.values()) {
            if (theme.name().equalsIgnoreCase(value)) {
                return theme;
            }
        }
        return null;
    }

    /** The catalog's search for a page of results. */
    public CatalogQuery query(int offset, int limit) {
        Set<DataTheme> themes = EnumSet.noneOf(DataTheme.class);
        chosen.get(Facet.THEME).forEach(t -> themes.add(DataTheme.valueOf(t)));
        Set<Licence> licences = EnumSet.noneOf(Licence.class);
        chosen.get(Facet.LICENCE).forEach(l -> licences.add(Licence.byId(l).orElseThrow()));
        return CatalogQuery.all(offset, limit).withText(text).withInstitutions(chosen.get(Facet.INSTITUTION))
                .withThemes(themes).withFormats(chosen.get(Facet.FORMAT)).withLicences(licences)
                .withKeywords(chosen.get(Facet.KEYWORD)).sortedBy(sort());
    }

    public CatalogSort sort() {
        return order == null ? CatalogSort.MODIFIED_DESC : ORDERS.get(order);
    }

    /** The order's parameter value ("" for the default). */
    public String getOrden() {
        return order == null ? "" : order;
    }

    public String getQ() {
        return text;
    }

    /** The parameters of filters that were left out because the catalog does not know their value. */
    public List<String> ignored() {
        return List.copyOf(ignored);
    }

    /** Whether any filter or words narrow the catalog. */
    public boolean narrowed() {
        return text != null || chosen.values().stream().anyMatch(v -> !v.isEmpty());
    }

    /** Whether a facet value is chosen. */
    public boolean has(Facet facet, String value) {
        return chosen.get(facet).contains(value);
    }

    /** The values chosen for a facet. */
    public Set<String> chosen(Facet facet) {
        return Set.copyOf(chosen.get(facet));
    }

    /** The query string of these filters ("?q=…", or ""), from the first page. */
    public String query() {
        return build(null, null, null, null);
    }

    /** The query string for another page of the same results (1-based). */
    public String page(int number) {
        return build(null, null, null, number <= 1 ? null : String.valueOf(number));
    }

    /** The query string with one facet value added, or removed when it is chosen (back to the first page). */
    public String toggle(Facet facet, String value) {
        return build(facet, value, null, null);
    }

    private String build(Facet toggled, String value, String otherOrder, String page) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        if (text != null) {
            builder.queryParam("q", text);
        }
        for (Facet facet : Facet.values()) {
            Set<String> values = new LinkedHashSet<>(chosen.get(facet));
            if (facet == toggled && !values.remove(value)) {
                values.add(value);
            }
            values.forEach(v -> builder.queryParam(parameter(facet), v));
        }
        String sortValue = otherOrder != null ? otherOrder : order;
        if (sortValue != null && !sortValue.isEmpty()) {
            builder.queryParam("orden", sortValue);
        }
        if (page != null) {
            builder.queryParam("pagina", page);
        }
        String query = builder.encode().build().getQuery();
        return query == null || query.isEmpty() ? "" : "?" + query;
    }

    private static Map<String, CatalogSort> orders() {
        Map<String, CatalogSort> orders = new LinkedHashMap<>();
        orders.put("recientes", CatalogSort.MODIFIED_DESC);
        orders.put("nuevos", CatalogSort.CREATED_DESC);
        orders.put("titulo", CatalogSort.TITLE);
        return Map.copyOf(orders);
    }
}
