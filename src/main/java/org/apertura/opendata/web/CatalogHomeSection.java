package org.apertura.opendata.web;

import java.util.List;
import java.util.Optional;
import org.apertura.opendata.Catalog;
import org.apertura.opendata.CatalogQuery;
import org.apertura.opendata.CatalogSort;
import org.apertura.opendata.Dataset;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.HomeSection;
import org.apertura.platform.web.Summary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On the home page: the datasets published or updated in the last 30 days, newest first. */
@Component
class CatalogHomeSection implements HomeSection {

    static final int DAYS = 30;
    private static final int SHOWN = 4;

    private final Catalog catalog;
    private final CatalogWords words;
    private final Today today;

    CatalogHomeSection(Catalog catalog, CatalogWords words, Today today) {
        this.catalog = catalog;
        this.words = words;
        this.today = today;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> now() {
        // the platform's own lists change all the time: the news is what institutions publish
        List<Dataset> recent = catalog.search(CatalogQuery.all(0, 50).sortedBy(CatalogSort.MODIFIED_DESC)
                .modifiedBetween(today.date().minusDays(DAYS).atStartOfDay(today.zone()).toInstant(), null)).datasets().stream()
                .filter(d -> !d.isPlatformList()).limit(SHOWN).toList();
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Summary("opendata.catalog.home.title", List.of(),
                recent.stream().map(d -> new Summary.Entry(d.getTitle(), "/datos/" + d.getName(),
                        words.institution(d.getInstitutionSlug()) + " · "
                                + d.getModified().map(words::ago).orElse(""))).toList(),
                "/datos", "opendata.catalog.home.more"));
    }
}
