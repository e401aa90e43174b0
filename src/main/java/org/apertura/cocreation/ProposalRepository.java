package org.apertura.cocreation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of proposals. */
interface ProposalRepository extends JpaRepository<Proposal, Long> {

    List<Proposal> findByCallIdOrderByNumberAsc(Long callId);

    @Query("select coalesce(max(p.number), 0) from Proposal p where p.callId = ?1")
    int maxNumber(Long callId);

    @Query("select p from Proposal p join p.commitmentIds c where c = ?1 order by p.callId, p.number")
    List<Proposal> findFeeding(Long commitmentId);
}
