package org.apertura.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of the projects proposed to a participatory budget. */
interface BudgetProjectRepository extends JpaRepository<BudgetProject, Long> {

    List<BudgetProject> findByProcessIdOrderByNumberAsc(Long processId);

    Optional<BudgetProject> findByProcessIdAndNumber(Long processId, int number);

    @Query("SELECT COALESCE(MAX(p.number), 0) FROM BudgetProject p WHERE p.processId = ?1")
    int maxNumber(Long processId);
}
