package org.apertura.participation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Voters and ballots, exact under concurrency: a voter is one row per process keyed by the keyed hash of their CURP
 * and (online) by their account, so a person registers once whatever the channel; a ballot is one row per voter,
 * replaced whole (its choices deleted and written again) under the lock of its row, so a change is never half
 * counted. Who voted for what stays here: outputs carry counts only.
 */
@Component
class Ballots {

    private final JdbcClient jdbc;

    Ballots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A verified voter of a process: where they vote and how they registered. */
    record Voter(long id, long districtId, VoteChannel channel) {
    }

    private static final org.springframework.jdbc.core.RowMapper<Voter> VOTER = (rs, i) -> new Voter(rs.getLong(1),
            rs.getLong(2), VoteChannel.valueOf(rs.getString(3)));

    Optional<Voter> voterOf(Long processId, Long accountId) {
        return jdbc.sql("SELECT id, district_id, channel FROM pb_voter WHERE process_id = ? AND account_id = ?")
                .params(processId, accountId).query(VOTER).optional();
    }

    /** The voter registered in the process with this CURP (by its keyed hash), online or at a table. */
    Optional<Voter> voterByCurp(Long processId, String curpHash) {
        return jdbc.sql("SELECT id, district_id, channel FROM pb_voter WHERE process_id = ? AND curp_hash = ?")
                .params(processId, curpHash).query(VOTER).optional();
    }

    boolean curpUsed(Long processId, String curpHash) {
        return jdbc.sql("SELECT COUNT(*) FROM pb_voter WHERE process_id = ? AND curp_hash = ?")
                .params(processId, curpHash).query(Long.class).single() > 0;
    }

    /** Registers a voter; refuses a CURP (or an account) already registered in the process. */
    Voter register(Long processId, String curpHash, Long accountId, Long districtId, VoteChannel channel, Instant now) {
        if (curpUsed(processId, curpHash)) {
            throw new InvalidInputException("curp", "participation.error.curpUsed");
        }
        int created;
        try {
            created = jdbc.sql("INSERT INTO pb_voter (process_id, curp_hash, account_id, district_id, channel, "
                    + "registered_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING").params(processId, curpHash,
                    accountId, districtId, channel.name(), utc(now)).update();
        } catch (DataIntegrityViolationException raceOnH2) {
            // PostgreSQL never raises here (and its transaction stays usable); H2 may when two registrations race.
            created = 0;
        }
        if (created == 0) {
            throw new InvalidInputException("curp", "participation.error.curpUsed");
        }
        return new Voter(jdbc.sql("SELECT id FROM pb_voter WHERE process_id = ? AND curp_hash = ?")
                .params(processId, curpHash).query(Long.class).single(), districtId, channel);
    }

    /** The projects of the voter's ballot in rank order (empty: no ballot). */
    List<Long> choicesOf(long voterId) {
        return jdbc.sql("SELECT c.project_id FROM pb_ballot b JOIN pb_ballot_choice c ON c.ballot_id = b.id "
                + "WHERE b.voter_id = ? ORDER BY c.choice_rank").param(voterId).query(Long.class).list();
    }

    /** Casts the voter's ballot, or replaces it whole when they had one. */
    void cast(Long processId, Voter voter, List<Long> choices, String pollingTable, Instant now) {
        int changed = jdbc.sql("UPDATE pb_ballot SET cast_at = ? WHERE voter_id = ?").params(utc(now), voter.id())
                .update();
        if (changed == 0) {
            int created;
            try {
                created = jdbc.sql("INSERT INTO pb_ballot (process_id, voter_id, district_id, channel, polling_table, "
                        + "cast_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING").params(processId, voter.id(),
                        voter.districtId(), voter.channel().name(), pollingTable, utc(now)).update();
            } catch (DuplicateKeyException raceOnH2) {
                created = 0;
            }
            if (created == 0) {
                // another request of the same voter made the row first: take its lock now
                jdbc.sql("UPDATE pb_ballot SET cast_at = ? WHERE voter_id = ?").params(utc(now), voter.id()).update();
            }
        }
        long ballot = jdbc.sql("SELECT id FROM pb_ballot WHERE voter_id = ?").param(voter.id()).query(Long.class)
                .single();
        jdbc.sql("DELETE FROM pb_ballot_choice WHERE ballot_id = ?").param(ballot).update();
        int rank = 0;
        for (Long project : choices) {
            jdbc.sql("INSERT INTO pb_ballot_choice (ballot_id, project_id, choice_rank) VALUES (?, ?, ?)")
                    .params(ballot, project, ++rank).update();
        }
    }

    /** Every ballot of a district, each with its choices in rank order, for the count. */
    List<BallotCount.Cast> castIn(Long districtId) {
        Map<Long, List<Long>> choices = new LinkedHashMap<>();
        Map<Long, VoteChannel> channels = new LinkedHashMap<>();
        jdbc.sql("SELECT b.id, b.channel, c.project_id FROM pb_ballot b JOIN pb_ballot_choice c ON c.ballot_id = b.id "
                + "WHERE b.district_id = ? ORDER BY b.id, c.choice_rank").param(districtId).query(rs -> {
                    long id = rs.getLong(1);
                    channels.putIfAbsent(id, VoteChannel.valueOf(rs.getString(2)));
                    choices.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getLong(3));
                });
        List<BallotCount.Cast> cast = new ArrayList<>();
        choices.forEach((id, list) -> cast.add(new BallotCount.Cast(List.copyOf(list), channels.get(id))));
        return cast;
    }

    /** Ballots cast so far per channel in a process (a count, never who). */
    Map<VoteChannel, Long> countByChannel(Long processId) {
        Map<VoteChannel, Long> counts = new LinkedHashMap<>();
        for (VoteChannel c : VoteChannel.values()) {
            counts.put(c, 0L);
        }
        jdbc.sql("SELECT channel, COUNT(*) FROM pb_ballot WHERE process_id = ? GROUP BY channel").param(processId)
                .query(rs -> {
                    counts.put(VoteChannel.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private static OffsetDateTime utc(Instant now) {
        return OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }
}
