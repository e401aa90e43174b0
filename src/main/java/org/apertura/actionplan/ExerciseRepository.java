package org.apertura.actionplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of exercises. */
interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    Optional<Exercise> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Exercise> findAllByOrderByNameAsc();
}
