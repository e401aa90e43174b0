package org.apertura.cocreation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.InvalidInputException;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many people support at once, each trying more proposals than their limit and clicking one twice: every
 * acknowledged support is counted once, none is lost, nobody goes past the limit, and nothing fails other than
 * with the clear refusals. Runs on H2 and, under -Ppostgres, on PostgreSQL.
 */
@IntegrationTest
class SupportConcurrencyTest {

    private static final int PEOPLE = 16;
    private static final int PROPOSALS = 5;
    private static final int LIMIT = 3;

    @Autowired
    CocreationService service;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    AccountService accounts;
    @Autowired
    ActingAs actingAs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentSupportsAreExactAndRespectEachPersonsLimit() throws Exception {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, service, LIMIT);
        Account author = TestAccounts.person(accounts, "Autora concurrida");
        List<Proposal> proposals = new ArrayList<>();
        actingAs.run(author.getId(), () -> {
            for (int i = 0; i < PROPOSALS; i++) {
                proposals.add(service.propose(open.call().getSlug(), CocreationFixtures.text("Concurrida " + i)));
            }
        });
        List<Account> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(TestAccounts.person(accounts, "Persona " + i));
        }
        // Each person: every proposal once, and the first one a second time (a double click).
        List<Runnable> attempts = new ArrayList<>();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger refusedLimit = new AtomicInteger();
        AtomicInteger refusedTwice = new AtomicInteger();
        for (Account person : people) {
            for (int i = 0; i <= PROPOSALS; i++) {
                Proposal target = proposals.get(i % PROPOSALS);
                attempts.add(() -> actingAs.run(person.getId(), () -> {
                    try {
                        service.support(target.getId());
                        acknowledged.add(person.getId() + ":" + target.getId());
                    } catch (InvalidInputException e) {
                        switch (e.problems().get(0).messageKey()) {
                            case "cocreation.error.supportLimit" -> refusedLimit.incrementAndGet();
                            case "cocreation.error.alreadySupported" -> refusedTwice.incrementAndGet();
                            default -> unexpected.add(e);
                        }
                    } catch (Throwable t) {
                        unexpected.add(t);
                    }
                }));
            }
        }
        java.util.Collections.shuffle(attempts, new java.util.Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        for (Runnable attempt : attempts) {
            pool.submit(() -> {
                start.await();
                attempt.run();
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        assertThat(unexpected).isEmpty();
        // Nobody goes beyond the limit, and everyone reaches it (they tried more proposals than it allows).
        for (Account person : people) {
            assertThat(acknowledged.stream().filter(a -> a.startsWith(person.getId() + ":"))).hasSize(LIMIT);
            assertThat(jdbc.sql("SELECT used FROM call_supporter WHERE call_id = ? AND account_id = ?")
                    .params(open.call().getId(), person.getId()).query(Integer.class).single()).isEqualTo(LIMIT);
        }
        // Every acknowledged support is counted exactly once: none lost, none counted twice.
        assertThat(acknowledged).doesNotHaveDuplicates().hasSize(PEOPLE * LIMIT);
        Map<Long, Long> counts = service.supportCounts(open.call());
        for (Proposal p : proposals) {
            long acknowledgedHere = acknowledged.stream().filter(a -> a.endsWith(":" + p.getId())).count();
            assertThat(counts.getOrDefault(p.getId(), 0L)).as(p.getTitle()).isEqualTo(acknowledgedHere);
        }
        assertThat(refusedLimit.get() + refusedTwice.get() + acknowledged.size()).isEqualTo(attempts.size());
    }
}
