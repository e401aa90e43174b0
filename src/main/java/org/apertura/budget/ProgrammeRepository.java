package org.apertura.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    List<Programme> findByInstitutionSlug(String institutionSlug);

    List<Programme> findByProgrammeKeyOrderByInstitutionSlugAsc(String programmeKey);

    Optional<Programme> findByInstitutionSlugAndProgrammeKey(String institutionSlug, String programmeKey);
}
