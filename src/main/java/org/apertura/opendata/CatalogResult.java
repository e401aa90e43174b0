package org.apertura.opendata;

import java.util.List;
import java.util.Map;

/**
 * A page of search results: how many datasets match in all, the page's datasets, and for each facet the values found
 * among all matches with their counts (most frequent first, then by value; at most {@link #FACET_LIMIT} each).
 * Facet values are raw: institution slugs, theme and licence constant names, format short names, keywords.
 */
public record CatalogResult(long count, List<Dataset> datasets, Map<Facet, List<FacetCount>> facets) {

    public static final int FACET_LIMIT = 50;

    /** One facet value and how many matching datasets have it. */
    public record FacetCount(String value, long count) {
    }
}
