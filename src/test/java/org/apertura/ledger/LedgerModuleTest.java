package org.apertura.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apertura.OwnDatabase;
import org.apertura.StillClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger alone (a Spring Modulith module test, docs/adr/0064): only its own beans and the few platform pieces it
 * uses, on a database of its own that starts empty, with no demo and a clock that stands still. So the chain is
 * checked from its very first entry, and a feed's one query is checked against exactly the entries this test wrote —
 * what the shared context, with the demo's thousands of entries and every other test's, cannot show. Its database is
 * its own on both runs (an H2, or a PostgreSQL database under -Ppostgres: {@link OwnDatabase}, docs/adr/0083).
 */
@Import(StillClock.class)
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform", verifyAutomatically = false,
        webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class LedgerModuleTest {

    /** Noon in Mexico City on 2 November 2026, for the whole test. */
    static final Instant NOW = StillClock.NOW;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.register(registry, "ledger");
        registry.add("apertura.base-url", () -> "https://apertura.example");
    }

    /** What a module that listens to the ledger hears, and when (docs/adr/0082). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Listening {

        @Bean
        Heard heard(org.springframework.beans.factory.ObjectProvider<LedgerService> ledger) {
            return new Heard(ledger);
        }
    }

    /** Records each batch it hears before and after the commit; echoes a {@code test.echo} entry in the transaction. */
    static class Heard {

        final List<List<LedgerEntryAppended>> before = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<Boolean> inTransaction = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<List<Long>> after = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final org.springframework.beans.factory.ObjectProvider<LedgerService> ledger;

        Heard(org.springframework.beans.factory.ObjectProvider<LedgerService> ledger) {
            this.ledger = ledger;
        }

        @org.springframework.context.event.EventListener
        void before(LedgerEntriesAppended appended) {
            before.add(appended.entries());
            inTransaction.add(org.springframework.transaction.support.TransactionSynchronizationManager
                    .isActualTransactionActive());
            if (!appended.where(e -> e.type().equals("test.echo")).isEmpty()) {
                ledger.getObject().append("test", "test.echoed", "calendar", "eco", Map.of());
            }
        }

        @org.springframework.transaction.event.TransactionalEventListener
        void after(LedgerEntriesAppended appended) {
            after.add(appended.entries().stream().map(LedgerEntryAppended::seq).toList());
        }

        void clear() {
            before.clear();
            inTransaction.clear();
            after.clear();
        }
    }

    @Autowired
    Heard heard;
    @Autowired
    LedgerService ledger;
    @Autowired
    LedgerFeed feeds;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @org.junit.jupiter.api.Order(1)
    void aChainStartsAtOneAndAFeedReadsItsSubjectsAndMentionsInOneQuery() {
        assertThat(ledger.verify().entries()).as("a ledger of its own starts empty").isZero();
        LedgerEntry plan = transactions.execute(s -> ledger.append("actionplan", "plan.created", "plan", 1,
                Map.of("title", "Plan de Durango")));
        LedgerEntry other = transactions.execute(s -> ledger.append("actionplan", "plan.created", "plan", 2,
                Map.of("title", "Otro plan")));
        LedgerEntry batch = transactions.execute(s -> ledger.append("contracting", "releases.published",
                "ocds-buyer", "compras", Map.of("count", 1), Map.of("commitment", List.of("7"))));

        assertThat(List.of(plan.getSeq(), other.getSeq(), batch.getSeq())).containsExactly(1L, 2L, 3L);
        assertThat(plan.getRecordedAt()).isEqualTo(NOW);
        LedgerVerification verification = ledger.verify();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.entries()).isEqualTo(3);
        assertThat(verification.head()).isEqualTo(batch.getHash());

        // a plan's feed follows the plan and its commitments: its own entry and the one that only mentions one
        assertThat(ledger.newestAbout(Map.of("plan", List.of("1"), "commitment", List.of("7")), 10))
                .extracting(LedgerEntry::getSeq).containsExactly(3L, 1L);
        String feed = new String(feeds.of("Plan de Durango", "/planes/1",
                Map.of("plan", List.of("1"), "commitment", List.of("7")), e -> "/planes/1").getBody(),
                StandardCharsets.UTF_8);
        assertThat(feed).contains("https://apertura.example/planes/1/feed.atom").contains("Plan de Durango")
                .doesNotContain("Otro plan");

        jdbc.update("update ledger_entry set payload = replace(payload, 'Otro', 'Mi') where seq = 2");
        assertThat(ledger.verify().firstBrokenSeq()).as("an edited entry breaks the chain where it is").isEqualTo(2L);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aTransactionsEntriesAreHeardOnceJustBeforeItCommitsAndOnceAfter() {
        heard.clear();
        List<LedgerEntry> three = transactions.execute(s -> java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> ledger.append("test", "calendar.day.added", "calendar", "dia-" + i, Map.of("day", i)))
                .toList());
        List<Long> seqs = three.stream().map(LedgerEntry::getSeq).toList();
        assertThat(heard.before).as("one batch for the transaction").hasSize(1);
        assertThat(heard.before.get(0)).extracting(LedgerEntryAppended::seq).containsExactlyElementsOf(seqs);
        assertThat(heard.before.get(0).get(2)).isEqualTo(new LedgerEntryAppended(seqs.get(2), "test",
                "calendar.day.added", "calendar", "dia-2", "{\"day\":2}", null));
        assertThat(heard.inTransaction).as("heard inside the transaction").containsExactly(true);
        assertThat(heard.after).as("and once more after the commit").containsExactly(seqs);

        heard.clear();
        transactions.executeWithoutResult(s -> {
            ledger.append("test", "calendar.day.added", "calendar", "deshecho", Map.of());
            s.setRollbackOnly();
        });
        assertThat(heard.before).as("a transaction rolled back tells nobody").isEmpty();
        assertThat(heard.after).isEmpty();

        // what a listener appends in the transaction is heard too, in a batch of its own, before the commit
        LedgerEntry echo = transactions.execute(s -> ledger.append("test", "test.echo", "calendar", "eco", Map.of()));
        assertThat(heard.before).hasSize(2);
        assertThat(heard.before.get(1)).extracting(LedgerEntryAppended::type).containsExactly("test.echoed");
        assertThat(heard.after).containsExactly(List.of(echo.getSeq()), List.of(echo.getSeq() + 1));
        assertThat(heard.inTransaction).containsExactly(true, true);
    }
}
