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
public class Folios {

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
        return next(Counter.REQUESTS, institutionId, year);
    }

    /** The counters of folios: a table and the column of who numbers (the institution, the guarantor). */
    public enum Counter {
        REQUESTS("folio_counter", "institution_id"),
        APPEALS("appeal_folio_counter", "guarantor_institution_id");

        final String table;
        final String owner;

        Counter(String table, String owner) {
            this.table = table;
            this.owner = owner;
        }
    }

    /** The next number of a counter for an owner and year. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(Counter counter, Long owner, int year) {
        // The counter row is created once (ON CONFLICT keeps a concurrent creator's row), then moved by one;
        // the update locks it until the transaction ends, so numbers are never shared or skipped.
        String where = " WHERE " + counter.owner + " = ? AND folio_year = ?";
        jdbc.update("INSERT INTO " + counter.table + " (" + counter.owner + ", folio_year, last_number) VALUES (?, ?, 0) "
                + "ON CONFLICT DO NOTHING", owner, year);
        jdbc.update("UPDATE " + counter.table + " SET last_number = last_number + 1" + where, owner, year);
        return jdbc.queryForObject("SELECT last_number FROM " + counter.table + where, Integer.class, owner, year);
    }
}
