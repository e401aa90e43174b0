package org.apertura.challenge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of follow-ups. */
interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByChallengeIdOrderByLinkedAtAsc(Long challengeId);

    List<FollowUp> findByMilestoneIdOrderByLinkedAtAsc(Long milestoneId);

    List<FollowUp> findByChallengeIdInOrderByLinkedAtAsc(java.util.Collection<Long> challengeIds);

    boolean existsBySubmissionIdAndMilestoneId(Long submissionId, Long milestoneId);
}
