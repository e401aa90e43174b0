package org.apertura.participation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.apertura.platform.intake.Channel;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Voters and ballots, exact under concurrency: a voter is one row per roll (a process's, or a standalone
 * consultation's: {@link Roll}) keyed by the keyed hash of their CURP
 * and (online) by their account, so a person registers once whatever the channel; a ballot is one row per voter
 * holding its choices in rank order, replaced whole under the lock of its row, so a change is never half counted
 * (ADR 0071). Who voted for what stays here: outputs carry counts only.
 */
@Component
class Ballots {

    private final JdbcClient jdbc;
    private final org.apertura.identity.KeyedHashes hashes;

    Ballots(JdbcClient jdbc, org.apertura.identity.KeyedHashes hashes) {
        this.jdbc = jdbc;
        this.hashes = hashes;
    }

    /**
     * What an official enters for a ballot or a consultation's answer that reached a polling table in person or
     * remotely (telephone, messaging, post; theme i's channels), checked once for both: a channel an official enters
     * ({@link Channel#facilitated()}), the voter's CURP (shape and check digit) kept only as its keyed hash, and the
     * table's name (required, at most 200 characters). A field with a problem is null, its problem added.
     */
    record OfficialEntry(Channel channel, String curpHash, String table) {
    }

    /** Checks an official's entry ({@link OfficialEntry}), adding what is wrong to {@code problems}. */
    OfficialEntry officialEntry(Channel channel, String curp, String table, List<FieldProblem> problems) {
        boolean facilitated = channel != null && channel.facilitated();
        if (!facilitated) {
            problems.add(new FieldProblem("channel", "participation.validation.channel"));
        }
        Optional<String> normalised = Curp.normalised(curp);
        if (normalised.isEmpty()) {
            problems.add(new FieldProblem("curp", "participation.validation.curp"));
        }
        boolean tableGiven = !Texts.isBlank(table) && table.strip().length() <= 200;
        if (!tableGiven) {
            problems.add(new FieldProblem("pollingTable", "validation.required.max", 200));
        }
        return new OfficialEntry(facilitated ? channel : null,
                normalised.map(c -> hashes.of(ParticipationService.CURP_KEY, c)).orElse(null),
                tableGiven ? table.strip() : null);
    }

    /** The keyed hash a CURP is kept as in every roll (never the CURP). */
    String curpHash(String normalisedCurp) {
        return hashes.of(ParticipationService.CURP_KEY, normalisedCurp);
    }

    /** A verified voter of a process: where they vote and how they registered. */
    record Voter(long id, long districtId, Channel channel) {
    }

    private static final org.springframework.jdbc.core.RowMapper<Voter> VOTER = (rs, i) -> new Voter(rs.getLong(1),
            rs.getLong(2), Channel.valueOf(rs.getString(3)));

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

    Voter register(Long processId, String curpHash, Long accountId, Long districtId, Channel channel, Instant now) {
        return register(Roll.process(processId), curpHash, accountId, districtId, channel, now);
    }

    /** Registers a voter; refuses a CURP (or an account) already registered in the roll. */
    Voter register(Roll roll, String curpHash, Long accountId, Long districtId, Channel channel, Instant now) {
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
        return jdbc.sql("SELECT choices FROM pb_ballot WHERE voter_id = ?").param(voterId).query(String.class)
                .optional().map(Ballots::parsed).orElse(List.of());
    }

    /**
     * What a vote of this account needs, in one query (the path of every online ballot): the voter, their district's
     * amount and feasible projects, and whether they already cast a ballot. Empty: not a verified voter.
     */
    Optional<Casting> castingOf(Long processId, Long accountId) {
        Voter[] voter = new Voter[1];
        java.math.BigDecimal[] amount = new java.math.BigDecimal[1];
        boolean[] cast = new boolean[1];
        List<BallotCount.Candidate> candidates = new ArrayList<>();
        jdbc.sql("SELECT v.id, v.district_id, v.channel, d.amount, b.id, p.id, p.number, p.cost FROM pb_voter v "
                + "JOIN pb_district d ON d.id = v.district_id LEFT JOIN pb_ballot b ON b.voter_id = v.id "
                + "LEFT JOIN pb_project p ON p.district_id = d.id AND p.status = 'FEASIBLE' "
                + "WHERE v.process_id = ? AND v.account_id = ? ORDER BY p.number").params(processId, accountId)
                .query(rs -> {
                    if (voter[0] == null) {
                        voter[0] = VOTER.mapRow(rs, 0);
                        amount[0] = rs.getBigDecimal(4);
                        rs.getLong(5);
                        cast[0] = !rs.wasNull();
                    }
                    long project = rs.getLong(6);
                    if (!rs.wasNull()) {
                        candidates.add(new BallotCount.Candidate(project, rs.getInt(7), rs.getBigDecimal(8)));
                    }
                });
        return Optional.ofNullable(voter[0])
                .map(v -> new Casting(v, new Choosable(amount[0], List.copyOf(candidates)), cast[0]));
    }

    /** A verified voter about to vote: what their ballot is checked against, and whether it replaces one. */
    record Casting(Voter voter, Choosable choosable, boolean hasBallot) {
    }

    /**
     * Casts the voter's ballot, or replaces it whole when they had one. A ballot is one row holding its choices in
     * rank order (ADR 0071): a first ballot is one insert, a change one update of that row, whose lock makes two
     * changes of the same voter follow each other, so a ballot is never half one cast and half another.
     */
    void cast(Long processId, Voter voter, List<Long> choices, String pollingTable, Instant now) {
        cast(processId, voter, choices, pollingTable, now, false);
    }

    /** As {@link #cast(Long, Voter, List, String, Instant)}, knowing whether the voter had a ballot a moment ago. */
    void cast(Long processId, Voter voter, List<Long> choices, String pollingTable, Instant now, boolean hadBallot) {
        String stored = stored(choices);
        if (hadBallot && replace(voter, stored, now)) {
            return;
        }
        int made;
        try {
            made = jdbc.sql("INSERT INTO pb_ballot (process_id, voter_id, district_id, channel, polling_table, cast_at, "
                    + "choices) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING").params(processId, voter.id(),
                    voter.districtId(), voter.channel().name(), pollingTable, utc(now), stored).update();
        } catch (DuplicateKeyException raceOnH2) {
            made = 0;
        }
        if (made == 0 && !replace(voter, stored, now)) {
            throw new IllegalStateException("The ballot of voter " + voter.id() + " was neither made nor found");
        }
    }

    private boolean replace(Voter voter, String stored, Instant now) {
        return jdbc.sql("UPDATE pb_ballot SET choices = ?, cast_at = ? WHERE voter_id = ?")
                .params(stored, utc(now), voter.id()).update() == 1;
    }

    /** A ballot's choices as stored: the projects' ids in rank order, separated by commas (none: empty). */
    static String stored(List<Long> choices) {
        StringBuilder text = new StringBuilder();
        for (Long project : choices) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(project.longValue());
        }
        return text.toString();
    }

    /** The choices of a stored ballot, in rank order. */
    static List<Long> parsed(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        List<Long> choices = new ArrayList<>();
        int from = 0;
        while (from <= stored.length()) {
            int comma = stored.indexOf(',', from);
            int to = comma < 0 ? stored.length() : comma;
            choices.add(Long.parseLong(stored, from, to, 10));
            from = to + 1;
        }
        return List.copyOf(choices);
    }

    /** A district's amount and its feasible projects with their public cost: what a ballot is checked against. */
    record Choosable(java.math.BigDecimal amount, List<BallotCount.Candidate> candidates) {
    }

    /** The feasible projects of a district with their public cost, as a ballot is checked against them. */
    List<BallotCount.Candidate> candidatesIn(Long districtId) {
        return jdbc.sql("SELECT id, number, cost FROM pb_project WHERE district_id = ? AND status = 'FEASIBLE' "
                + "ORDER BY number").param(districtId)
                .query((rs, i) -> new BallotCount.Candidate(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3))).list();
    }

    /** Every ballot of a district that chose something, each with its choices in rank order, for the count. */
    List<BallotCount.Cast> castIn(Long districtId) {
        List<BallotCount.Cast> cast = new ArrayList<>();
        jdbc.sql("SELECT channel, choices FROM pb_ballot WHERE district_id = ? AND choices <> '' ORDER BY id")
                .param(districtId).query(rs -> {
                    cast.add(new BallotCount.Cast(parsed(rs.getString(2)), Channel.valueOf(rs.getString(1))));
                });
        return cast;
    }

    /** Ballots cast so far per channel in a process (a count, never who). */
    Map<Channel, Long> countByChannel(Long processId) {
        Map<Channel, Long> counts = new LinkedHashMap<>();
        for (Channel c : Channel.values()) {
            counts.put(c, 0L);
        }
        jdbc.sql("SELECT channel, COUNT(*) FROM pb_ballot WHERE process_id = ? GROUP BY channel").param(processId)
                .query(rs -> {
                    counts.put(Channel.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private static OffsetDateTime utc(Instant now) {
        return OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }
}
