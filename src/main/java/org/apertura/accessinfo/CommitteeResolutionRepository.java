package org.apertura.accessinfo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of committee resolutions. */
interface CommitteeResolutionRepository extends JpaRepository<CommitteeResolution, Long> {

    List<CommitteeResolution> findByRequestIdOrderByIdAsc(Long requestId);

    /** Confirmed reserves in force at some time between two days (the index of reserved files, art. 105). */
    @org.springframework.data.jpa.repository.Query("SELECT c FROM CommitteeResolution c WHERE c.reserveFrom IS NOT NULL"
            + " AND c.reserveFrom <= :last AND c.reserveUntil >= :first ORDER BY c.reserveFrom, c.id")
    List<CommitteeResolution> findReservesInForce(@org.springframework.data.repository.query.Param("first") LocalDate first,
            @org.springframework.data.repository.query.Param("last") LocalDate last);
}
