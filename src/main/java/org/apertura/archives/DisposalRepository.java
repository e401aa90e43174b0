package org.apertura.archives;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisposalRepository extends JpaRepository<Disposal, Long> {

    Optional<Disposal> findByInstitutionSlugAndNumber(String institutionSlug, int number);

    List<Disposal> findByInstitutionSlugOrderByNumberDesc(String institutionSlug);

    long countByInstitutionSlug(String institutionSlug);
}
