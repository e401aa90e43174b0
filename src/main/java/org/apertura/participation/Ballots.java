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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Voters and ballots, exact under concurrency: a voter is one row per roll (a process's, or a standalone
 * consultation's: {@link Roll}) keyed by the keyed hash of their CURP
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

    /**
     * Whose roll of verified voters: a budget process's, or a standalone consultation's (ADR 0054). The same table,
     * the same rules (one CURP and one account per roll), held by one or the other.
     */
    record Roll(String column, long id) {

        static Roll process(long processId) {
            return new Roll("process_id", processId);
        }

        static Roll consultation(long consultationId) {
            return new Roll("consultation_id", consultationId);
        }
    }

    Optional<Voter> voterOf(Long processId, Long accountId) {
        return voterOf(Roll.process(processId), accountId);
    }

    Optional<Voter> voterOf(Roll roll, Long accountId) {
        return jdbc.sql("SELECT id, district_id, channel FROM pb_voter WHERE " + roll.column() + " = ? AND account_id = ?")
                .params(roll.id(), accountId).query(VOTER).optional();
    }

    /** The voter registered in the roll with this CURP (by its keyed hash), online or at a table. */
    Optional<Voter> voterByCurp(Roll roll, String curpHash) {
        return jdbc.sql("SELECT id, district_id, channel FROM pb_voter WHERE " + roll.column() + " = ? AND curp_hash = ?")
                .params(roll.id(), curpHash).query(VOTER).optional();
    }

    boolean curpUsed(Long processId, String curpHash) {
        return voterByCurp(Roll.process(processId), curpHash).isPresent();
    }

    Voter register(Long processId, String curpHash, Long accountId, Long districtId, VoteChannel channel, Instant now) {
        return register(Roll.process(processId), curpHash, accountId, districtId, channel, now);
    }

    /** Registers a voter; refuses a CURP (or an account) already registered in the roll. */
    Voter register(Roll roll, String curpHash, Long accountId, Long districtId, VoteChannel channel, Instant now) {
        if (voterByCurp(roll, curpHash).isPresent()) {
            throw new InvalidInputException("curp", "participation.error.curpUsed");
        }
        int created;
        try {
            created = jdbc.sql("INSERT INTO pb_voter (" + roll.column() + ", curp_hash, account_id, district_id, "
                    + "channel, registered_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING").params(roll.id(),
                    curpHash, accountId, districtId, channel.name(), utc(now)).update();
        } catch (DataIntegrityViolationException raceOnH2) {
            // PostgreSQL never raises here (and its transaction stays usable); H2 may when two registrations race.
            created = 0;
        }
        if (created == 0) {
            throw new InvalidInputException("curp", "participation.error.curpUsed");
        }
        return new Voter(voterByCurp(roll, curpHash).orElseThrow().id(), districtId, channel);
    }

    /** The projects of the voter's ballot in rank order (empty: no ballot). */
    List<Long> choicesOf(long voterId) {
        return jdbc.sql("SELECT c.project_id FROM pb_ballot b JOIN pb_ballot_choice c ON c.ballot_id = b.id "
                + "WHERE b.voter_id = ? ORDER BY c.choice_rank").param(voterId).query(Long.class).list();
    }

    /**
     * Casts the voter's ballot, or replaces it whole when they had one: a first ballot is one insert of the ballot and
     * one of its choices; a change locks the ballot's row (the update of its time) before its choices are written
     * again, so two changes of the same voter never mix.
     */
    void cast(Long processId, Voter voter, List<Long> choices, String pollingTable, Instant now) {
        KeyHolder made = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO pb_ballot (process_id, voter_id, district_id, channel, polling_table, cast_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING").params(processId, voter.id(),
                    voter.districtId(), voter.channel().name(), pollingTable, utc(now)).update(made, "id");
        } catch (DuplicateKeyException raceOnH2) {
            made.getKeyList().clear();
        }
        Long ballot = made.getKeyList().isEmpty() ? null : ((Number) made.getKeyList().get(0).get("id")).longValue();
        if (ballot == null) {
            // the voter had a ballot (or another request of theirs made it first): take its lock, clear its choices
            jdbc.sql("UPDATE pb_ballot SET cast_at = ? WHERE voter_id = ?").params(utc(now), voter.id()).update();
            ballot = jdbc.sql("SELECT id FROM pb_ballot WHERE voter_id = ?").param(voter.id()).query(Long.class)
                    .single();
            jdbc.sql("DELETE FROM pb_ballot_choice WHERE ballot_id = ?").param(ballot).update();
        }
        if (choices.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO pb_ballot_choice (ballot_id, project_id, choice_rank) VALUES ");
        List<Object> params = new ArrayList<>();
        int rank = 0;
        for (Long project : choices) {
            sql.append(rank == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
            params.add(ballot);
            params.add(project);
            params.add(++rank);
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** A district's amount and its feasible projects with their public cost: what a ballot is checked against. */
    record Choosable(java.math.BigDecimal amount, List<BallotCount.Candidate> candidates) {
    }

    /** What a ballot of the district may choose, in one query (the path of every ballot). */
    Choosable choosableIn(long districtId) {
        java.math.BigDecimal[] amount = new java.math.BigDecimal[1];
        List<BallotCount.Candidate> candidates = new ArrayList<>();
        jdbc.sql("SELECT d.amount, p.id, p.number, p.cost FROM pb_district d LEFT JOIN pb_project p "
                + "ON p.district_id = d.id AND p.status = 'FEASIBLE' WHERE d.id = ? ORDER BY p.number")
                .param(districtId).query(rs -> {
                    amount[0] = rs.getBigDecimal(1);
                    long id = rs.getLong(2);
                    if (!rs.wasNull()) {
                        candidates.add(new BallotCount.Candidate(id, rs.getInt(3), rs.getBigDecimal(4)));
                    }
                });
        return new Choosable(amount[0], List.copyOf(candidates));
    }

    /** The feasible projects of a district with their public cost, as a ballot is checked against them. */
    List<BallotCount.Candidate> candidatesIn(Long districtId) {
        return jdbc.sql("SELECT id, number, cost FROM pb_project WHERE district_id = ? AND status = 'FEASIBLE' "
                + "ORDER BY number").param(districtId)
                .query((rs, i) -> new BallotCount.Candidate(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3))).list();
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
