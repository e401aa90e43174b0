package org.apertura.cocreation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apertura.Apertura;
import org.apertura.actionplan.Theme;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.security.SystemActor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A burst of supports from many concurrent clients through the real service on PostgreSQL: prints supports per
 * second, and the lost and double-counted supports (both must be 0). A benchmark, not a test. It wipes the
 * database it uses (APERTURA_BENCH_DB_URL, by default the {@code test} database). Run it with
 * {@code mvn -q test-compile exec:java@benchmark-supports} (see the README); arguments: people, threads.
 */
public final class SupportBenchmark {

    private SupportBenchmark() {
    }

    /** A supporter as the service sees them. */
    private record Supporter(Long accountId, String displayName) implements PublicActor {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int proposalCount = 40;
        int limit = 10;
        String url = System.getenv().getOrDefault("APERTURA_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/test");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Apertura.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.flyway.clean-disabled=false",
                "--apertura.test.clean-database=true", "--apertura.demo=true",
                "--spring.datasource.hikari.maximum-pool-size=" + Math.min(threads, 40), "--logging.level.root=WARN",
                "--apertura.cocreation.tally-interval=PT24H");
        try {
            CocreationService service = app.getBean(CocreationService.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Account author = app.getBean(AccountService.class).signUp("autora.bench@ejemplo.mx", "una frase bastante larga",
                    "Autora de la prueba de carga");
            Call[] call = new Call[1];
            List<Proposal> proposals = new ArrayList<>();
            SystemActor.run(() -> call[0] = service.createCall("durango-2025-2026", new Call.Terms("carga", "Carga",
                    "Prueba de carga.", java.util.EnumSet.of(Theme.C), service.today().minusDays(1),
                    service.today().plusDays(30), service.today().minusDays(1), service.today().plusDays(30),
                    Call.Proposers.ANYONE, limit, null)));
            app.getBean(ActingAs.class).run(author.getId(), () -> {
                for (int i = 0; i < proposalCount; i++) {
                    proposals.add(service.propose("carga", new Proposal.Text("Propuesta " + i, "Problema", "Solución",
                            java.util.Set.of(Theme.C), null, null)));
                }
            });
            OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                ids.add(jdbc.sql("INSERT INTO account (email, password_hash, display_name, created_at) VALUES (?, ?, ?, ?) RETURNING id")
                        .params("p" + i + ".bench@ejemplo.mx", "{noop}x", "Persona " + i, now).query(Long.class).single());
            }
            // Each person tries 12 supports: 11 different proposals (one over the limit of 10) and one double click.
            Random random = new Random(42);
            List<long[]> attempts = new ArrayList<>();
            for (Long id : ids) {
                List<Proposal> shuffled = new ArrayList<>(proposals);
                Collections.shuffle(shuffled, random);
                for (int k = 0; k < 11; k++) {
                    attempts.add(new long[] {id, shuffled.get(k).getId()});
                }
                attempts.add(new long[] {id, shuffled.get(0).getId()});
            }
            Collections.shuffle(attempts, random);
            System.out.printf("Support benchmark on %s: %d people, %d proposals, limit %d, %d attempts, %d threads%n",
                    url, people, proposalCount, limit, attempts.size(), threads);

            Map<Long, AtomicLong> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            for (long[] attempt : attempts) {
                pool.submit(() -> {
                    start.await();
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            new Supporter(attempt[0], "Persona"), null, List.of()));
                    SecurityContextHolder.setContext(context);
                    try {
                        service.support(attempt[1]);
                        acknowledged.computeIfAbsent(attempt[1], k -> new AtomicLong()).incrementAndGet();
                    } catch (InvalidInputException e) {
                        refused.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                    return null;
                });
            }
            long began = System.nanoTime();
            start.countDown();
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - began) / 1e9;

            long ok = acknowledged.values().stream().mapToLong(AtomicLong::get).sum();
            Map<Long, Long> counted = service.supportCounts(call[0]);
            long lost = 0;
            long doubled = 0;
            for (Proposal p : proposals) {
                long expected = acknowledged.getOrDefault(p.getId(), new AtomicLong()).get();
                long actual = counted.getOrDefault(p.getId(), 0L);
                lost += Math.max(0, expected - actual);
                doubled += Math.max(0, actual - expected);
            }
            long overLimit = jdbc.sql("SELECT COUNT(*) FROM (SELECT account_id FROM proposal_support WHERE call_id = ? "
                    + "GROUP BY account_id HAVING COUNT(*) > ?) x").params(call[0].getId(), limit).query(Long.class).single();
            System.out.printf("%d supports acknowledged in %.2f s: %.0f supports/s (%.0f attempts/s)%n", ok, seconds,
                    ok / seconds, attempts.size() / seconds);
            System.out.printf("refused as they should be (limit, twice): %d; failed otherwise: %d%n", refused.get(),
                    failed.get());
            System.out.printf("lost: %d, double-counted: %d, people over their limit: %d (expected %d supports)%n", lost,
                    doubled, overLimit, (long) people * limit);
        } finally {
            app.close();
        }
    }
}
