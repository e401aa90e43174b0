package org.apertura.opendata;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Datasets by name, by institution, by the platform list they stand for. */
public interface DatasetRepository extends JpaRepository<Dataset, Long> {

    Optional<Dataset> findByName(String name);

    Optional<Dataset> findBySourceKey(String sourceKey);

    boolean existsByName(String name);

    List<Dataset> findByInstitutionSlugOrderByTitle(String institutionSlug);

    List<Dataset> findByInstitutionSlugInOrderByMetadataModifiedDesc(java.util.Collection<String> institutionSlugs);

    List<Dataset> findByStateOrderByName(DatasetState state);

    long countByState(DatasetState state);
}
