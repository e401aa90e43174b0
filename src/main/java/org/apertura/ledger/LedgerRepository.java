package org.apertura.ledger;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Persistence of ledger entries: only appends and reads; nothing here updates or deletes. */
interface LedgerRepository extends Repository<LedgerEntry, Long> {

    LedgerEntry save(LedgerEntry entry);

    List<LedgerEntry> findBySeqGreaterThanOrderBySeqAsc(long after, Limit limit);

    List<LedgerEntry> findBySubjectKindAndSubjectIdAndSeqGreaterThanOrderBySeqAsc(String kind, String id, long after,
            Limit limit);

    Page<LedgerEntry> findAllByOrderBySeqDesc(Pageable pageable);

    Page<LedgerEntry> findBySubjectKindOrderBySeqDesc(String kind, Pageable pageable);

    Page<LedgerEntry> findBySubjectKindAndSubjectIdOrderBySeqDesc(String kind, String id, Pageable pageable);

    long count();
}
