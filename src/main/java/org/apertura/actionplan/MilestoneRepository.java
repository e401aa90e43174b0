package org.apertura.actionplan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of milestones. */
interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByCommitmentIdOrderByStartDateAscIdAsc(Long commitmentId);

    List<Milestone> findByCommitmentIdInOrderByStartDateAscIdAsc(Collection<Long> commitmentIds);
}
