package org.apertura.platform.kits;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * How an entity adapted from a kit keeps its {@link Adaptation} (docs/KITS.md): the six columns {@code adapted_*}
 * (institution, exercise, code, date, address, licence id) that a commitment, a call, a challenge and a norm carry.
 * All empty when the thing was written here (the entity's field is then null).
 */
@Embeddable
public class AdaptedFrom {

    private String adaptedInstitution;
    private String adaptedExercise;
    private String adaptedCode;
    private LocalDate adaptedDate;
    private String adaptedUrl;
    private String adaptedLicence;

    protected AdaptedFrom() {
    }

    /** The columns of an attribution, or null for none. */
    public static AdaptedFrom of(Adaptation origin) {
        if (origin == null) {
            return null;
        }
        AdaptedFrom columns = new AdaptedFrom();
        columns.adaptedInstitution = origin.institution();
        columns.adaptedExercise = origin.exercise();
        columns.adaptedCode = origin.code();
        columns.adaptedDate = origin.date();
        columns.adaptedUrl = origin.url();
        columns.adaptedLicence = origin.licence().id();
        return columns;
    }

    /** The attribution these columns keep, or null when they are empty. */
    public static Adaptation adaptation(AdaptedFrom columns) {
        return columns == null || columns.adaptedInstitution == null ? null
                : new Adaptation(columns.adaptedInstitution, columns.adaptedExercise, columns.adaptedCode,
                        columns.adaptedDate, columns.adaptedUrl, ContentLicence.byId(columns.adaptedLicence));
    }
}
