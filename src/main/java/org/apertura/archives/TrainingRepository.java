package org.apertura.archives;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingRepository extends JpaRepository<Training, Long> {

    List<Training> findByInstitutionSlugOrderByHeldOnDescIdDesc(String institutionSlug);
}
