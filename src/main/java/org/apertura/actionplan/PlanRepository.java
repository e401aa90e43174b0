package org.apertura.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of plans. */
interface PlanRepository extends JpaRepository<ActionPlan, Long> {

    List<ActionPlan> findByExerciseIdOrderByPeriodStartDesc(Long exerciseId);
}
