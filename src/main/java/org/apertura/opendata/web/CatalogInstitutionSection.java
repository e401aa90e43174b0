package org.apertura.opendata.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apertura.opendata.Catalog;
import org.apertura.opendata.Completeness;
import org.apertura.opendata.Dataset;
import org.apertura.platform.web.InstitutionSection;
import org.apertura.platform.web.Summary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On an institution's page: the datasets it publishes in the catalog, their average completeness and the newest. */
@Component
class CatalogInstitutionSection implements InstitutionSection {

    private static final int NEWEST = 5;

    private final Catalog catalog;
    private final CatalogWords words;

    CatalogInstitutionSection(Catalog catalog, CatalogWords words) {
        this.catalog = catalog;
        this.words = words;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> of(String institutionSlug) {
        List<Dataset> datasets = catalog.ofInstitution(institutionSlug);
        if (datasets.isEmpty()) {
            return Optional.empty();
        }
        Optional<Completeness.InstitutionScore> score = catalog.scoreOf(institutionSlug);
        List<Summary.Entry> newest = datasets.stream()
                .sorted(Comparator.comparing(Dataset::getMetadataModified).reversed()).limit(NEWEST)
                .map(d -> new Summary.Entry(d.getTitle(), "/datos/" + d.getName(),
                        d.getModified().map(m -> words.message("opendata.catalog.updatedAgo", words.ago(m)))
                                .orElse(null)))
                .toList();
        return Optional.of(new Summary("opendata.catalog.section.title", List.of(
                new Summary.Figure("opendata.catalog.section.datasets", datasets.size()),
                new Summary.Figure("opendata.catalog.section.completeness", score
                        .map(s -> words.message("opendata.catalog.completeness.score", s.averageScore()))
                        .orElse("—"))),
                newest, "/datos/instituciones/" + institutionSlug, "opendata.catalog.section.more"));
    }
}
