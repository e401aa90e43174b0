package org.apertura.archives;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisposalItemRepository extends JpaRepository<DisposalItem, Long> {

    List<DisposalItem> findByDisposalIdOrderByPosition(Long disposalId);

    long countByDisposalId(Long disposalId);
}
