package org.apertura.secretariat;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of bodies. */
interface BodyRepository extends JpaRepository<CollegiateBody, Long> {

    Optional<CollegiateBody> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<CollegiateBody> findAllByOrderByNameAsc();
}
