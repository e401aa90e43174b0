package org.apertura.cocreation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of earlier texts of proposals. */
interface ProposalVersionRepository extends JpaRepository<ProposalVersion, Long> {

    List<ProposalVersion> findByProposalIdOrderByNumberDesc(Long proposalId);

    long countByProposalId(Long proposalId);
}
