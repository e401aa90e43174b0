package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.Apertura;
import org.apertura.HttpVisitor;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of Apertura (two application contexts, each with its own server port) on one database, as behind a
 * balancer: a person signed in on one is signed in on the other, and a form's token from one works on the other;
 * readers get no session on either; a scheduled job runs on one node at a time; rate limits count every node's
 * hits; {@code X-Forwarded-For} counts only from a trusted proxy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatelessNodesTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int SIGN_IN_PER_MINUTE = 8;

    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;
    private int portA;
    private int portB;
    private JdbcTemplate jdbc;

    @BeforeAll
    void startTwoNodes() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--apertura.sessions.store=jdbc",
                "--apertura.demo=false", "--apertura.security.sign-in-per-minute=" + SIGN_IN_PER_MINUTE,
                "--apertura.scheduling.enabled=true")); // the test profile turns the jobs off; these nodes run them
        if (!System.getProperty("spring.profiles.active", "test").contains("postgres")) {
            args.add("--spring.datasource.url=jdbc:h2:mem:two-nodes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        // both nodes run on this host, in this very process: only their node ids tell their locks apart
        List<String> argsA = new ArrayList<>(args);
        argsA.add("--apertura.scheduling.node-id=node-a");
        nodeA = new SpringApplicationBuilder(Apertura.class).run(argsA.toArray(String[]::new));
        // node B sits behind a balancer at 127.0.0.1 it trusts; node A trusts no proxy
        args.add("--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1");
        args.add("--apertura.scheduling.node-id=node-b");
        nodeB = new SpringApplicationBuilder(Apertura.class).run(args.toArray(String[]::new));
        portA = Integer.parseInt(nodeA.getEnvironment().getProperty("local.server.port"));
        portB = Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
        jdbc = nodeA.getBean(JdbcTemplate.class);
    }

    @AfterAll
    void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    @Order(1)
    void aPersonSignedInOnOneNodeContinuesOnTheOtherAndAFormTokenWorksAcrossNodes() throws Exception {
        forgetOtherTestsHits();
        Account account = TestAccounts.person(nodeA.getBean(AccountService.class), "Rosa de Dos Nodos");
        HttpVisitor onA = new HttpVisitor(portA);
        onA.signIn(account.getEmail(), TestAccounts.PASSWORD);
        assertThat(sessionsOf(account)).isEqualTo(1);

        HttpVisitor onB = onA.on(portB);
        HttpResponse<String> accountPage = onB.get("/cuenta");
        assertThat(accountPage.statusCode()).isEqualTo(200);
        assertThat(accountPage.body()).contains("Rosa de Dos Nodos");

        // the sign-out form as node B shows it, posted to node A
        String token = token(accountPage.body());
        HttpResponse<String> signedOut = onB.on(portA).post("/salir", Map.of("_csrf", token));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(onA.location(signedOut)).isEqualTo("/?salida");
        assertThat(sessionsOf(account)).isZero();
        HttpResponse<String> after = onB.get("/cuenta");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(onB.location(after)).endsWith("/entrar");
    }

    @Test
    @Order(2)
    void readersGetNoSessionOnEitherNode() throws Exception {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Integer.class);
        for (int port : new int[] {portA, portB}) {
            for (String path : List.of("/", "/historial", "/entrar", "/registro", "/recuperar")) {
                HttpResponse<String> page = new HttpVisitor(port).get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Integer.class)).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aScheduledJobRunsOnOneNodeAtATime() throws Exception {
        ClusterLocks locksA = nodeA.getBean(ClusterLocks.class);
        ClusterLocks locksB = nodeB.getBean(ClusterLocks.class);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<Optional<Boolean>> onA = CompletableFuture.supplyAsync(() -> locksA.runOnce("nodes-test", () -> {
            runs.incrementAndGet();
            running.countDown();
            await(release);
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        String host = java.net.InetAddress.getLocalHost().getHostName();
        assertThat(lockedBy("nodes-test")).as("the lock names the node holding it, not only its host")
                .isEqualTo(host + ":node-a");
        assertThat(locksB.runOnce("nodes-test", runs::incrementAndGet)).as("node B while A runs it").isEmpty();
        release.countDown();
        assertThat(onA.get(10, TimeUnit.SECONDS)).contains(true);
        assertThat(locksB.runOnce("nodes-test", () -> {
            runs.incrementAndGet();
            assertThat(lockedBy("nodes-test")).isEqualTo(host + ":node-b");
        })).as("node B once A is done").contains(true);
        assertThat(runs).hasValue(2);
        // the modules' own jobs are wrapped too: the outbox's runs take its lock
        assertThat(waitFor(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM shedlock WHERE name = 'OutboxSender.deliverPending'", Integer.class) == 1)).isTrue();
    }

    @Test
    @Order(4)
    void rateLimitsCountEveryNodesHitsAndTrustForwardedForOnlyFromATrustedProxy() throws Exception {
        if (LocalTime.now().getSecond() > 45) { // the counts are per minute: start with the minute
            Thread.sleep((61 - LocalTime.now().getSecond()) * 1000L);
        }
        forgetOtherTestsHits();
        int firstRefused = 0;
        for (int i = 1; i <= SIGN_IN_PER_MINUTE + 1 && firstRefused == 0; i++) {
            if (reset(i % 2 == 0 ? portA : portB, null).statusCode() == 429) {
                firstRefused = i;
            }
        }
        // one limit for both nodes: refused by the ninth post at the latest (per node it would take seventeen)
        assertThat(firstRefused).isBetween(1, SIGN_IN_PER_MINUTE + 1);
        HttpResponse<String> refusedOnA = reset(portA, null);
        assertThat(refusedOnA.statusCode()).isEqualTo(429);
        assertThat(refusedOnA.headers().firstValue("Retry-After")).contains("60");
        assertThat(reset(portB, null).statusCode()).isEqualTo(429);
        // node A trusts no proxy: a forged header changes nothing; node B trusts 127.0.0.1 and counts the client
        assertThat(reset(portA, "203.0.113.9").statusCode()).isEqualTo(429);
        assertThat(reset(portB, "203.0.113.9").statusCode()).isNotEqualTo(429);
    }

    private HttpResponse<String> reset(int port, String forwardedFor) throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        String token = token(visitor.get("/recuperar").body());
        HttpRequest.Builder request = HttpRequest.newBuilder(visitor.uri("/recuperar"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=nadie%40ejemplo.mx&_csrf="
                        + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return visitor.send(request);
    }

    /**
     * On PostgreSQL the nodes share the database with the other tests' context, whose posts from 127.0.0.1 count
     * under its own, far higher limit: these nodes start from no hits.
     */
    private String lockedBy(String name) {
        return jdbc.queryForObject("SELECT locked_by FROM shedlock WHERE name = ?", String.class, name);
    }

    private void forgetOtherTestsHits() {
        jdbc.update("DELETE FROM rate_limit_hit");
    }

    private int sessionsOf(Account account) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Integer.class,
                account.getEmail());
    }

    private static String token(String page) {
        Matcher matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).as("a form token on the page").isTrue();
        return matcher.group(1).replace("&#45;", "-");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
