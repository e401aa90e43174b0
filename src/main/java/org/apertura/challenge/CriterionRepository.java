package org.apertura.challenge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of rubric criteria. */
interface CriterionRepository extends JpaRepository<Criterion, Long> {

    List<Criterion> findByChallengeIdOrderBySortOrderAsc(Long challengeId);
}
