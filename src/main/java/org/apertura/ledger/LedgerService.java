package org.apertura.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    LedgerService(LedgerRepository entries, LedgerHeadRepository heads, Clock clock, ApplicationEventPublisher events,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        return append(module, type, subjectKind, subjectId, payload, Map.of());
    }

    /**
     * Appends a public change that is also about other subjects than its own, by kind (e.g. the contracting
     * processes of a batch of releases, which the payload names): the history of each of them lists the entry
     * ({@link #newestFirst}, {@link #subjectAfter}). The mentions are an index of the payload, outside the hash.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerEntry append(String module, String type, String subjectKind, Object subjectId,
            Map<String, ?> payload, Map<String, ? extends Collection<String>> mentions) {
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
        List<Object[]> rows = new ArrayList<>();
        mentions.forEach((kind, ids) -> {
            requireCode("mention kind", kind, 60);
            new LinkedHashSet<>(ids).forEach(mentioned -> {
                if (mentioned != null && !mentioned.isBlank() && mentioned.length() <= 100
                        && !(kind.equals(subjectKind) && mentioned.equals(id))) {
                    rows.add(new Object[] {kind, mentioned, entry.getSeq()});
                }
            });
        });
        if (!rows.isEmpty()) {
            entries.flush(); // the mentions point at the entry
            jdbc.batchUpdate("INSERT INTO ledger_mention (subject_kind, subject_id, seq) VALUES (?, ?, ?)", rows);
        }
        events.publishEvent(new LedgerEntryAppended(entry.getSeq(), module, type, subjectKind, id));
        return entry;
    }

    /** Entries after a sequence number, oldest first (for followers and mirrors). */
    @Transactional(readOnly = true)
    public List<LedgerEntry> after(long seq, int limit) {
        return entries.findBySeqGreaterThanOrderBySeqAsc(seq, Limit.of(limit));
    }

    /** The history of one subject after a sequence number, oldest first (entries that mention it included). */
    @Transactional(readOnly = true)
    public List<LedgerEntry> subjectAfter(String kind, String id, long seq, int limit) {
        return entries.subjectAfter(kind, id, seq, Limit.of(limit));
    }

    /**
     * Newest first, for people; optionally only one kind of subject, or one subject: entries about it or that
     * mention it.
     */
    @Transactional(readOnly = true)
    public Page<LedgerEntry> newestFirst(String kind, String id, int page, int size) {
        PageRequest request = PageRequest.of(org.apertura.platform.web.Paging.index(page), size);
        if (kind != null && !kind.isBlank() && id != null && !id.isBlank()) {
            return entries.aboutSubject(kind, id, request);
        }
        if (kind != null && !kind.isBlank()) {
            return entries.aboutKind(kind, request);
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
