package org.apertura.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of assessments. */
interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByCommitmentIdOrderByAssessedAtDescIdDesc(Long commitmentId);
}
