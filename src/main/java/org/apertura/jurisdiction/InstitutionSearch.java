package org.apertura.jurisdiction;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.SpanishSearch;
import org.apertura.platform.web.SearchSource;
import org.apertura.platform.web.Summary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The site search among institutions (name, acronym) and the places they belong to. */
@Component
class InstitutionSearch implements SearchSource {

    private final JurisdictionService directory;

    InstitutionSearch(JurisdictionService directory) {
        this.directory = directory;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> search(String query, Set<String> words, int limit) {
        List<Summary.Entry> found = new java.util.ArrayList<>();
        directory.all().stream().filter(j -> SpanishSearch.matches(words, j.getName()))
                .forEach(j -> found.add(new Summary.Entry(j.getName(), "/jurisdicciones/" + j.getSlug(), null)));
        directory.allInstitutions().stream().filter(i -> SpanishSearch.matches(words, i.getName(), i.getAcronym()))
                .forEach(i -> found.add(new Summary.Entry(i.getName(), "/instituciones/" + i.getSlug(),
                        i.getJurisdiction().getName())));
        return SearchSource.found("search.institutions", found, limit, entry -> entry);
    }
}
