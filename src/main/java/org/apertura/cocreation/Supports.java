package org.apertura.cocreation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apertura.platform.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Supports, exact under concurrency without a hot counter: a support is one row keyed by proposal and person
 * (so nobody supports twice), and the person's row in the call ({@code call_supporter}) is moved by a guarded
 * update ({@code used < limit}), which the database serialises per person. Both run in the caller's
 * transaction, in the same order for supporting and withdrawing, so they cannot deadlock. Counts are counted,
 * never stored, so none can be lost.
 */
@Component
class Supports {

    private final JdbcClient jdbc;

    Supports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a support needs to know of a proposal's call, read in one query. */
    record Terms(Long callId, LocalDate opens, LocalDate closes, int limit) {

        boolean openOn(LocalDate day) {
            return !day.isBefore(opens) && !day.isAfter(closes);
        }
    }

    Optional<Terms> terms(Long proposalId) {
        return jdbc.sql("SELECT c.id, c.support_opens, c.support_closes, c.supports_per_person FROM proposal p "
                + "JOIN cocreation_call c ON c.id = p.call_id WHERE p.id = ?").param(proposalId)
                .query((rs, i) -> new Terms(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getInt(4)))
                .optional();
    }

    /**
     * Adds a support; refuses a second one and one beyond the person's limit in the call. The common case (a
     * person's second support onwards) is one guarded update and one insert.
     */
    void add(Terms terms, Long proposalId, Long accountId, Instant now) {
        if (!take(terms, accountId)) {
            int created;
            try {
                created = jdbc.sql("INSERT INTO call_supporter (call_id, account_id, used) VALUES (?, ?, 1) "
                        + "ON CONFLICT DO NOTHING").params(terms.callId(), accountId).update();
            } catch (DuplicateKeyException raceOnH2) {
                // PostgreSQL never raises here; H2 may when two first supports of one person race.
                created = 0;
            }
            if (created == 0 && !take(terms, accountId)) {
                throw new InvalidInputException("support", "cocreation.error.supportLimit", terms.limit());
            }
        }
        try {
            jdbc.sql("INSERT INTO proposal_support (proposal_id, account_id, call_id, created_at) VALUES (?, ?, ?, ?)")
                    .params(proposalId, accountId, terms.callId(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("support", "cocreation.error.alreadySupported");
        }
    }

    /** Takes one of the person's supports in the call, if they have a row there and one left. */
    private boolean take(Terms terms, Long accountId) {
        return jdbc.sql("UPDATE call_supporter SET used = used + 1 WHERE call_id = ? AND account_id = ? AND used < ?")
                .params(terms.callId(), accountId, terms.limit()).update() == 1;
    }

    /** Withdraws a support and gives the person's support back. */
    void withdraw(Call call, Proposal proposal, Long accountId) {
        // Same order as add (the person's row first, then the support), so the two cannot deadlock.
        jdbc.sql("UPDATE call_supporter SET used = used - 1 WHERE call_id = ? AND account_id = ? AND used > 0")
                .params(call.getId(), accountId).update();
        int removed = jdbc.sql("DELETE FROM proposal_support WHERE proposal_id = ? AND account_id = ?")
                .params(proposal.getId(), accountId).update();
        if (removed == 0) {
            throw new InvalidInputException("support", "cocreation.error.notSupported");
        }
    }

    long count(Long proposalId) {
        return jdbc.sql("SELECT COUNT(*) FROM proposal_support WHERE proposal_id = ?").param(proposalId)
                .query(Long.class).single();
    }

    /** Supports per proposal of a call (proposals without supports are absent). */
    Map<Long, Long> counts(Long callId) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT proposal_id, COUNT(*) AS n FROM proposal_support WHERE call_id = ? GROUP BY proposal_id")
                .param(callId).query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    /** How many supports a person has used in a call. */
    int used(Long callId, Long accountId) {
        List<Integer> used = jdbc.sql("SELECT used FROM call_supporter WHERE call_id = ? AND account_id = ?")
                .params(callId, accountId).query(Integer.class).list();
        return used.isEmpty() ? 0 : used.get(0);
    }

    /** The proposals of a call a person supports. */
    Set<Long> supportedBy(Long callId, Long accountId) {
        return jdbc.sql("SELECT proposal_id FROM proposal_support WHERE call_id = ? AND account_id = ?")
                .params(callId, accountId).query(Long.class).list().stream().collect(Collectors.toSet());
    }
}
