package org.apertura.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of participatory budget processes. */
interface BudgetProcessRepository extends JpaRepository<BudgetProcess, Long> {

    Optional<BudgetProcess> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<BudgetProcess> findAllByOrderByVotingFromDesc();

    List<BudgetProcess> findByExerciseIdOrderByVotingFromAsc(Long exerciseId);

    /** The processes whose funded projects this commitment executes (ADR 0022). */
    List<BudgetProcess> findByCommitmentIdOrderByVotingFromAsc(Long commitmentId);
}
