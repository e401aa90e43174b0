package org.apertura.participation;

import java.util.Collection;
import java.util.List;
import org.apertura.platform.media.Attachments;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of budget projects' pictures and documents. */
interface ProjectFileRepository extends JpaRepository<ProjectFile, Long> {

    List<ProjectFile> findByProjectIdOrderByIdAsc(Long projectId);

    List<ProjectFile> findByProjectIdInOrderByIdAsc(Collection<Long> projectIds);

    long countByProjectIdAndKind(Long projectId, Attachments.Kind kind);
}
