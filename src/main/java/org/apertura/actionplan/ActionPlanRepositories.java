package org.apertura.actionplan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of exercises. */
interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    Optional<Exercise> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Exercise> findAllByOrderByNameAsc();
}

/** Persistence of plans. */
interface PlanRepository extends JpaRepository<ActionPlan, Long> {

    List<ActionPlan> findByExerciseIdOrderByPeriodStartDesc(Long exerciseId);
}

/** Persistence of commitments. */
interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByPlanIdOrderByCodeAsc(Long planId);

    List<Commitment> findByLeadInstitutionIdOrderByCodeAsc(Long institutionId);

    boolean existsByPlanIdAndCode(Long planId, String code);

    List<Commitment> findByLeadInstitutionIdAndBudgetProgrammeIsNotNullOrderByCodeAsc(Long leadInstitutionId);
}

/** Persistence of milestones. */
interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByCommitmentIdOrderByStartDateAscIdAsc(Long commitmentId);

    List<Milestone> findByCommitmentIdInOrderByStartDateAscIdAsc(Collection<Long> commitmentIds);
}
