package org.apertura.participation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.platform.FieldProblem;

/**
 * The paper count of one polling table (mesa) of a consultation, as its act (acta) records it (ADR 0054): ballots
 * received, valid and void, and the valid ballots of each option. A table is counted once; counts only, never a voter.
 *
 * @param votes valid ballots per option id
 */
public record ConsultationTally(long id, long consultationId, long districtId, String tableSlug, String tableName,
        String actReference, String actSha256, String actType, int received, int valid, int voided, Instant enteredAt,
        Map<Long, Integer> votes) {

    /** The valid ballots of an option at this table (zero when it got none). */
    public int votesOf(long optionId) {
        return votes.getOrDefault(optionId, 0);
    }

    /** What an official enters from the table's act. */
    public record Entry(String tableName, String districtSlug, String actReference, Integer received, Integer valid,
            Integer voided, Map<Long, Integer> votes) {

        /**
         * Every broken rule at once: a table and its act named; received = valid + void, none negative; only the
         * consultation's options, none negative; a paper ballot of a consultation marks one option, so the options'
         * ballots add up to the valid ones.
         */
        public List<FieldProblem> check(Set<Long> options) {
            List<FieldProblem> problems = new ArrayList<>();
            FieldProblem.requiredText(tableName, 200, "tableName", problems);
            FieldProblem.requiredText(actReference, 200, "actReference", problems);
            boolean sums = received != null && valid != null && voided != null && received >= 0 && valid >= 0
                    && voided >= 0 && received == valid + voided;
            if (!sums) {
                problems.add(new FieldProblem("received", "participation.validation.tallySum"));
            }
            if (!options.containsAll(votes.keySet())) {
                problems.add(new FieldProblem("votes", "participation.validation.option"));
            } else if (votes.values().stream().anyMatch(v -> v == null || v < 0)
                    || sums && votes.values().stream().mapToLong(Integer::longValue).sum() != valid) {
                problems.add(new FieldProblem("votes", "participation.validation.consultationTallyVotes",
                        valid == null ? 0 : valid));
            }
            return problems;
        }
    }
}
