package org.apertura.participation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of the districts of a participatory budget. */
interface BudgetDistrictRepository extends JpaRepository<BudgetDistrict, Long> {

    List<BudgetDistrict> findByProcessIdOrderByPositionAsc(Long processId);

    List<BudgetDistrict> findByConsultationIdOrderByPositionAsc(Long consultationId);
}
