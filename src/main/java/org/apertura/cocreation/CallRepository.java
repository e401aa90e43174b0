package org.apertura.cocreation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of calls. */
interface CallRepository extends JpaRepository<Call, Long> {

    Optional<Call> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Call> findByExerciseIdOrderBySubmissionOpensAsc(Long exerciseId);

    List<Call> findAllByOrderBySubmissionOpensDesc();
}
