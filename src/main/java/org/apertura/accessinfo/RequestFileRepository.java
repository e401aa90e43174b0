package org.apertura.accessinfo;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of answer files. */
interface RequestFileRepository extends JpaRepository<RequestFile, Long> {

    List<RequestFile> findByRequestIdOrderByIdAsc(Long requestId);
}
