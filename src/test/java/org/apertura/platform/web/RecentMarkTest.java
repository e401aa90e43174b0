package org.apertura.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What kept readers' pages are checked against (docs/adr/0063, 0070): a mark read at most the recheck ago and after
 * this node's last change, renewed by one reader while the others keep answering it, never older than the recheck.
 */
class RecentMarkTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger reads = new AtomicInteger();

    private PageChanges.Mark next() {
        int n = reads.incrementAndGet();
        return new PageChanges.Mark(null, "v" + n);
    }

    private void pass(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void readersWithinTheRecheckShareOneReadAndThisNodesChangeIsSeenAtOnce() {
        RecentMark mark = new RecentMark(this::next, Duration.ofSeconds(1), now::get);
        assertThat(mark.recent().version()).isEqualTo("v1");
        pass(500);
        for (int i = 0; i < 1000; i++) {
            assertThat(mark.recent().version()).isEqualTo("v1");
        }
        assertThat(reads).hasValue(1);
        mark.changed(); // this node committed a change: its very next reader reads it
        assertThat(mark.recent().version()).isEqualTo("v2");
        pass(1000); // older than the recheck: read again
        assertThat(mark.recent().version()).isEqualTo("v3");
        assertThat(reads).hasValue(3);
    }

    @Test
    void oneReaderRenewsTheMarkAheadOfTimeWhileTheOthersKeepAnsweringIt() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        RecentMark mark = new RecentMark(() -> {
            if (calls.incrementAndGet() == 2) { // the renewal: held until the other readers have been answered
                reading.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return next();
        }, Duration.ofSeconds(1), now::get);
        assertThat(mark.recent().version()).isEqualTo("v1");
        pass(800); // three quarters of the recheck passed: the first reader renews it
        CompletableFuture<PageChanges.Mark> renewer = CompletableFuture.supplyAsync(mark::recent);
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 100; i++) { // meanwhile the others get the mark, still younger than the recheck
            assertThat(mark.recent().version()).isEqualTo("v1");
        }
        assertThat(calls).hasValue(2);
        pass(300); // the renewal is late: the mark is now older than the recheck, so a reader reads it itself
        assertThat(mark.recent().version()).isEqualTo("v2");
        release.countDown();
        assertThat(renewer.get(10, TimeUnit.SECONDS).version()).isEqualTo("v3");
        assertThat(mark.recent().version()).isIn("v2", "v3");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aRecheckOfZeroReadsForEveryReader() {
        RecentMark mark = new RecentMark(this::next, Duration.ZERO, now::get);
        mark.recent();
        mark.recent();
        mark.recent();
        assertThat(reads).hasValue(3);
    }
}
