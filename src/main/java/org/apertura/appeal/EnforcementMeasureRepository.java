package org.apertura.appeal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The medidas de apremio imposed on appeals (arts. 196–202). */
interface EnforcementMeasureRepository extends JpaRepository<EnforcementMeasure, Long> {

    List<EnforcementMeasure> findByAppealIdOrderByIdAsc(Long appealId);

    /** Every measure, newest imposed first: the public list (arts. 197 ¶2, 196). */
    List<EnforcementMeasure> findAllByOrderByImposedOnDescIdDesc();
}
