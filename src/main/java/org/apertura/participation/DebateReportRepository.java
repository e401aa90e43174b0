package org.apertura.participation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of reports of debates and their comments. */
interface DebateReportRepository extends JpaRepository<DebateReport, Long> {

    List<DebateReport> findByProcessIdAndResolvedAtIsNullOrderByIdAsc(Long processId);

    List<DebateReport> findByItemKeyAndResolvedAtIsNull(String itemKey);

    boolean existsByItemKeyAndAccountId(String itemKey, Long accountId);
}
