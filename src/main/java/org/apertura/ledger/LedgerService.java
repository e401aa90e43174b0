package org.apertura.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to write public history, and to read and verify it. An append joins the caller's
 * transaction: the change and its history entry commit together or not at all.
 */
@Service
public class LedgerService {

    private static final int VERIFY_BATCH = 1000;

    private final LedgerRepository entries;
    private final LedgerHeadRepository heads;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LedgerService(LedgerRepository entries, LedgerHeadRepository heads, Clock clock, ApplicationEventPublisher events) {
        this.entries = entries;
        this.heads = heads;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Appends a public change. {@code payload} must hold only public data (never a requester's or an
     * author's personal data); it is stored as canonical JSON.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerEntry append(String module, String type, String subjectKind, Object subjectId,
            Map<String, ?> payload) {
        requireCode("module", module, 40);
        requireCode("type", type, 80);
        requireCode("subjectKind", subjectKind, 60);
        String id = String.valueOf(subjectId);
        if (subjectId == null || id.isBlank() || id.length() > 100) {
            throw new IllegalArgumentException("subjectId is required (at most 100 characters)");
        }
        LedgerHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("ledger_head row missing"));
        LedgerEntry entry = new LedgerEntry(head.getLastSeq() + 1, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                module, type, subjectKind, id, CanonicalJson.write(payload), head.getLastHash());
        entries.save(entry);
        head.advance(entry);
        events.publishEvent(new LedgerEntryAppended(entry.getSeq(), module, type, subjectKind, id));
        return entry;
    }

    /** Entries after a sequence number, oldest first (for followers and mirrors). */
    @Transactional(readOnly = true)
    public List<LedgerEntry> after(long seq, int limit) {
        return entries.findBySeqGreaterThanOrderBySeqAsc(seq, Limit.of(limit));
    }

    /** The history of one subject after a sequence number, oldest first. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> subjectAfter(String kind, String id, long seq, int limit) {
        return entries.findBySubjectKindAndSubjectIdAndSeqGreaterThanOrderBySeqAsc(kind, id, seq, Limit.of(limit));
    }

    /** Newest first, for people; optionally only one kind of subject, or one subject. */
    @Transactional(readOnly = true)
    public Page<LedgerEntry> newestFirst(String kind, String id, int page, int size) {
        PageRequest request = PageRequest.of(org.apertura.platform.web.Paging.index(page), size);
        if (kind != null && !kind.isBlank() && id != null && !id.isBlank()) {
            return entries.findBySubjectKindAndSubjectIdOrderBySeqDesc(kind, id, request);
        }
        if (kind != null && !kind.isBlank()) {
            return entries.findBySubjectKindOrderBySeqDesc(kind, request);
        }
        return entries.findAllByOrderBySeqDesc(request);
    }

    /**
     * Re-reads the whole chain and recomputes every hash. Any edited, deleted, inserted or reordered row
     * makes it invalid, and names the first sequence number where the chain no longer holds.
     */
    @Transactional(readOnly = true)
    public LedgerVerification verify() {
        LedgerHead head = heads.readHead().orElseThrow(() -> new IllegalStateException("ledger_head row missing"));
        long expectedSeq = 1;
        String previousHash = LedgerEntry.GENESIS;
        long count = 0;
        while (true) {
            List<LedgerEntry> batch = entries.findBySeqGreaterThanOrderBySeqAsc(expectedSeq - 1, Limit.of(VERIFY_BATCH));
            if (batch.isEmpty()) {
                break;
            }
            for (LedgerEntry entry : batch) {
                if (entry.getSeq() != expectedSeq || !entry.getPrevHash().equals(previousHash)
                        || !entry.getHash().equals(entry.computeHash())) {
                    return new LedgerVerification(false, entries.count(), head.getLastHash(), expectedSeq);
                }
                previousHash = entry.getHash();
                expectedSeq++;
                count++;
            }
        }
        if (head.getLastSeq() != count || !head.getLastHash().equals(previousHash)) {
            return new LedgerVerification(false, count, head.getLastHash(), Math.min(expectedSeq, head.getLastSeq()));
        }
        return new LedgerVerification(true, count, previousHash, null);
    }

    private static void requireCode(String name, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " is required (at most " + max + " characters)");
        }
    }
}
