package org.apertura.opendata;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a publisher writes about a dataset (create and edit alike; the name and institution are fixed once created).
 * Keywords are free words; themes from {@link DataTheme}; spatial coverage as INEGI geostatistical keys (entidad
 * {@code 10}, municipio {@code 10005}, localidad {@code 100050001}). A null frequency or licence means the default
 * (irregular, CC BY 4.0).
 *
 * @param name          the URL-safe unique name (CKAN {@code name}), e.g. {@code obra-publica-2025}
 * @param institutionSlug the owning institution (CKAN {@code owner_org})
 */
public record DatasetDraft(String name, String institutionSlug, String title, String description,
        List<String> keywords, Set<DataTheme> themes, String contactName, String contactEmail, String landingPage,
        Frequency frequency, Licence licence, LocalDate temporalStart, LocalDate temporalEnd, List<String> spatial) {

    /** A draft with the required fields only (tests, demo, CKAN's package_create with few fields). */
    public static DatasetDraft of(String name, String institutionSlug, String title, String description) {
        return new DatasetDraft(name, institutionSlug, title, description, List.of(), Set.of(), null, null, null,
                null, null, null, null, List.of());
    }

    public DatasetDraft withKeywords(List<String> words) {
        return new DatasetDraft(name, institutionSlug, title, description, words, themes, contactName, contactEmail,
                landingPage, frequency, licence, temporalStart, temporalEnd, spatial);
    }

    public DatasetDraft withThemes(Set<DataTheme> chosen) {
        return new DatasetDraft(name, institutionSlug, title, description, keywords, chosen, contactName, contactEmail,
                landingPage, frequency, licence, temporalStart, temporalEnd, spatial);
    }

    public DatasetDraft withContact(String contact, String email) {
        return new DatasetDraft(name, institutionSlug, title, description, keywords, themes, contact, email,
                landingPage, frequency, licence, temporalStart, temporalEnd, spatial);
    }

    public DatasetDraft withFrequency(Frequency chosen) {
        return new DatasetDraft(name, institutionSlug, title, description, keywords, themes, contactName, contactEmail,
                landingPage, chosen, licence, temporalStart, temporalEnd, spatial);
    }

    public DatasetDraft withLicence(Licence chosen) {
        return new DatasetDraft(name, institutionSlug, title, description, keywords, themes, contactName, contactEmail,
                landingPage, frequency, chosen, temporalStart, temporalEnd, spatial);
    }

    public DatasetDraft withTemporal(LocalDate start, LocalDate end) {
        return new DatasetDraft(name, institutionSlug, title, description, keywords, themes, contactName, contactEmail,
                landingPage, frequency, licence, start, end, spatial);
    }

    public DatasetDraft withSpatial(List<String> inegiKeys) {
        return new DatasetDraft(name, institutionSlug, title, description, keywords, themes, contactName, contactEmail,
                landingPage, frequency, licence, temporalStart, temporalEnd, inegiKeys);
    }
}
