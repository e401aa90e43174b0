package org.apertura.appeal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of the public steps of appeals. */
interface AppealStepRepository extends JpaRepository<AppealStep, Long> {

    List<AppealStep> findByAppealIdOrderByIdAsc(Long appealId);
}
