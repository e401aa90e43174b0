package org.apertura.opendata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apertura.platform.web.InstitutionSection;
import org.apertura.platform.web.Summary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an institution's page: its open datasets, their average completeness and the newest, each leading to its first
 * resource's page (the catalog's dataset pages, when they land, are the better target).
 */
@Component
class DatasetsByInstitution implements InstitutionSection {

    private static final int NEWEST = 5;

    private final Catalog catalog;
    private final MessageSource messages;

    DatasetsByInstitution(Catalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> of(String institutionSlug) {
        List<Dataset> datasets = catalog.ofInstitution(institutionSlug).stream()
                .filter(d -> d.getState() == DatasetState.PUBLISHED).toList();
        if (datasets.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        int average = (int) Math.round(datasets.stream().mapToInt(d -> catalog.completeness(d).score()).average()
                .orElse(0));
        List<Summary.Entry> newest = datasets.stream()
                .sorted(java.util.Comparator.comparing(Dataset::getMetadataModified).reversed()).limit(NEWEST)
                .flatMap(d -> catalog.resources(d).stream().findFirst().map(r -> new Summary.Entry(d.getTitle(),
                        "/datos/" + d.getName() + "/recursos/" + r.getId(),
                        messages.getMessage("opendata.frequency." + d.getFrequency(), null, locale))).stream())
                .toList();
        return Optional.of(new Summary("institution.opendata.title", List.of(
                new Summary.Figure("institution.opendata.datasets", datasets.size()),
                new Summary.Figure("institution.opendata.completeness", average + " / 100")),
                newest, "/datos", "institution.opendata.more"));
    }
}
