package org.apertura.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetSnapshotRepository extends JpaRepository<BudgetSnapshot, Long> {

    List<BudgetSnapshot> findByBudgetIdOrderByIdDesc(Long budgetId);

    Optional<BudgetSnapshot> findFirstByBudgetIdAndKindOrderByIdDesc(Long budgetId, BudgetKind kind);
}
