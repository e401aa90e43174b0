package org.apertura.accessinfo;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folio numbers, one sequence per institution and year, taken with a guarded update so two filings at the
 * same moment never get the same number. The row stays locked until the filing's transaction ends.
 */
@Component
class Folios {

    private final JdbcTemplate jdbc;

    Folios(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next folio of an institution in a year: {@code {slug}-{yyyy}-{nnnnnn}}. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(Long institutionId, String institutionSlug, int year) {
        return institutionSlug + "-" + year + "-" + String.format("%06d", nextNumber(institutionId, year));
    }

    int nextNumber(Long institutionId, int year) {
        // The counter row is created once (ON CONFLICT keeps a concurrent creator's row), then moved by one;
        // the update locks it until the transaction ends, so numbers are never shared or skipped.
        jdbc.update("INSERT INTO folio_counter (institution_id, folio_year, last_number) VALUES (?, ?, 0) ON CONFLICT DO NOTHING",
                institutionId, year);
        jdbc.update("UPDATE folio_counter SET last_number = last_number + 1 WHERE institution_id = ? AND folio_year = ?",
                institutionId, year);
        return jdbc.queryForObject("SELECT last_number FROM folio_counter WHERE institution_id = ? AND folio_year = ?",
                Integer.class, institutionId, year);
    }
}
