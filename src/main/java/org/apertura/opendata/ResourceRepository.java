package org.apertura.opendata;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** A dataset's resources in their order. */
public interface ResourceRepository extends JpaRepository<Resource, String> {

    List<Resource> findByDatasetIdOrderByPosition(Long datasetId);

    List<Resource> findByDatasetIdInOrderByDatasetIdAscPositionAsc(Collection<Long> datasetIds);
}
