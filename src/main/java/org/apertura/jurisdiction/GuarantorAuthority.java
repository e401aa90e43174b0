package org.apertura.jurisdiction;

import java.time.LocalDate;

/**
 * A guarantor authority (autoridad garante, LGTAIP 2025 art. 3 fr. III–V): an institution of the directory acting
 * as guarantor, of a kind, on a legal basis, over a validity period (open ends: not known or not ended), and the
 * authority its pending matters pass to when it ends (a transitory article or a state decree says which).
 */
public record GuarantorAuthority(long institutionId, String slug, String name, String acronym,
        String jurisdictionSlug, String jurisdictionName, GuarantorKind kind, String legalBasis, LocalDate validFrom,
        LocalDate validTo, Long successorInstitutionId, String successorSlug, String successorName,
        String successionBasis, String note) {

    /** Whether the authority exists on the day (open ends count as in force). */
    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
