package org.apertura.opendata.web;

import java.util.Optional;
import java.util.Set;
import org.apertura.opendata.Catalog;
import org.apertura.opendata.CatalogQuery;
import org.apertura.opendata.CatalogResult;
import org.apertura.platform.web.SearchSource;
import org.apertura.platform.web.Summary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** The site search among the catalog's datasets (title, description, keywords), leading to the catalog's search. */
@Component
class CatalogSearchSource implements SearchSource {

    private final Catalog catalog;
    private final CatalogWords words;

    CatalogSearchSource(Catalog catalog, CatalogWords words) {
        this.catalog = catalog;
        this.words = words;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> search(String query, Set<String> terms, int limit) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        CatalogResult found = catalog.search(CatalogQuery.all(0, limit).withText(query));
        if (found.count() == 0) {
            return Optional.empty();
        }
        String more = "/datos" + UriComponentsBuilder.newInstance().queryParam("q", query.strip()).encode().build()
                .toUriString();
        return Optional.of(new Summary("opendata.catalog.search.title",
                java.util.List.of(new Summary.Figure("search.found", found.count())),
                found.datasets().stream().map(d -> new Summary.Entry(d.getTitle(), "/datos/" + d.getName(),
                        words.institution(d.getInstitutionSlug()))).toList(),
                more, "opendata.catalog.search.more"));
    }
}
