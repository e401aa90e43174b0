package org.apertura.cocreation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of working tables. */
interface WorkingTableRepository extends JpaRepository<WorkingTable, Long> {

    List<WorkingTable> findByCallIdOrderByNumberAsc(Long callId);

    @Query("select coalesce(max(t.number), 0) from WorkingTable t where t.callId = ?1")
    int maxNumber(Long callId);

    @Query("select t from WorkingTable t join t.proposalIds p where p = ?1 order by t.heldAt")
    List<WorkingTable> findTakingUp(Long proposalId);
}
