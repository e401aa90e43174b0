package org.apertura.archives;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArchiveAreaRepository extends JpaRepository<ArchiveArea, Long> {

    List<ArchiveArea> findByInstitutionSlugOrderByKindAscUnitAsc(String institutionSlug);

    Optional<ArchiveArea> findByInstitutionSlugAndKindAndUnit(String institutionSlug, ArchiveKind kind, String unit);
}
