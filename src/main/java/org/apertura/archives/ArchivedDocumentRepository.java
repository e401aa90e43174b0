package org.apertura.archives;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArchivedDocumentRepository extends JpaRepository<ArchivedDocument, Long> {

    List<ArchivedDocument> findByFileIdOrderByPosition(Long fileId);

    boolean existsByFileIdAndSourceKey(Long fileId, String sourceKey);
}
