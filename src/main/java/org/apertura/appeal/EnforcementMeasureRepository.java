package org.apertura.appeal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The medidas de apremio imposed on appeals (arts. 196–202). */
interface EnforcementMeasureRepository extends JpaRepository<EnforcementMeasure, Long> {

    List<EnforcementMeasure> findByAppealIdOrderByIdAsc(Long appealId);
}
