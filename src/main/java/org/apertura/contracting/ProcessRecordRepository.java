package org.apertura.contracting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessRecordRepository extends JpaRepository<ProcessRecord, String> {

    List<ProcessRecord> findByBuyerSlugOrderByUpdatedAtDesc(String buyerSlug);
}
