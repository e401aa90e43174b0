package org.apertura.ledger;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Persistence of ledger entries: only appends and reads; nothing here updates or deletes. */
interface LedgerRepository extends Repository<LedgerEntry, Long> {

    LedgerEntry save(LedgerEntry entry);

    void flush();

    List<LedgerEntry> findBySeqGreaterThanOrderBySeqAsc(long after, Limit limit);

    /** Entries about a subject, or that mention it, after a sequence number, oldest first. */
    @Query("SELECT e FROM LedgerEntry e WHERE e.seq > :after AND (e.subjectKind = :kind AND e.subjectId = :id "
            + "OR e.seq IN (SELECT m.seq FROM LedgerMention m WHERE m.subjectKind = :kind AND m.subjectId = :id)) "
            + "ORDER BY e.seq ASC")
    List<LedgerEntry> subjectAfter(@Param("kind") String kind, @Param("id") String id, @Param("after") long after,
            Limit limit);

    Page<LedgerEntry> findAllByOrderBySeqDesc(Pageable pageable);

    /** Entries about a kind of subject, or that mention one of that kind, newest first. */
    @Query(value = "SELECT e FROM LedgerEntry e WHERE e.subjectKind = :kind "
            + "OR e.seq IN (SELECT m.seq FROM LedgerMention m WHERE m.subjectKind = :kind) ORDER BY e.seq DESC",
            countQuery = "SELECT COUNT(e) FROM LedgerEntry e WHERE e.subjectKind = :kind "
            + "OR e.seq IN (SELECT m.seq FROM LedgerMention m WHERE m.subjectKind = :kind)")
    Page<LedgerEntry> aboutKind(@Param("kind") String kind, Pageable pageable);

    /** Entries about a subject, or that mention it, newest first. */
    @Query(value = "SELECT e FROM LedgerEntry e WHERE e.subjectKind = :kind AND e.subjectId = :id "
            + "OR e.seq IN (SELECT m.seq FROM LedgerMention m WHERE m.subjectKind = :kind AND m.subjectId = :id) "
            + "ORDER BY e.seq DESC",
            countQuery = "SELECT COUNT(e) FROM LedgerEntry e WHERE e.subjectKind = :kind AND e.subjectId = :id "
            + "OR e.seq IN (SELECT m.seq FROM LedgerMention m WHERE m.subjectKind = :kind AND m.subjectId = :id)")
    Page<LedgerEntry> aboutSubject(@Param("kind") String kind, @Param("id") String id, Pageable pageable);

    long count();
}
