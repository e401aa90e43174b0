package org.apertura.cocreation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of proposals' pictures and documents. */
interface ProposalFileRepository extends JpaRepository<ProposalFile, Long> {

    List<ProposalFile> findByProposalIdOrderByIdAsc(Long proposalId);

    List<ProposalFile> findByProposalIdInOrderByIdAsc(Collection<Long> proposalIds);

    long countByProposalIdAndKind(Long proposalId, org.apertura.platform.media.Attachments.Kind kind);
}
