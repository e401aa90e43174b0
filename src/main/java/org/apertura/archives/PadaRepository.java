package org.apertura.archives;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PadaRepository extends JpaRepository<Pada, Long> {

    Optional<Pada> findByInstitutionSlugAndPlanYear(String institutionSlug, int planYear);

    List<Pada> findByInstitutionSlugOrderByPlanYearDesc(String institutionSlug);
}
