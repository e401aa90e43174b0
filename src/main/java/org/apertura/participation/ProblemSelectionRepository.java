package org.apertura.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of problem selections. */
interface ProblemSelectionRepository extends JpaRepository<ProblemSelection, Long> {

    List<ProblemSelection> findByProcessIdOrderByNumberAsc(Long processId);

    Optional<ProblemSelection> findByProcessIdAndNumber(Long processId, int number);

    List<ProblemSelection> findByCallSlugOrderByIdAsc(String callSlug);

    @Query("SELECT COALESCE(MAX(s.number), 0) FROM ProblemSelection s WHERE s.processId = ?1")
    int maxNumber(Long processId);
}
