package org.apertura.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger at scale: the appends of one transaction lock the head once and chain exactly as one by one, and a
 * view verifies only what came after the last verified checkpoint while a break anywhere is still reported.
 */
@IntegrationTest
class LedgerScaleTest {

    private static final int MANY = 5_000;

    @Autowired
    LedgerService ledger;
    @Autowired
    LedgerRepository entries;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;

    @Test
    void thousandsOfAppendsInOneTransactionLockTheHeadOnceAndChainAsOneByOne() {
        long locksBefore = ledger.headLocks();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] appended = new long[2];
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        List<LedgerEntry> written = transactions.execute(s -> {
            List<LedgerEntry> all = java.util.stream.IntStream.range(0, MANY)
                    .mapToObj(i -> ledger.append("test", "calendar.day.added", "calendar", "plazo-" + i, Map.of("day", i)))
                    .toList();
            appended[0] = System.nanoTime();
            appended[1] = threads.getCurrentThreadCpuTime();
            return all;
        });
        long elapsed = System.nanoTime() - started;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStarted;
        assertThat(ledger.headLocks() - locksBefore).as("head locks for one transaction").isEqualTo(1);
        System.out.printf("Ledger: %d appends in one transaction committed in %d ms (%.0f entries/s); appends %d ms,"
                + " commit and what follows it %d ms; this thread's CPU %d ms (appends %d ms)%n", MANY,
                elapsed / 1_000_000, MANY / (elapsed / 1e9), (appended[0] - started) / 1_000_000,
                (started + elapsed - appended[0]) / 1_000_000, cpu / 1_000_000, (appended[1] - cpuStarted) / 1_000_000);

        List<LedgerEntry> stored = entries.findBySeqGreaterThanOrderBySeqAsc(written.get(0).getSeq() - 1, Limit.of(MANY));
        assertThat(stored).hasSize(MANY);
        for (int i = 0; i < MANY; i++) {
            LedgerEntry entry = stored.get(i);
            assertThat(entry.getSeq()).isEqualTo(written.get(0).getSeq() + i);
            assertThat(entry.getHash()).isEqualTo(entry.computeHash()).isEqualTo(written.get(i).getHash());
            if (i > 0) {
                assertThat(entry.getPrevHash()).isEqualTo(stored.get(i - 1).getHash());
            }
        }
        LedgerVerification verification = ledger.verify();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.head()).isEqualTo(written.get(MANY - 1).getHash());

        long oneByOne = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            int n = i;
            transactions.execute(s -> ledger.append("test", "calendar.day.added", "calendar", "uno-" + n, Map.of("day", n)));
        }
        System.out.printf("Ledger: 200 appends in 200 transactions took %d ms%n", (System.nanoTime() - oneByOne) / 1_000_000);
    }

    @Test
    void aTransactionThatClearsItsPersistenceContextBetweenAppendsKeepsTheHead() {
        LedgerEntry last = transactions.execute(s -> {
            ledger.append("test", "calendar.day.added", "calendar", "antes", Map.of("n", 1));
            entityManager.flush();
            entityManager.clear(); // as a long import does every few hundred rows
            return ledger.append("test", "calendar.day.added", "calendar", "despues", Map.of("n", 2));
        });
        LedgerVerification verification = ledger.verify();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.head()).isEqualTo(last.getHash());
        LedgerEntry next = transactions.execute(s -> ledger.append("test", "calendar.day.added", "calendar", "luego", Map.of()));
        assertThat(next.getSeq()).isEqualTo(last.getSeq() + 1);
    }

    @Test
    void aViewVerifiesFromTheCheckpointAndEveryBreakIsStillReported() {
        LedgerEntry old = transactions.execute(s -> ledger.append("test", "calendar.day.added", "calendar", "vieja", Map.of("n", 1)));
        assertThat(ledger.verify().valid()).isTrue(); // the hourly full verification: checkpoint at the head
        LedgerEntry recent = transactions.execute(s -> ledger.append("test", "calendar.day.added", "calendar", "nueva", Map.of("n", 2)));
        LedgerVerification view = ledger.verifyRecent();
        assertThat(view.valid()).isTrue();
        assertThat(view.head()).isEqualTo(recent.getHash());
        assertThat(checkpointSeq()).isEqualTo(recent.getSeq());

        // a recent entry edited: the next view finds it
        String recentPayload = payload(recent);
        transactions.execute(s -> ledger.append("test", "calendar.day.added", "calendar", "otra", Map.of()));
        LedgerEntry newest = transactions.execute(s -> ledger.append("test", "calendar.day.added", "calendar", "ultima", Map.of()));
        forge(newest.getSeq(), "{\"n\":\"falsa\"}");
        try {
            assertThat(ledger.verifyRecent().firstBrokenSeq()).isEqualTo(newest.getSeq());
        } finally {
            forge(newest.getSeq(), "{}");
        }
        assertThat(ledger.verifyRecent().valid()).isTrue();

        // an old entry edited: the full verification finds it, and from then on every view reports it
        String oldPayload = payload(old);
        forge(old.getSeq(), "{\"n\":\"falsa\"}");
        try {
            assertThat(ledger.verify().firstBrokenSeq()).isEqualTo(old.getSeq());
            LedgerVerification reported = ledger.verifyRecent();
            assertThat(reported.valid()).isFalse();
            assertThat(reported.firstBrokenSeq()).isEqualTo(old.getSeq());
        } finally {
            forge(old.getSeq(), oldPayload);
        }
        assertThat(ledger.verifyRecent().valid()).isTrue();

        // the checkpoint's own entry edited: the view notices and checks the whole chain
        long at = checkpointSeq();
        String atPayload = jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE seq = ?", String.class, at);
        forge(at, "{\"n\":\"falsa\"}");
        try {
            assertThat(ledger.verifyRecent().firstBrokenSeq()).isEqualTo(at);
        } finally {
            forge(at, atPayload);
        }
        assertThat(ledger.verifyRecent().valid()).isTrue();
        assertThat(recentPayload).isEqualTo("{\"n\":2}");
    }

    private long checkpointSeq() {
        return jdbc.queryForObject("SELECT verified_seq FROM ledger_checkpoint WHERE id = 1", Long.class);
    }

    private String payload(LedgerEntry entry) {
        return jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE seq = ?", String.class, entry.getSeq());
    }

    private void forge(long seq, String payload) {
        jdbc.update("UPDATE ledger_entry SET payload = ? WHERE seq = ?", payload, seq);
    }
}
