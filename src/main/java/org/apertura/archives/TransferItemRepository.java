package org.apertura.archives;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TransferItemRepository extends JpaRepository<TransferItem, Long> {

    List<TransferItem> findByTransferIdOrderByPosition(Long transferId);

    long countByTransferId(Long transferId);
}
