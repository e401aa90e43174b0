package org.apertura.archives;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HoldRepository extends JpaRepository<Hold, Long> {

    List<Hold> findByFileIdInAndLiftedOnIsNull(Collection<Long> fileIds);

    List<Hold> findByFileIdOrderByPlacedOnDesc(Long fileId);

    List<Hold> findBySourceKeyIn(Collection<String> sourceKeys);
}
