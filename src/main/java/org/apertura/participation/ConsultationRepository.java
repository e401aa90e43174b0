package org.apertura.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of consultations. */
interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    List<Consultation> findByProcessIdOrderByNumberAsc(Long processId);

    Optional<Consultation> findByProcessIdAndNumber(Long processId, int number);

    @Query("SELECT COALESCE(MAX(c.number), 0) FROM Consultation c WHERE c.processId = ?1")
    int maxNumber(Long processId);

    /** The standalone consultations (ADR 0054), newest first. */
    List<Consultation> findByProcessIdIsNullOrderByOpensOnDescIdDesc();

    Optional<Consultation> findBySlug(String slug);

    @Query("SELECT COALESCE(MAX(c.number), 0) FROM Consultation c WHERE c.processId IS NULL")
    int maxStandaloneNumber();
}
