package org.apertura.challenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything public about a challenge, as its page, its downloads and the API show it: people appear only
 * by their public display name. Scores and places are empty until the results are published.
 */
public record ChallengeDetail(Challenge challenge, String commitmentCode, String commitmentTitle,
        ChallengePhase phase, List<Criterion> rubric, List<String> jury, List<TeamView> teams,
        List<SubmissionView> submissions, List<FollowUpView> followUps) {

    /** A team by name, with its members' display names. */
    public record TeamView(Long id, String name, List<String> members, boolean submitted) {
    }

    /** A submission with, once the results are published, its score, place, prize and every evaluation. */
    public record SubmissionView(Submission submission, String team, BigDecimal score, Integer rank,
            List<EvaluationView> evaluations) {
    }

    /** One jury member's scores on a submission, in the rubric's order. */
    public record EvaluationView(String juror, List<Integer> scores, BigDecimal weighted, String comment) {
    }

    /** A winning submission taken forward by a milestone. */
    public record FollowUpView(Long submissionId, String submission, String team, Long milestoneId,
            String milestone, String note, Instant linkedAt) {
    }
}
