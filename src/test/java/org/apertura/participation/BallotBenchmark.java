package org.apertura.participation;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apertura.Apertura;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.intake.Channel;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 21's ballot benchmark on PostgreSQL: verified voters (by default 100,000) cast knapsack ballots over 300
 * projects in 10 districts from 32 concurrent clients through the real service, a fifth of them changing their
 * ballot; then the exact count, checked against the brute-force reference of BallotCountTest on what each client
 * last cast, and the results page over HTTP. Prints ballots per second accepted, lost and double-counted ballots (both
 * must be 0), the count's time and the page's time, against the goals. A benchmark, not a test: it wipes the
 * database it uses (APERTURA_BENCH_DB_URL). Run with {@code mvn -q test-compile exec:java@benchmark-ballots};
 * arguments: voters, threads.
 */
public final class BallotBenchmark {

    private BallotBenchmark() {
    }

    /** A voter as the service sees them. */
    private record Voter(Long accountId, String displayName) implements PublicActor {
    }

    public static void main(String[] args) throws Exception {
        int voters = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int districtCount = 10;
        int perDistrict = 30;
        BigDecimal amount = new BigDecimal("3000000");
        String url = System.getenv().getOrDefault("APERTURA_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/test");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Apertura.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.flyway.clean-disabled=false",
                "--apertura.test.clean-database=true", "--apertura.demo=true",
                "--spring.datasource.hikari.maximum-pool-size=" + Math.min(threads + 4, 40),
                "--logging.level.root=WARN");
        try {
            ParticipationService service = app.getBean(ParticipationService.class);
            Today today = app.getBean(Today.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            LocalDate day = service.today();
            List<BudgetProcess.DistrictTerms> districts = new ArrayList<>();
            for (int d = 1; d <= districtCount; d++) {
                districts.add(new BudgetProcess.DistrictTerms("Colonia " + d, amount));
            }
            BudgetProcess[] created = new BudgetProcess[1];
            SystemActor.run(() -> created[0] = service.create("durango-2025-2026", new BudgetProcess.Terms(
                    "carga", "Presupuesto de carga", "Prueba de carga.", amount.multiply(BigDecimal.valueOf(districtCount)),
                    VotingRule.KNAPSACK, null, day.minusDays(40), day.minusDays(30), day.minusDays(20), day.minusDays(5),
                    day.plusDays(5), day.plusDays(30), districts)));
            BudgetProcess process = created[0];
            Long author = jdbc.sql("INSERT INTO account (email, password_hash, display_name, created_at) VALUES "
                    + "('autora.pb.bench@ejemplo.mx', '{noop}x', 'Autora', now()) RETURNING id").query(Long.class).single();
            Random random = new Random(21);
            Map<Long, List<BallotCount.Candidate>> candidates = new HashMap<>();
            List<BudgetDistrict> places = service.districts(process);
            for (BudgetDistrict district : places) {
                for (int n = 0; n < perDistrict; n++) {
                    int i = n;
                    BigDecimal cost = BigDecimal.valueOf(100_000L * (1 + random.nextInt(15)));
                    BudgetProject p = today.on(day.minusDays(35), () -> service.propose(process, new BudgetProject.Text(
                            "Proyecto " + district.getSlug() + " " + i, "Una obra.", district.getSlug(), null, null,
                            null, cost), author));
                    SystemActor.run(() -> today.on(day.minusDays(25), () -> service.review("carga", p.getNumber(),
                            new BudgetProject.Review(ProjectStatus.FEASIBLE, "Viable.", cost))));
                    candidates.computeIfAbsent(district.getId(), k -> new ArrayList<>())
                            .add(new BallotCount.Candidate(p.getId(), p.getNumber(), cost));
                }
            }
            // Verified voters, registered in bulk (registering is not what is measured): an account each, spread over
            // the districts.
            long t0 = System.nanoTime();
            jdbc.sql("INSERT INTO account (email, password_hash, display_name, created_at) SELECT 'v' || g || "
                    + "'.pb.bench@ejemplo.mx', '{noop}x', 'Votante ' || g, now() FROM generate_series(1, ?) g")
                    .param(voters).update();
            List<Long> districtIds = places.stream().map(BudgetDistrict::getId).toList();
            jdbc.sql("INSERT INTO pb_voter (process_id, curp_hash, account_id, district_id, channel, registered_at) "
                    + "SELECT ?, md5(a.email), a.id, (ARRAY[" + String.join(",", districtIds.stream().map(String::valueOf)
                    .toList()) + "])[1 + a.id % " + districtCount + "], 'ONLINE', now() FROM account a "
                    + "WHERE a.email LIKE 'v%.pb.bench@ejemplo.mx'").param(process.getId()).update();
            List<long[]> registered = jdbc.sql("SELECT account_id, district_id FROM pb_voter WHERE process_id = ?")
                    .param(process.getId()).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            System.out.printf("Ballot benchmark on %s: %d voters registered in %.1f s, %d projects in %d districts, "
                    + "%d threads%n", url, registered.size(), (System.nanoTime() - t0) / 1e9,
                    districtCount * perDistrict, districtCount, threads);

            // Each voter fills a knapsack ballot; one in five changes it afterwards. What each last cast is kept.
            Map<Long, List<Long>> last = new java.util.concurrent.ConcurrentHashMap<>();
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            List<long[]> order = new ArrayList<>(registered);
            Collections.shuffle(order, random);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            for (long[] v : order) {
                long seed = random.nextLong();
                pool.submit(() -> {
                    Random r = new Random(seed);
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            new Voter(v[0], "Votante"), null, List.of()));
                    SecurityContextHolder.setContext(context);
                    try {
                        int times = r.nextInt(5) == 0 ? 2 : 1;
                        for (int k = 0; k < times; k++) {
                            List<Long> choices = knapsack(candidates.get(v[1]), amount, r);
                            try {
                                service.vote("carga", choices);
                                accepted.incrementAndGet();
                                last.put(v[0], choices);
                            } catch (InvalidInputException e) {
                                refused.incrementAndGet();
                            }
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.HOURS);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Casting: %d ballots accepted (%d changes) in %.1f s = %.0f ballots/s "
                    + "(goal >= 2,000); %d refused, %d failed%n", accepted.get(), accepted.get() - last.size(), seconds,
                    accepted.get() / seconds, refused.get(), failed.get());

            // Lost and double-counted: what the database holds against what each client last cast.
            Map<Long, List<Long>> stored = new HashMap<>();
            jdbc.sql("SELECT v.account_id, b.choices FROM pb_ballot b JOIN pb_voter v ON v.id = b.voter_id "
                    + "WHERE b.process_id = ? AND b.choices <> ''").param(process.getId()).query(rs -> {
                        stored.put(rs.getLong(1), Ballots.parsed(rs.getString(2)));
                    });
            long ballotRows = jdbc.sql("SELECT COUNT(*) FROM pb_ballot WHERE process_id = ?").param(process.getId())
                    .query(Long.class).single();
            long lost = last.entrySet().stream().filter(e -> !e.getValue().equals(stored.get(e.getKey()))).count();
            long twice = ballotRows - stored.size() + stored.keySet().stream().filter(k -> !last.containsKey(k)).count();
            System.out.printf("Ballots stored: %d for %d voters; lost or not the last cast: %d (goal 0); counted "
                    + "twice: %d (goal 0)%n", ballotRows, last.size(), lost, twice);

            // The count, three times (the first warms up), and the brute-force reference on the clients' ballots.
            Map<BudgetDistrict, BallotCount.Tally> tallies = null;
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long c0 = System.nanoTime();
                tallies = service.count(process);
                long ms = (System.nanoTime() - c0) / 1_000_000;
                best = Math.min(best, ms);
                System.out.printf("Count %d of %d ballots: %d ms (goal <= 2,000 ms)%n", i + 1, ballotRows, ms);
            }
            int mismatches = 0;
            for (Map.Entry<BudgetDistrict, BallotCount.Tally> e : tallies.entrySet()) {
                Long id = e.getKey().getId();
                List<BallotCount.Cast> cast = new ArrayList<>();
                for (long[] v : registered) {
                    if (v[1] == id && last.containsKey(v[0])) {
                        cast.add(new BallotCount.Cast(last.get(v[0]), Channel.ONLINE));
                    }
                }
                BallotCountTest.Reference reference = BallotCountTest.reference(VotingRule.KNAPSACK, null, amount,
                        candidates.get(id), cast);
                List<Long> order2 = e.getValue().lines().stream().map(l -> l.candidate().id()).toList();
                List<Long> funded = e.getValue().lines().stream().filter(BallotCount.Line::funded)
                        .map(l -> l.candidate().id()).sorted().toList();
                if (!order2.equals(reference.order()) || !funded.equals(reference.funded())) {
                    mismatches++;
                }
            }
            System.out.printf("Count against the brute-force reference: %d of %d districts differ (goal 0)%n",
                    mismatches, tallies.size());

            // Publication and the results page over HTTP.
            long p0 = System.nanoTime();
            today.on(day.plusDays(6), () -> SystemActor.run(() -> service.publishResults("carga")));
            System.out.printf("Publishing the results: %d ms%n", (System.nanoTime() - p0) / 1_000_000);
            String port = app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/presupuestos-participativos/carga/resultados")).build();
            List<Long> times = new ArrayList<>();
            int statusCode = 0;
            for (int i = 0; i < 21; i++) {
                long h0 = System.nanoTime();
                statusCode = http.send(page, HttpResponse.BodyHandlers.ofString()).statusCode();
                times.add((System.nanoTime() - h0) / 1_000_000);
            }
            times.remove(0);
            Collections.sort(times);
            System.out.printf("Results page (HTTP %d, 300 projects): median %d ms, slowest %d ms of 20%n", statusCode,
                    times.get(times.size() / 2), times.get(times.size() - 1));
        } finally {
            app.close();
        }
    }

    /** A random knapsack ballot: projects taken in random order while they fit the district's amount (1 to 5). */
    private static List<Long> knapsack(List<BallotCount.Candidate> projects, BigDecimal amount, Random r) {
        List<BallotCount.Candidate> shuffled = new ArrayList<>(projects);
        Collections.shuffle(shuffled, r);
        int wanted = 1 + r.nextInt(5);
        BigDecimal spent = BigDecimal.ZERO;
        List<Long> choice = new ArrayList<>();
        for (BallotCount.Candidate c : shuffled) {
            if (choice.size() == wanted) {
                break;
            }
            if (spent.add(c.cost()).compareTo(amount) <= 0) {
                spent = spent.add(c.cost());
                choice.add(c.id());
            }
        }
        return choice;
    }
}
