package org.apertura.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of debates. */
interface DebateRepository extends JpaRepository<Debate, Long> {

    List<Debate> findByProcessIdOrderByNumberAsc(Long processId);

    Optional<Debate> findByProcessIdAndNumber(Long processId, int number);

    @Query("SELECT COALESCE(MAX(d.number), 0) FROM Debate d WHERE d.processId = ?1")
    int maxNumber(Long processId);
}
