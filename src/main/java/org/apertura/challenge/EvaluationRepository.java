package org.apertura.challenge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of the jury's evaluations. */
interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    List<Evaluation> findBySubmissionIdIn(Collection<Long> submissionIds);

    Optional<Evaluation> findBySubmissionIdAndJurorId(Long submissionId, Long jurorId);

    boolean existsByJurorIdIn(Collection<Long> jurorIds);
}
