package org.apertura.challenge;

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
