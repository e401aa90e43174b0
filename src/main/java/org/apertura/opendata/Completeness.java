package org.apertura.opendata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * How completely a dataset is published, criterion by criterion (each worth 20 of 100 points), as a pure function of
 * the dataset, its resources and today's date:
 * <ol>
 * <li>metadata complete — the Mexican guide's metadata beyond title and description: keywords, a theme, a contact
 * point with its e-mail, and its coverage in space (INEGI keys) or in time;</li>
 * <li>dictionary present — every machine-readable file has its data dictionary, each field described;</li>
 * <li>machine-readable format — at least one resource in a format machines read (CSV, XLSX, JSON, GeoJSON…);</li>
 * <li>open licence — an Open Definition conformant licence (all of {@link Licence});</li>
 * <li>updated on schedule — published, and last changed within its frequency's allowance (no schedule: on
 * schedule).</li>
 * </ol>
 */
public record Completeness(boolean metadata, boolean dictionary, boolean machineReadable, boolean openLicence,
        boolean onSchedule) {

    /** The criteria as the pages name them ({@code opendata.completeness.<criterion>}). */
    public enum Criterion {
        METADATA, DICTIONARY, MACHINE_READABLE, OPEN_LICENCE, ON_SCHEDULE
    }

    public static Completeness of(Dataset dataset, List<Resource> resources, LocalDate today, ZoneId zone) {
        boolean metadata = !dataset.getKeywords().isEmpty() && !dataset.getThemes().isEmpty()
                && dataset.getContactName().isPresent() && dataset.getContactEmail().isPresent()
                && (!dataset.getSpatial().isEmpty() || dataset.getTemporalStart().isPresent());
        List<Resource> files = resources.stream().filter(r -> r.isFile() && r.isMachineReadable()).toList();
        boolean dictionary = dataset.isPlatformList()
                ? resources.stream().anyMatch(Resource::hasDictionary)
                : !files.isEmpty() && files.stream().allMatch(Resource::hasDictionary);
        boolean machineReadable = resources.stream().anyMatch(Resource::isMachineReadable);
        boolean open = dataset.getLicence().isOpen();
        boolean onSchedule = dataset.getState() == DatasetState.PUBLISHED && dataset.getModified()
                .map(m -> dataset.getFrequency().allowedDays()
                        .map(days -> !m.atZone(zone).toLocalDate().plusDays(days).isBefore(today)).orElse(true))
                .orElse(false);
        return new Completeness(metadata, dictionary, machineReadable, open, onSchedule);
    }

    /** The score, 0 to 100. */
    public int score() {
        return 20 * ((metadata ? 1 : 0) + (dictionary ? 1 : 0) + (machineReadable ? 1 : 0) + (openLicence ? 1 : 0)
                + (onSchedule ? 1 : 0));
    }

    /** Whether one criterion is met. */
    public boolean met(Criterion criterion) {
        return switch (criterion) {
            case METADATA -> metadata;
            case DICTIONARY -> dictionary;
            case MACHINE_READABLE -> machineReadable;
            case OPEN_LICENCE -> openLicence;
            case ON_SCHEDULE -> onSchedule;
        };
    }

    /** An institution's datasets together: how many, their average score (rounded) and how many score 100. */
    public record InstitutionScore(String institutionSlug, int datasets, int averageScore, int complete) {
    }
}
