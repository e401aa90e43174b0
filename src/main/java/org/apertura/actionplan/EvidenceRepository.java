package org.apertura.actionplan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of evidence. */
interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByMilestoneIdInOrderBySubmittedAtAsc(Collection<Long> milestoneIds);
}
