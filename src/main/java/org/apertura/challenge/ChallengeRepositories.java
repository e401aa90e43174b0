package org.apertura.challenge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of challenges. */
interface ChallengeRepository extends JpaRepository<Challenge, Long> {

    Optional<Challenge> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Challenge> findAllByOrderBySubmissionsOpenDescIdDesc();

    List<Challenge> findByCommitmentIdOrderBySubmissionsOpenDesc(Long commitmentId);

    List<Challenge> findByExerciseSlugOrderBySubmissionsOpenDesc(String exerciseSlug);
}

/** Persistence of rubric criteria. */
interface CriterionRepository extends JpaRepository<Criterion, Long> {

    List<Criterion> findByChallengeIdOrderBySortOrderAsc(Long challengeId);
}

/** Persistence of jury members. */
interface JurorRepository extends JpaRepository<Juror, Long> {

    List<Juror> findByChallengeIdOrderByIdAsc(Long challengeId);

    Optional<Juror> findByChallengeIdAndAccountId(Long challengeId, Long accountId);
}

/** Persistence of teams. */
interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findByChallengeIdOrderByRegisteredAtAscIdAsc(Long challengeId);

    boolean existsByChallengeIdAndNameKey(Long challengeId, String nameKey);

    Optional<Team> findByChallengeIdAndJoinCode(Long challengeId, String joinCode);
}

/** Persistence of team members. */
interface TeamMemberRepository extends JpaRepository<TeamMember, TeamMember.Key> {

    List<TeamMember> findByChallengeIdOrderByJoinedAtAsc(Long challengeId);

    Optional<TeamMember> findByChallengeIdAndAccountId(Long challengeId, Long accountId);
}

/** Persistence of submissions. */
interface SubmissionRepository extends JpaRepository<Submission, Long> {

    List<Submission> findByChallengeIdOrderByIdAsc(Long challengeId);

    Optional<Submission> findByTeamId(Long teamId);
}

/** Persistence of the jury's evaluations. */
interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    List<Evaluation> findBySubmissionIdIn(Collection<Long> submissionIds);

    Optional<Evaluation> findBySubmissionIdAndJurorId(Long submissionId, Long jurorId);

    boolean existsByJurorIdIn(Collection<Long> jurorIds);
}

/** Persistence of follow-ups. */
interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByChallengeIdOrderByLinkedAtAsc(Long challengeId);

    List<FollowUp> findByMilestoneIdOrderByLinkedAtAsc(Long milestoneId);

    boolean existsBySubmissionIdAndMilestoneId(Long submissionId, Long milestoneId);
}
