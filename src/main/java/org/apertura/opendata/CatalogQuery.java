package org.apertura.opendata;

import java.time.Instant;
import java.util.Set;

/**
 * A search of the catalog: words (all must appear in the title, description, keywords or name; Spanish stems), and
 * filters — institutions and licences match any of those given, themes, formats and keywords must all be present
 * (as CKAN's {@code fq}) — a range of {@code metadata_modified}, an order, and a page (offset, limit). Withdrawn
 * datasets are left out unless asked for (CKAN's {@code include_deleted}).
 */
public record CatalogQuery(String text, Set<String> institutions, Set<DataTheme> themes, Set<String> formats,
        Set<Licence> licences, Set<String> keywords, Instant modifiedFrom, Instant modifiedTo, boolean includeWithdrawn,
        CatalogSort sort, int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public CatalogQuery {
        institutions = institutions == null ? Set.of() : Set.copyOf(institutions);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        formats = formats == null ? Set.of() : Set.copyOf(formats);
        licences = licences == null ? Set.of() : Set.copyOf(licences);
        keywords = keywords == null ? Set.of() : Set.copyOf(keywords);
        sort = sort == null ? CatalogSort.MODIFIED_DESC : sort;
        offset = Math.max(0, offset);
        limit = Math.max(0, Math.min(limit, MAX_LIMIT));
    }

    /** Everything public, newest change first, a page of {@code limit}. */
    public static CatalogQuery all(int offset, int limit) {
        return new CatalogQuery(null, null, null, null, null, null, null, null, false, CatalogSort.MODIFIED_DESC,
                offset, limit);
    }

    public CatalogQuery withText(String words) {
        return new CatalogQuery(words, institutions, themes, formats, licences, keywords, modifiedFrom, modifiedTo,
                includeWithdrawn, sort, offset, limit);
    }

    public CatalogQuery withInstitutions(Set<String> chosen) {
        return new CatalogQuery(text, chosen, themes, formats, licences, keywords, modifiedFrom, modifiedTo,
                includeWithdrawn, sort, offset, limit);
    }

    public CatalogQuery withThemes(Set<DataTheme> chosen) {
        return new CatalogQuery(text, institutions, chosen, formats, licences, keywords, modifiedFrom, modifiedTo,
                includeWithdrawn, sort, offset, limit);
    }

    public CatalogQuery withFormats(Set<String> chosen) {
        return new CatalogQuery(text, institutions, themes, chosen, licences, keywords, modifiedFrom, modifiedTo,
                includeWithdrawn, sort, offset, limit);
    }

    public CatalogQuery withLicences(Set<Licence> chosen) {
        return new CatalogQuery(text, institutions, themes, formats, chosen, keywords, modifiedFrom, modifiedTo,
                includeWithdrawn, sort, offset, limit);
    }

    public CatalogQuery withKeywords(Set<String> chosen) {
        return new CatalogQuery(text, institutions, themes, formats, licences, chosen, modifiedFrom, modifiedTo,
                includeWithdrawn, sort, offset, limit);
    }

    public CatalogQuery modifiedBetween(Instant from, Instant to) {
        return new CatalogQuery(text, institutions, themes, formats, licences, keywords, from, to, includeWithdrawn,
                sort, offset, limit);
    }

    public CatalogQuery includingWithdrawn() {
        return new CatalogQuery(text, institutions, themes, formats, licences, keywords, modifiedFrom, modifiedTo,
                true, sort, offset, limit);
    }

    public CatalogQuery sortedBy(CatalogSort order) {
        return new CatalogQuery(text, institutions, themes, formats, licences, keywords, modifiedFrom, modifiedTo,
                includeWithdrawn, order, offset, limit);
    }

    public CatalogQuery page(int from, int size) {
        return new CatalogQuery(text, institutions, themes, formats, licences, keywords, modifiedFrom, modifiedTo,
                includeWithdrawn, sort, from, size);
    }
}
