package org.apertura.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import org.apertura.platform.security.PublicActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to write public history, and to read and verify it. An append joins the caller's
 * transaction: the change and its history entry commit together or not at all. The head row is locked once per
 * transaction, at its first append, and the transaction's further appends chain after it without asking again, so
 * a change that writes thousands of entries (a calendar moving every deadline) holds one lock and writes its
 * entries in JDBC batches. Other modules hear of the transaction's entries once, as one {@link LedgerEntriesAppended}
 * published inside it just before it commits, so what they do per transaction costs a few queries, not a few per
 * entry (docs/adr/0082).
 *
 * <p>{@link #verify()} re-checks the whole chain; it runs every hour on one node and records how far the chain was
 * found sound ({@code ledger_checkpoint}), or where it broke. Pages and the API ask {@link #verifyRecent()}, which
 * re-checks only what came after that checkpoint (and the checkpoint's own entry): a view costs the entries
 * appended since the last one, not the whole history. A break found by either is reported by both until the chain
 * is sound again.
 */
@Service
public class LedgerService {

    private static final int VERIFY_BATCH = 1000;

    private final LedgerRepository entries;
    private final LedgerHeadRepository heads;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate checkpointWrites;
    private final io.micrometer.core.instrument.Timer appendTimer;
    private final LedgerPageChanges pageChanges;
    @PersistenceContext
    private EntityManager entityManager;

    LedgerService(LedgerRepository entries, LedgerHeadRepository heads, Clock clock, ApplicationEventPublisher events,
            JdbcTemplate jdbc, PlatformTransactionManager transactions,
            org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters,
            LedgerPageChanges pageChanges) {
        this.jdbc = jdbc;
        this.pageChanges = pageChanges;
        io.micrometer.core.instrument.MeterRegistry registry = meters.getIfAvailable(
                io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
        this.appendTimer = io.micrometer.core.instrument.Timer.builder("apertura.ledger.append")
                .description("Time to chain one ledger entry (the first of a transaction waits for the head lock)")
                .register(registry);
        this.checkpointWrites = new TransactionTemplate(transactions);
        this.checkpointWrites.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        long started = System.nanoTime();
        try {
            return chain(module, type, subjectKind, subjectId, payload, mentions);
        } finally {
            appendTimer.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private LedgerEntry chain(String module, String type, String subjectKind, Object subjectId,
            Map<String, ?> payload, Map<String, ? extends Collection<String>> mentions) {
        requireCode("module", module, 40);
        requireCode("type", type, 80);
        requireCode("subjectKind", subjectKind, 60);
        String id = String.valueOf(subjectId);
        if (subjectId == null || id.isBlank() || id.length() > 100) {
            throw new IllegalArgumentException("subjectId is required (at most 100 characters)");
        }
        Chain chain = chainOfThisTransaction();
        LedgerHead head = chain.head;
        LedgerEntry entry = new LedgerEntry(head.getLastSeq() + 1, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                module, type, subjectKind, id, CanonicalJson.write(payload), head.getLastHash());
        entityManager.persist(entry); // a new row by construction: no read before the insert
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
        chain.pending.add(new LedgerEntryAppended(entry.getSeq(), module, type, subjectKind, id, entry.getPayload(),
                PublicActor.currentId()));
        return entry;
    }

    /**
     * What this transaction's appends share: the head, locked by its first append and kept for the later ones (one
     * lock per transaction, whatever the number of entries), and the entries not yet told to the listeners, published
     * as one {@link LedgerEntriesAppended} just before the commit.
     */
    private Chain chainOfThisTransaction() {
        EntityManager own = ((org.springframework.orm.jpa.EntityManagerProxy) entityManager).getTargetEntityManager();
        Object held = TransactionSynchronizationManager.getResource(CHAIN_KEY);
        if (held instanceof Chain chain && chain.entityManager == own) {
            if (!entityManager.contains(chain.head)) {
                // the caller cleared the persistence context after flushing the head (a long import): the row is
                // still locked by this transaction, read it again
                chain.head = lockHead();
            }
            return chain;
        }
        // first append of the transaction; or of a new transaction run inside or after one that appended (its own
        // chain, put back when this one ends)
        Chain chain = new Chain(own, held instanceof Chain outer ? outer : null, lockHead());
        TransactionSynchronizationManager.registerSynchronization(chain);
        TransactionSynchronizationManager.unbindResourceIfPossible(CHAIN_KEY);
        TransactionSynchronizationManager.bindResource(CHAIN_KEY, chain);
        return chain;
    }

    private LedgerHead lockHead() {
        LedgerHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("ledger_head row missing"));
        headLocks.incrementAndGet();
        return head;
    }

    /** The appends of one transaction (see {@link #chainOfThisTransaction()}). */
    private final class Chain implements TransactionSynchronization {

        private final EntityManager entityManager;
        private final Chain outer;
        private final List<LedgerEntryAppended> pending = new ArrayList<>();
        private LedgerHead head;

        Chain(EntityManager entityManager, Chain outer, LedgerHead head) {
            this.entityManager = entityManager;
            this.outer = outer;
            this.head = head;
        }

        /**
         * Tells the listeners, in the transaction, of every entry it appended (and of those they append in turn),
         * after writing out what the transaction changed, so a listener's own queries (JDBC too) see it all.
         */
        @Override
        public void beforeCommit(boolean readOnly) {
            while (!pending.isEmpty()) {
                entityManager.flush();
                List<LedgerEntryAppended> batch = List.copyOf(pending);
                pending.clear();
                events.publishEvent(new LedgerEntriesAppended(batch));
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(CHAIN_KEY);
            if (outer != null) {
                TransactionSynchronizationManager.bindResource(CHAIN_KEY, outer);
            }
            pageChanges.appended(); // the kept readers' pages read the head again (docs/adr/0063)
        }
    }

    private static final Object CHAIN_KEY = new Object();
    private final java.util.concurrent.atomic.AtomicLong headLocks = new java.util.concurrent.atomic.AtomicLong();

    /** How many times this node has locked the head row since it started (one per transaction that appends). */
    long headLocks() {
        return headLocks.get();
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
     * The newest entries about any of several subjects, or that mention one of them, each once, newest first: the
     * history of a page that follows more than one subject (a plan and its commitments, a call and its proposals), in
     * one query. {@code subjects} names, by kind, the ids followed; kinds with no ids are left out.
     */
    @Transactional(readOnly = true)
    public List<LedgerEntry> newestAbout(Map<String, ? extends Collection<String>> subjects, int limit) {
        List<Map.Entry<String, ? extends Collection<String>>> kinds = subjects.entrySet().stream()
                .filter(k -> !k.getValue().isEmpty()).<Map.Entry<String, ? extends Collection<String>>>map(k -> k)
                .toList();
        if (kinds.isEmpty() || limit <= 0) {
            return List.of();
        }
        StringBuilder own = new StringBuilder();
        StringBuilder mentioned = new StringBuilder();
        for (int i = 0; i < kinds.size(); i++) {
            String or = i == 0 ? "" : " OR ";
            own.append(or).append("(e.subjectKind = :kind").append(i).append(" AND e.subjectId IN :ids").append(i)
                    .append(')');
            mentioned.append(or).append("(m.subjectKind = :kind").append(i).append(" AND m.subjectId IN :ids")
                    .append(i).append(')');
        }
        var query = entityManager.createQuery("SELECT e FROM LedgerEntry e WHERE " + own
                + " OR e.seq IN (SELECT m.seq FROM LedgerMention m WHERE " + mentioned + ") ORDER BY e.seq DESC",
                LedgerEntry.class).setMaxResults(limit);
        for (int i = 0; i < kinds.size(); i++) {
            query.setParameter("kind" + i, kinds.get(i).getKey()).setParameter("ids" + i, kinds.get(i).getValue());
        }
        return query.getResultList();
    }

    /**
     * Re-reads the whole chain and recomputes every hash. Any edited, deleted, inserted or reordered row
     * makes it invalid, and names the first sequence number where the chain no longer holds. Checks the chain up to
     * the head as it was when the check began (appends committed meanwhile are left for the next check), and records
     * the outcome as the checkpoint {@link #verifyRecent()} starts from.
     */
    @Transactional(readOnly = true)
    public LedgerVerification verify() {
        LedgerHead head = heads.readHead().orElseThrow(() -> new IllegalStateException("ledger_head row missing"));
        LedgerVerification result = check(0, LedgerEntry.GENESIS, head.getLastSeq(), head.getLastHash());
        record(result);
        return result;
    }

    /**
     * Verifies what was appended since the last verified checkpoint, after checking the checkpoint's own entry still
     * holds its hash; the whole chain when there is no sound checkpoint (a break recorded, the checkpoint's entry
     * changed or gone, the head behind it). What it vouches for is the chain as the hourly full verification last found
     * it plus every entry since; the full verification ({@link #verify()}) is what looks again at older entries.
     */
    @Transactional(readOnly = true)
    public LedgerVerification verifyRecent() {
        Map<String, Object> checkpoint = jdbc.queryForMap(
                "SELECT verified_seq, verified_hash, broken_seq FROM ledger_checkpoint WHERE id = 1");
        long verifiedSeq = ((Number) checkpoint.get("verified_seq")).longValue();
        String verifiedHash = ((String) checkpoint.get("verified_hash")).trim();
        LedgerHead head = heads.readHead().orElseThrow(() -> new IllegalStateException("ledger_head row missing"));
        if (checkpoint.get("broken_seq") != null || verifiedSeq > head.getLastSeq() || !checkpointHolds(verifiedSeq, verifiedHash)) {
            return verify();
        }
        LedgerVerification recent = check(verifiedSeq, verifiedHash, head.getLastSeq(), head.getLastHash());
        if (!recent.valid()) {
            return verify(); // names the first broken entry of the whole chain
        }
        record(recent);
        return recent;
    }

    /** Every hour (and on one node only), the whole chain, so a change to an old entry is found and reported. */
    @Scheduled(cron = "${apertura.ledger.full-verification-cron:0 17 * * * *}")
    @Transactional(readOnly = true)
    public void verifyEverything() {
        verify();
    }

    private boolean checkpointHolds(long seq, String hash) {
        if (seq == 0) {
            return LedgerEntry.GENESIS.equals(hash);
        }
        List<LedgerEntry> at = entries.findBySeqGreaterThanOrderBySeqAsc(seq - 1, Limit.of(1));
        return !at.isEmpty() && at.get(0).getSeq() == seq && at.get(0).getHash().equals(hash)
                && at.get(0).computeHash().equals(hash);
    }

    /** Checks the entries after {@code fromSeq} (whose hash is {@code fromHash}) up to the head given. */
    private LedgerVerification check(long fromSeq, String fromHash, long headSeq, String headHash) {
        long expectedSeq = fromSeq + 1;
        String previousHash = fromHash;
        while (expectedSeq <= headSeq) {
            List<LedgerEntry> batch = entries.findBySeqGreaterThanOrderBySeqAsc(expectedSeq - 1,
                    Limit.of((int) Math.min(VERIFY_BATCH, headSeq - expectedSeq + 1)));
            if (batch.isEmpty()) {
                break;
            }
            for (LedgerEntry entry : batch) {
                if (entry.getSeq() != expectedSeq || !entry.getPrevHash().equals(previousHash)
                        || !entry.getHash().equals(entry.computeHash())) {
                    return new LedgerVerification(false, entries.count(), headHash, expectedSeq);
                }
                previousHash = entry.getHash();
                expectedSeq++;
            }
            if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                entityManager.clear(); // a long chain is read in bounded memory (nothing of the caller's to lose)
            }
        }
        long checked = expectedSeq - 1;
        if (headSeq != checked || !headHash.equals(previousHash)) {
            return new LedgerVerification(false, checked, headHash, Math.min(expectedSeq, headSeq));
        }
        return new LedgerVerification(true, checked, previousHash, null);
    }

    /** Keeps the outcome as the checkpoint: how far the chain is sound, or where it broke (own transaction). */
    private void record(LedgerVerification result) {
        checkpointWrites.executeWithoutResult(status -> {
            if (result.valid()) {
                jdbc.update("UPDATE ledger_checkpoint SET verified_seq = ?, verified_hash = ?, broken_seq = NULL,"
                        + " checked_at = ? WHERE id = 1 AND (verified_seq <= ? OR broken_seq IS NOT NULL)",
                        result.entries(), result.head(), Timestamp.from(clock.instant()), result.entries());
            } else {
                jdbc.update("UPDATE ledger_checkpoint SET broken_seq = ?, checked_at = ? WHERE id = 1",
                        result.firstBrokenSeq(), Timestamp.from(clock.instant()));
            }
        });
    }

    private static void requireCode(String name, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " is required (at most " + max + " characters)");
        }
    }
}
