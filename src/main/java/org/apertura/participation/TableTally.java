package org.apertura.participation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;

/**
 * The paper count of one polling table (mesa), as its act (acta) records it: ballots received, valid and void, and the
 * votes of each project of the table's district. A correction is a new version with a public reason; the earlier
 * versions stay public. Counts only: a table tally never names a voter.
 *
 * @param version 1 for the first entry, then one more per correction
 * @param votes votes per project id (projects of the table's district only)
 */
public record TableTally(long id, long processId, long districtId, String tableSlug, String tableName, int version,
        String actReference, String actSha256, String actType, int received, int valid, int voided, String reason,
        Instant enteredAt, Map<Long, Integer> votes) {

    /** Whether it corrects an earlier version (and so carries a public reason). */
    public boolean isCorrection() {
        return version > 1;
    }

    /** The votes of a project at this table (zero when it got none). */
    public int votesOf(long projectId) {
        return votes.getOrDefault(projectId, 0);
    }

    /** What an official enters from the table's act. */
    public record Entry(String tableName, String districtSlug, String actReference, Integer received, Integer valid,
            Integer voided, Map<Long, Integer> votes, String reason) {

        /**
         * Every broken rule at once: a table and its act named; received = valid + void, none negative; each project a
         * feasible project of the district, with no more votes than valid ballots (a paper ballot names a project
         * once); a ranked process takes its paper ballots one by one (points need each ballot's order); a correction
         * (the table already has a count) carries its public reason.
         */
        public List<FieldProblem> check(VotingRule rule, Set<Long> candidates, boolean correcting) {
            List<FieldProblem> problems = new ArrayList<>();
            if (rule == VotingRule.RANKED) {
                problems.add(new FieldProblem("tableName", "participation.error.tallyRanked"));
                return problems;
            }
            FieldProblem.requiredText(tableName, 200, "tableName", problems);
            FieldProblem.requiredText(actReference, 200, "actReference", problems);
            if (received == null || valid == null || voided == null || received < 0 || valid < 0 || voided < 0
                    || received != valid + voided) {
                problems.add(new FieldProblem("received", "participation.validation.tallySum"));
            }
            for (Map.Entry<Long, Integer> e : votes.entrySet()) {
                if (!candidates.contains(e.getKey())) {
                    problems.add(new FieldProblem("votes", "participation.error.notCandidate"));
                    break;
                }
                if (e.getValue() == null || e.getValue() < 0 || valid != null && e.getValue() > valid) {
                    problems.add(new FieldProblem("votes", "participation.validation.tallyVotes"));
                    break;
                }
            }
            if (correcting && (Texts.isBlank(reason) || reason.strip().length() > 2000)) {
                problems.add(new FieldProblem("reason", "participation.validation.correctionReason"));
            }
            return problems;
        }
    }
}
