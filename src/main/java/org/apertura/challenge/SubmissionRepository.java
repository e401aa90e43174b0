package org.apertura.challenge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of submissions. */
interface SubmissionRepository extends JpaRepository<Submission, Long> {

    List<Submission> findByChallengeIdOrderByIdAsc(Long challengeId);

    Optional<Submission> findByTeamId(Long teamId);
}
