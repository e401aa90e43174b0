package org.apertura.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of earlier versions of commitments. */
interface CommitmentVersionRepository extends JpaRepository<CommitmentVersion, Long> {

    List<CommitmentVersion> findByCommitmentIdOrderByNumberDesc(Long commitmentId);

    long countByCommitmentId(Long commitmentId);
}
