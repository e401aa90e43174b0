package org.apertura.jurisdiction;

import java.time.LocalDate;

/**
 * Which guarantor authority hears the appeals against a kind of obligated subject of a jurisdiction (a state's
 * MUNICIPAL assignment covers its municipalities, art. 3 fr. IV), or against one institution (an override), over a
 * validity period, on a legal basis. Exactly one of {@code subjectKind} and {@code institutionId} is set.
 */
public record GuarantorAssignment(long id, long jurisdictionId, String jurisdictionSlug, String jurisdictionName,
        Branch subjectKind, Long institutionId, String institutionSlug, String institutionName,
        long authorityInstitutionId, String authoritySlug, String authorityName, LocalDate validFrom,
        LocalDate validTo, String legalBasis) {

    /** Whether the assignment is in force on the day (open ends count as in force). */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether this is a per-institution override. */
    public boolean override() {
        return institutionId != null;
    }
}
