package org.apertura.cocreation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of amendments to proposals. */
interface AmendmentRepository extends JpaRepository<Amendment, Long> {

    List<Amendment> findByProposalIdOrderByNumberAsc(Long proposalId);

    @Query("select coalesce(max(a.number), 0) from Amendment a where a.proposalId = ?1")
    int maxNumber(Long proposalId);

    @Query("select a from Amendment a where a.proposalId in (select p.id from Proposal p where p.callId = ?1) "
            + "order by a.proposalId, a.number")
    List<Amendment> findByCall(Long callId);
}
