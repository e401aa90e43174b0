package org.apertura.archives;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, Long> {

    List<Visit> findByInstitutionSlugOrderByVisitedOnDescIdDesc(String institutionSlug);
}
