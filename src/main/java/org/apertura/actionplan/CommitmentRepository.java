package org.apertura.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of commitments. */
interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByPlanIdOrderByCodeAsc(Long planId);

    List<Commitment> findByLeadInstitutionIdOrderByCodeAsc(Long institutionId);

    boolean existsByPlanIdAndCode(Long planId, String code);

    List<Commitment> findByLeadInstitutionIdAndBudgetProgrammeIsNotNullOrderByCodeAsc(Long leadInstitutionId);
}
