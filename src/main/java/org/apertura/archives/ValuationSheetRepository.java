package org.apertura.archives;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ValuationSheetRepository extends JpaRepository<ValuationSheet, Long> {

    List<ValuationSheet> findByInstrumentIdOrderByPosition(Long instrumentId);

    long countByInstrumentId(Long instrumentId);

    void deleteByInstrumentId(Long instrumentId);
}
