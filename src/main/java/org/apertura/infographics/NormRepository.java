package org.apertura.infographics;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NormRepository extends JpaRepository<Norm, Long> {

    Optional<Norm> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Norm> findAllByOrderByTitle();
}
