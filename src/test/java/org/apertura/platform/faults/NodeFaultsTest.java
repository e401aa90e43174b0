package org.apertura.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.HttpVisitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults with real processes (issue 19): two Apertura nodes started as separate JVMs from the built classes on one
 * PostgreSQL database, reached through a relay the test can cut, with a mail server in the test. Checks that
 * <ol>
 * <li>a person signed in on one node is signed in on the other, and forms (with their CSRF tokens, of a session or
 * of a visitor without one) shown by one node are accepted by the other;</li>
 * <li>a reminder, a notice digest and an outbox mail arrive exactly once with both nodes running every scheduled job
 * every few seconds;</li>
 * <li>a node killed with {@code kill -9} in the middle of a burst of writes on both nodes (jurisdictions, supports,
 * access-to-information filings) loses nothing it acknowledged, records nothing twice, keeps the folios continuous,
 * and leaves a ledger that verifies with continuous sequence numbers;</li>
 * <li>a node killed while it holds the outbox job's lock and is sending mail: the other node takes the job over when
 * the lock expires and every mail arrives; at most the one mail in flight at the kill arrives twice (the documented
 * gap of ADR 0013: the mail server had it, the node died before recording it);</li>
 * <li>the database unreachable: pages answer 503 with the friendly page and the request id, the API a problem
 * document, never a stack trace; readiness says DOWN; the nodes come back by themselves and nothing acknowledged is
 * lost;</li>
 * <li>the documented backup (pg_dump, then the files) restored into a fresh database and a fresh file store gives the
 * same ledger head, the chain and the signed checkpoints verify there, and every file the ledger names is restored
 * with the bytes of its SHA-256 and served; the same for the embedded H2 database with its Backup and Restore
 * tools.</li>
 * </ol>
 * Not part of {@code mvn verify} (it takes minutes): {@code APERTURA_TEST_DB_URL=jdbc:postgresql://localhost:5432/NAME
 * mvn verify -Pfaults} (docs/OPERATIONS.md, "Fault tests"). The database's schema is emptied first; pg_dump,
 * pg_restore, createdb and dropdb must be on the PATH.
 */
@Tag("faults")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeFaultsTest {

    /** How long a node may take to be ready: 4 minutes, more on a machine shared with others' builds (-Dfaults.start-minutes). */
    private static final Duration START = Duration.ofMinutes(Long.getLong("faults.start-minutes", 4));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "apt_faults" + HexFormat.of().formatHex(new byte[16]).replace('0', 'f');

    private String host;
    private int port;
    private String database;
    private String user;
    private String password;
    private DatabaseProxy proxy;
    private GreenMail mail;
    private NodeProcess a;
    private NodeProcess b;
    private Map<String, String> environment;
    private List<String> arguments;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    /** The password of every person the test makes (rows written directly, with the node's hash format). */
    private static final String PASSWORD = "una frase bastante larga para las fallas";
    /** Where the burst files its requests: its folios must come out continuous. */
    private static final String INSTITUTION = "fallas-transparencia";
    /** Where the reminder's request goes: its transparency unit is a person the test reads the mail of. */
    private static final String UNIT_INSTITUTION = "fallas-unidad";
    private static final int CLIENTS = 8;
    private static final int PEOPLE_PER_CLIENT = 5;
    private static final int PROPOSALS = 10;
    /** Filings in the burst at most (each one mails its acknowledgement: the outbox check waits for them). */
    private static final int FILINGS = 300;
    private long started;
    private final List<Long> proposals = new ArrayList<>();
    private final Map<String, Long> accountIds = new HashMap<>();
    /** Supports acknowledged to the client, as "account:proposal". */
    private final Set<String> supported = ConcurrentHashMap.newKeySet();
    /** Folios of filings acknowledged to the client. */
    private final Set<String> folios = ConcurrentHashMap.newKeySet();

    @BeforeAll
    void startTwoNodes() throws Exception {
        started = System.nanoTime();
        String url = System.getenv().getOrDefault("APERTURA_TEST_DB_URL", "");
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(url);
        assertThat(m.matches()).as("APERTURA_TEST_DB_URL must name a PostgreSQL database of your own, e.g."
                + " jdbc:postgresql://localhost:5432/faults (its schema is emptied)").isTrue();
        host = m.group(1);
        port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        database = m.group(3);
        user = System.getenv().getOrDefault("APERTURA_TEST_DB_USER", "postgres");
        password = System.getenv().getOrDefault("APERTURA_TEST_DB_PASSWORD", "");
        try (Connection c = direct(database); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        proxy = new DatabaseProxy(host, port);
        int smtp;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtp = socket.getLocalPort();
        }
        mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path files = Files.createDirectories(Path.of("target", "faults", "files"));
        environment = new HashMap<>();
        environment.put("SPRING_PROFILES_ACTIVE", "postgres");
        environment.put("APERTURA_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database);
        environment.put("APERTURA_DB_USER", user);
        environment.put("APERTURA_DB_PASSWORD", password);
        environment.put("APERTURA_LEDGER_SIGNING_KEY", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        environment.put("APERTURA_LEDGER_PUBLIC_KEY", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        environment.put("APERTURA_FILES_DIR", files.toAbsolutePath().toString());
        environment.put("SPRING_MAIL_HOST", "127.0.0.1");
        environment.put("SPRING_MAIL_PORT", String.valueOf(smtp));
        environment.put("APERTURA_LOG_REQUESTS", "WARN");
        arguments = List.of("--apertura.mail.claim=PT10S", "--apertura.mail.poll-interval=PT1S",
                "--apertura.scheduling.max-lock=PT15S",
                // the daily jobs every few seconds, each run free to follow the last (a minute by default), so both
                // nodes' schedulers race for the same reminders and notices many times during the run
                "--apertura.reminders.cron=*/3 * * * * *", "--apertura.community.digest-cron=*/3 * * * * *",
                "--apertura.scheduling.min-lock=PT0.5S",
                // the burst files far more than the ten requests a minute one address may file
                "--apertura.accessinfo.filings-per-minute=1000000");
        a = new NodeProcess("node-a", environment, withNodeId(arguments, "node-a"));
        b = new NodeProcess("node-b", environment, withNodeId(arguments, "node-b"));
        a.start();
        a.awaitReady(START); // the first node migrates the schema and creates the administrator
        b.start();
        b.awaitReady(START);
        try (Connection c = direct(database); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO api_token (account_id, name, token_hash, token_prefix, created_at)"
                    + " SELECT id, 'faults', '" + sha256(TOKEN) + "', '" + TOKEN.substring(0, 12) + "', now()"
                    + " FROM account ORDER BY id LIMIT 1");
        }
        HttpResponse<String> federal = a.postJson("/api/v1/jurisdictions", TOKEN,
                "{\"slug\":\"mexico\",\"name\":\"México\",\"level\":\"FEDERAL\"}");
        assertThat(federal.statusCode()).as(federal.body()).isEqualTo(201);
        prepareSupportsAndFilings();
    }

    /**
     * What supports and filings need: two institutions (through the API), people with API tokens, a transparency unit,
     * and a published call whose proposals take supports today (rows written directly: making a call through the
     * pages needs an exercise, its secretariat and a plan, which the fault tests do not exercise).
     */
    private void prepareSupportsAndFilings() throws Exception {
        for (String slug : List.of(INSTITUTION, UNIT_INSTITUTION)) {
            HttpResponse<String> institution = a.postJson("/api/v1/institutions", TOKEN, "{\"slug\":\"" + slug
                    + "\",\"name\":\"Institución " + slug + "\",\"jurisdictionSlug\":\"mexico\",\"branch\":\"EXECUTIVE\"}");
            assertThat(institution.statusCode()).as(institution.body()).isEqualTo(201);
        }
        String hash = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(PASSWORD);
        List<String> people = new ArrayList<>(List.of("rosa@fallas.test", "unidad@fallas.test", "avisos@fallas.test"));
        for (int client = 0; client < CLIENTS; client++) {
            for (int k = 0; k < PEOPLE_PER_CLIENT; k++) {
                people.add(person(client, k));
            }
        }
        try (Connection c = direct(database)) {
            for (String email : people) {
                try (var insert = c.prepareStatement("INSERT INTO account (email, password_hash, display_name, created_at)"
                        + " VALUES (?, ?, ?, now()) RETURNING id")) {
                    insert.setString(1, email);
                    insert.setString(2, hash);
                    insert.setString(3, email.equals("rosa@fallas.test") ? "Rosa de Dos Nodos" : "Persona " + email);
                    var id = insert.executeQuery();
                    id.next();
                    accountIds.put(email, id.getLong(1));
                }
                try (var token = c.prepareStatement("INSERT INTO api_token (account_id, name, token_hash, token_prefix,"
                        + " created_at) VALUES (?, 'fallas', ?, ?, now())")) {
                    token.setLong(1, accountIds.get(email));
                    token.setString(2, sha256(tokenOf(email)));
                    token.setString(3, tokenOf(email).substring(0, 12));
                    token.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO membership (account_id, role, scope_kind, scope_id, created_at) VALUES ("
                        + accountIds.get("unidad@fallas.test") + ", 'TRANSPARENCY_UNIT', 'INSTITUTION', '"
                        + UNIT_INSTITUTION + "', now())");
                String mexico = "(SELECT id FROM jurisdiction WHERE slug = 'mexico')";
                s.executeUpdate("INSERT INTO collegiate_body (slug, name, kind, jurisdiction_id, created_at, updated_at)"
                        + " VALUES ('stl-fallas', 'Secretariado de las fallas', 'LOCAL_TECHNICAL_SECRETARIAT', " + mexico
                        + ", now(), now())");
                s.executeUpdate("INSERT INTO exercise (slug, name, jurisdiction_id, body_id, created_at) VALUES"
                        + " ('ejercicio-fallas', 'Ejercicio de las fallas', " + mexico
                        + ", (SELECT id FROM collegiate_body WHERE slug = 'stl-fallas'), now())");
                s.executeUpdate("INSERT INTO cocreation_call (exercise_id, slug, title, description, submission_opens,"
                        + " submission_closes, support_opens, support_closes, proposers, supports_per_person, created_at,"
                        + " published_at) VALUES ((SELECT id FROM exercise WHERE slug = 'ejercicio-fallas'),"
                        + " 'convocatoria-fallas', 'Convocatoria de las fallas', 'Propuestas que la prueba apoya.',"
                        + " current_date - 30, current_date - 10, current_date - 10, current_date + 30, 'ANYONE', 1000,"
                        + " now(), now())");
                s.executeUpdate("INSERT INTO proposal (call_id, number, title, problem, proposal, channel, received_on,"
                        + " author_account_id, author_name, created_at) SELECT (SELECT id FROM cocreation_call WHERE slug ="
                        + " 'convocatoria-fallas'), n, 'Propuesta ' || n, 'Un problema', 'Una propuesta', 'ONLINE',"
                        + " current_date - 20, " + accountIds.get("rosa@fallas.test") + ", 'Rosa', now()"
                        + " FROM generate_series(1, " + PROPOSALS + ") AS n");
                var ids = s.executeQuery("SELECT id FROM proposal ORDER BY number");
                while (ids.next()) {
                    proposals.add(ids.getLong(1));
                }
            }
        }
    }

    @Test
    @Order(1)
    void aPersonSignedInOnOneNodeContinuesOnTheOtherAndFormTokensWorkAcrossNodes() throws Exception {
        HttpVisitor onA = new HttpVisitor(a.port());
        onA.signIn("rosa@fallas.test", PASSWORD);
        assertThat(sessionsOf("rosa@fallas.test")).isEqualTo(1);
        HttpVisitor onB = onA.on(b.port());
        HttpResponse<String> account = onB.get("/cuenta");
        assertThat(account.statusCode()).as("signed in on A, served by B").isEqualTo(200);
        assertThat(account.body()).contains("Rosa de Dos Nodos");

        // a form as node B showed it, sent to node A: the person's support is recorded
        long proposal = proposals.get(0);
        HttpResponse<String> support = onB.on(a.port()).post("/propuestas/" + proposal + "/apoyo",
                Map.of("_csrf", formToken(account.body())));
        assertThat(support.statusCode()).as(support.body()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM proposal_support WHERE proposal_id = " + proposal + " AND account_id = "
                + accountIds.get("rosa@fallas.test"))).as("the support sent with B's form to A").isEqualTo(1);

        // a visitor without a session: the filing form as node A signed it, filed on node B
        HttpVisitor visitor = new HttpVisitor(a.port());
        HttpResponse<String> form = visitor.get("/solicitudes/nueva?institucion=" + INSTITUTION);
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> filed = visitor.on(b.port()).post("/solicitudes", Map.of("_csrf", formToken(form.body()),
                "institutions", INSTITUTION, "description", "Los contratos de limpieza de 2026", "modality", "ELECTRONIC",
                "medium", "EMAIL", "contactEmail", "anonima@fallas.test"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
        String acuse = filed.headers().firstValue("Location").orElse("");
        assertThat(acuse).contains("/acuses/");
        try (Connection c = direct(database); var folio = c.prepareStatement(
                "SELECT folio FROM access_request WHERE filing_id = ?")) {
            folio.setString(1, acuse.substring(acuse.lastIndexOf('/') + 1));
            var rows = folio.executeQuery();
            assertThat(rows.next()).as("the anonymous filing made on B").isTrue();
            folios.add(rows.getString(1));
        }

        // and signing out on B with the form A showed ends the session on both
        HttpResponse<String> onAPage = onA.get("/cuenta");
        HttpResponse<String> out = onA.on(b.port()).post("/salir", Map.of("_csrf", formToken(onAPage.body())));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(sessionsOf("rosa@fallas.test")).isZero();
        HttpResponse<String> after = onA.get("/cuenta");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(onA.location(after)).endsWith("/entrar");
    }

    @Test
    @Order(2)
    void aReminderANoticeAndAMailGoOutOnceWithBothNodesRunningTheirSchedulers() throws Exception {
        HttpResponse<String> filed = b.postJson("/api/v1/requests", tokenOf(person(0, 0)),
                filing("Las actas del comité de 2026", UNIT_INSTITUTION));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String folio = JSON.readTree(filed.body()).get("requests").get(0).get("folio").asText();
        try (Connection c = direct(database); Statement s = c.createStatement()) {
            // the request's term ran out a week ago: the next reminders run owes its unit one "overdue" mail
            s.executeUpdate("UPDATE access_request SET due_date = current_date - 7 WHERE folio = '" + folio + "'");
            // a reply waits for the person's daily digest: the next digests run owes one mail
            long avisos = accountIds.get("avisos@fallas.test");
            s.executeUpdate("INSERT INTO community_notice_setting (account_id, kind, delivery) VALUES (" + avisos
                    + ", 'REPLY', 'DAILY')");
            s.executeUpdate("INSERT INTO community_notice (account_id, kind, change_type, title, path, created_at)"
                    + " VALUES (" + avisos + ", 'REPLY', 'comment.replied', 'Una respuesta en las fallas', '/propuestas/"
                    + proposals.get(0) + "', now())");
            s.executeUpdate("INSERT INTO mail_outbox (recipient, subject, body, created_at) VALUES ('una-vez@fallas.test',"
                    + " 'Un correo', 'Una sola vez', now())");
        }
        String reminder = "Vencida: solicitud " + folio;
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while ((received("unidad@fallas.test", reminder) == 0 || received("avisos@fallas.test", "Apertura: 1 avisos") == 0
                || received("una-vez@fallas.test", "Un correo") == 0) && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        // let each job run twice more, on whichever node wins its lock, before counting
        Timestamp arrived;
        try (Connection c = direct(database); Statement s = c.createStatement(); var now = s.executeQuery("SELECT now()")) {
            now.next();
            arrived = now.getTimestamp(1);
        }
        Set<String> runners = new java.util.TreeSet<>();
        for (String job : List.of("RequestReminders", "CommunityNotices", "OutboxSender")) {
            runners.addAll(awaitRuns(job, arrived, 2));
        }
        awaitNoPendingMails(Duration.ofSeconds(30));
        System.out.printf("Faults: scheduled jobs run by %s; reminder %d, digest %d, mail %d received%n", runners,
                received("unidad@fallas.test", reminder), received("avisos@fallas.test", "Apertura: 1 avisos"),
                received("una-vez@fallas.test", "Un correo"));
        assertThat(received("unidad@fallas.test", reminder)).as("the overdue reminder").isEqualTo(1);
        assertThat(received("avisos@fallas.test", "Apertura: 1 avisos")).as("the notice digest").isEqualTo(1);
        assertThat(received("una-vez@fallas.test", "Un correo")).as("the outbox mail").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM request_reminder r JOIN access_request q ON q.id = r.request_id"
                + " WHERE q.folio = '" + folio + "'")).isEqualTo(1);
    }

    @AfterAll
    void stopEverything() throws Exception {
        System.out.printf("Faults: the whole run took %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        for (NodeProcess node : new NodeProcess[] {a, b, h2}) {
            if (node != null) {
                node.stop();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    @Order(3)
    void aNodeKilledInTheMiddleOfABurstLosesNothingItAcknowledged() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean aInRotation = new AtomicBoolean(true); // what a balancer's readiness check decides
        AtomicBoolean held = new AtomicBoolean(false); // the clients wait while A restarts: B has shown it goes on alone
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger supportsTried = new AtomicInteger();
        Map<String, Integer> refused = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        int atKill;
        try {
            for (int t = 0; t < CLIENTS; t++) {
                int client = t;
                clients.submit(() -> {
                    int nextSupport = 0; // this client's people support each proposal once, one after the other
                    for (int i = 0; running.get(); i++) {
                        while (held.get() && running.get()) {
                            Thread.sleep(20);
                        }
                        NodeProcess node = (i + client) % 2 == 0 && aInRotation.get() ? a : b;
                        try {
                            // the client records each acknowledgement; an answer never received is not one
                            if (i % 3 == 1 && nextSupport < PEOPLE_PER_CLIENT * PROPOSALS) {
                                String person = person(client, nextSupport / PROPOSALS);
                                long proposal = proposals.get(nextSupport % PROPOSALS);
                                nextSupport++;
                                supportsTried.incrementAndGet();
                                HttpResponse<String> answer = node.postJson("/api/v1/proposals/" + proposal + "/support",
                                        tokenOf(person), "");
                                if (answer.statusCode() == 204) {
                                    supported.add(accountIds.get(person) + ":" + proposal);
                                } else {
                                    refused.merge("support " + answer.statusCode(), 1, Integer::sum);
                                }
                            } else if (i % 3 == 2 && folios.size() < FILINGS) {
                                HttpResponse<String> answer = node.postJson("/api/v1/requests", tokenOf(person(client, 0)),
                                        filing("Los contratos " + client + "-" + i, INSTITUTION));
                                if (answer.statusCode() == 201) {
                                    folios.add(JSON.readTree(answer.body()).get("requests").get(0).get("folio").asText());
                                } else {
                                    refused.merge("filing " + answer.statusCode(), 1, Integer::sum);
                                }
                            } else {
                                String slug = "estado-" + client + "-" + i;
                                HttpResponse<String> answer = node.postJson("/api/v1/jurisdictions", TOKEN, "{\"slug\":\""
                                        + slug + "\",\"name\":\"Estado " + client + " " + i
                                        + "\",\"level\":\"STATE\",\"parentSlug\":\"mexico\"}");
                                if (answer.statusCode() == 201) {
                                    acknowledged.add(slug);
                                } else {
                                    refused.merge("jurisdiction " + answer.statusCode(), 1, Integer::sum);
                                }
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet(); // the node died under this request: not acknowledged
                        }
                    }
                    return null;
                });
            }
            awaitWrites(60, Duration.ofSeconds(90));
            a.kill(); // kill -9 in the middle of the burst: requests in flight on A never get an answer
            aInRotation.set(false); // the balancer sees A's readiness fail and sends everything to B
            atKill = writes();
            awaitWrites(atKill + 45, Duration.ofSeconds(90)); // B goes on alone
            held.set(true); // a restart on a machine this busy is slow enough without a burst beside it
            a.start();
            a.awaitReady(START);
            aInRotation.set(true);
            held.set(false);
            awaitWrites(writes() + 30, Duration.ofSeconds(90)); // and A serves again
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
        System.out.printf("Faults: %d writes acknowledged (%d jurisdictions, %d supports, %d filings; %d before the"
                + " kill -9), %d without an answer, refused %s%n", writes(), acknowledged.size(), supported.size(),
                folios.size(), atKill, failed.get(), refused);
        assertThat(supported).as("supports acknowledged").isNotEmpty();
        assertThat(folios).as("filings acknowledged").isNotEmpty();

        try (Connection c = direct(database); Statement s = c.createStatement()) {
            for (String slug : acknowledged) {
                var rows = s.executeQuery("SELECT count(*) FROM jurisdiction WHERE slug = '" + slug + "'");
                rows.next();
                assertThat(rows.getInt(1)).as("acknowledged " + slug).isEqualTo(1);
            }
            var twice = s.executeQuery("SELECT count(*) FROM (SELECT subject_id FROM ledger_entry WHERE type ="
                    + " 'jurisdiction.created' GROUP BY subject_id HAVING count(*) > 1) d");
            twice.next();
            assertThat(twice.getInt(1)).as("jurisdictions recorded twice in the ledger").isZero();
            var matching = s.executeQuery("SELECT (SELECT count(*) FROM jurisdiction), (SELECT count(*) FROM ledger_entry"
                    + " WHERE type = 'jurisdiction.created')");
            matching.next();
            assertThat(matching.getLong(1)).as("every jurisdiction has its ledger entry").isEqualTo(matching.getLong(2));
            var sequence = s.executeQuery("SELECT count(*), min(seq), max(seq) FROM ledger_entry");
            sequence.next();
            assertThat(sequence.getLong(2)).isEqualTo(1);
            assertThat(sequence.getLong(3)).as("ledger sequence numbers continuous").isEqualTo(sequence.getLong(1));
        }
        assertSupportsKept(supportsTried.get());
        assertFilingsKept();
        assertVerifies(b);
        assertVerifies(a);
    }

    /** Every acknowledged support is there once, and each person's count of used supports matches their rows. */
    private void assertSupportsKept(int tried) throws Exception {
        try (Connection c = direct(database); Statement s = c.createStatement()) {
            for (String support : supported) {
                String[] parts = support.split(":");
                var rows = s.executeQuery("SELECT count(*) FROM proposal_support WHERE account_id = " + parts[0]
                        + " AND proposal_id = " + parts[1]);
                rows.next();
                assertThat(rows.getInt(1)).as("acknowledged support " + support).isEqualTo(1);
            }
            var all = s.executeQuery("SELECT count(*) FROM proposal_support WHERE account_id <> "
                    + accountIds.get("rosa@fallas.test"));
            all.next();
            assertThat(all.getInt(1)).as("supports stored: the acknowledged ones and at most those whose answer was"
                    + " lost with the node").isBetween(supported.size(), tried);
            var unbalanced = s.executeQuery("SELECT count(*) FROM call_supporter cs WHERE cs.used <> (SELECT count(*)"
                    + " FROM proposal_support ps WHERE ps.call_id = cs.call_id AND ps.account_id = cs.account_id)");
            unbalanced.next();
            assertThat(unbalanced.getInt(1)).as("people whose used supports differ from their supports").isZero();
        }
    }

    /**
     * Every acknowledged filing is there once with its one ledger entry, and the institution's folios run from 1 to
     * the last without a gap or a repeat, the counter at the last.
     */
    private void assertFilingsKept() throws Exception {
        try (Connection c = direct(database); Statement s = c.createStatement()) {
            for (String folio : folios) {
                var rows = s.executeQuery("SELECT (SELECT count(*) FROM access_request WHERE folio = '" + folio + "'),"
                        + " (SELECT count(*) FROM ledger_entry WHERE type = 'request.filed' AND subject_id = '" + folio
                        + "')");
                rows.next();
                assertThat(rows.getInt(1)).as("acknowledged filing " + folio).isEqualTo(1);
                assertThat(rows.getInt(2)).as("the ledger entry of " + folio).isEqualTo(1);
            }
            var unrecorded = s.executeQuery("SELECT count(*) FROM access_request r WHERE NOT EXISTS (SELECT 1 FROM"
                    + " ledger_entry e WHERE e.type = 'request.filed' AND e.subject_id = r.folio)");
            unrecorded.next();
            assertThat(unrecorded.getInt(1)).as("requests without their ledger entry").isZero();
            List<Integer> numbers = new ArrayList<>();
            var rows = s.executeQuery("SELECT folio FROM access_request WHERE folio LIKE '" + INSTITUTION + "-%'");
            while (rows.next()) {
                String folio = rows.getString(1);
                numbers.add(Integer.parseInt(folio.substring(folio.lastIndexOf('-') + 1)));
            }
            numbers.sort(null);
            List<Integer> expected = java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList();
            assertThat(numbers).as("folios continuous: no gap, none twice").isEqualTo(expected);
            var counter = s.executeQuery("SELECT sum(last_number) FROM folio_counter f JOIN institution i ON"
                    + " i.id = f.institution_id WHERE i.slug = '" + INSTITUTION + "'");
            counter.next();
            assertThat(counter.getInt(1)).as("the folio counter at the last folio").isEqualTo(numbers.size());
            System.out.printf("Faults: %d folios of %s, 1 to %d without a gap%n", numbers.size(), INSTITUTION,
                    numbers.size());
        }
    }

    @Test
    @Order(5)
    void aNodeKilledWhileHoldingTheOutboxLockAndSendingLosesNoMail() throws Exception {
        int mails = 600;
        awaitNoPendingMails(Duration.ofSeconds(120)); // the burst's filing notices go out first
        mail.reset();
        try (Connection c = direct(database); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO mail_outbox (recipient, subject, body, created_at) SELECT 'persona' || n"
                    + " || '@fallas.test', 'Aviso ' || n, 'Texto del aviso ' || n, now()"
                    + " FROM generate_series(1, " + mails + ") AS n");
        }
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (mail.getReceivedMessages().length < 40 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        String sender;
        Timestamp lockedUntil;
        try (Connection c = direct(database); Statement s = c.createStatement()) {
            var lock = s.executeQuery("SELECT locked_by, lock_until FROM shedlock WHERE name LIKE '%deliverPending%'");
            assertThat(lock.next()).as("the outbox job's lock row").isTrue();
            lockedUntil = lock.getTimestamp(2);
            var claims = s.executeQuery("SELECT DISTINCT claimed_by FROM mail_outbox WHERE sent_at IS NULL"
                    + " AND claimed_until IS NOT NULL");
            sender = claims.next() ? claims.getString(1) : null;
        }
        // Kill the node that is sending: the one whose job holds the outbox lock (one node at a time).
        NodeProcess victim = whichNodeSends();
        NodeProcess survivor = victim == a ? b : a;
        int beforeKill = mail.getReceivedMessages().length;
        victim.kill();
        System.out.printf("Faults: killed %s holding the outbox lock (until %s, claim %s) after %d of %d mails%n",
                victim.name(), lockedUntil, sender, beforeKill, mails);
        assertThat(beforeKill).as("killed in the middle of sending").isLessThan(mails);

        end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (pendingMails() > 0 && System.nanoTime() < end) {
            Thread.sleep(500);
        }
        assertThat(pendingMails()).as("mails still unsent after the survivor took the job over").isZero();
        Map<String, Integer> received = new HashMap<>();
        for (Message m : mail.getReceivedMessages()) {
            String to = m.getAllRecipients()[0].toString();
            if (to.matches("persona[0-9]+@fallas\\.test")) { // the 600, not the notices of earlier filings
                received.merge(to, 1, Integer::sum);
            }
        }
        for (int n = 1; n <= mails; n++) {
            assertThat(received.getOrDefault("persona" + n + "@fallas.test", 0)).as("mail " + n + " arrived").isPositive();
        }
        long twice = received.values().stream().filter(count -> count > 1).count();
        System.out.printf("Faults: %d mails, %d received, %d arrived twice (the one in flight at the kill, ADR 0013)%n",
                mails, mail.getReceivedMessages().length, twice);
        assertThat(twice).as("only the mail in flight at the kill may arrive twice").isLessThanOrEqualTo(1);
        assertThat(received.values().stream().mapToInt(Integer::intValue).max().orElse(0)).isLessThanOrEqualTo(2);
        assertThat(survivor.alive()).isTrue(); // it serves the backup check alone (a restart costs a minute here)
    }

    @Test
    @Order(4)
    void theDatabaseCutAnswers503AndTheNodesComeBackByThemselves() throws Exception {
        proxy.cut();
        try {
            whileTheDatabaseIsUnreachable();
        } finally {
            proxy.restore();
        }
        afterTheDatabaseIsBack();
    }

    private void whileTheDatabaseIsUnreachable() throws Exception {
        HttpResponse<String> page = a.get("/jurisdicciones");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("Estamos por volver", "Referencia de esta respuesta")
                .doesNotContain("Exception", "at org.", "SQL");
        HttpResponse<String> api = b.get("/api/v1/ledger/checkpoints?limit=1"); // read from the database each time
        assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
        assertThat(api.body()).contains("\"status\":503").doesNotContain("Exception", "at org.");
        assertThat(a.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(a.get("/actuator/health/liveness").statusCode()).as("alive, only not ready").isEqualTo(200);
        HttpResponse<String> refused = b.postJson("/api/v1/jurisdictions", TOKEN,
                "{\"slug\":\"durante-el-corte\",\"name\":\"Durante el corte\",\"level\":\"STATE\",\"parentSlug\":\"mexico\"}");
        assertThat(refused.statusCode()).isEqualTo(503);
    }

    private void afterTheDatabaseIsBack() throws Exception {
        for (NodeProcess node : List.of(a, b)) {
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (node.get("/jurisdicciones").statusCode() != 200 && System.nanoTime() < end) {
                Thread.sleep(500);
            }
            assertThat(node.get("/jurisdicciones").statusCode()).as(node.name() + " back by itself").isEqualTo(200);
            assertThat(node.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> after = b.postJson("/api/v1/jurisdictions", TOKEN,
                "{\"slug\":\"despues-del-corte\",\"name\":\"Después del corte\",\"level\":\"STATE\",\"parentSlug\":\"mexico\"}");
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
        acknowledged.add("despues-del-corte");
        try (Connection c = direct(database); Statement s = c.createStatement()) {
            var rows = s.executeQuery("SELECT count(*) FROM jurisdiction WHERE slug = 'durante-el-corte'");
            rows.next();
            assertThat(rows.getInt(1)).as("a write answered 503 saved nothing").isZero();
            for (String slug : acknowledged) {
                var one = s.executeQuery("SELECT count(*) FROM jurisdiction WHERE slug = '" + slug + "'");
                one.next();
                assertThat(one.getInt(1)).as("acknowledged " + slug).isEqualTo(1);
            }
        }
        assertVerifies(a);
    }

    @Test
    @Order(6)
    void theDocumentedBackupRestoredIntoAFreshDatabaseVerifies() throws Exception {
        NodeProcess serving = a.alive() ? a : b; // the outbox check killed one
        Set<String> uploaded = uploadFiles(serving, serving, () -> direct(database));
        String originalHead;
        long originalSeq;
        try (Connection c = direct(database); Statement s = c.createStatement()) {
            var head = s.executeQuery("SELECT last_seq, last_hash FROM ledger_head WHERE id = 1");
            head.next();
            originalSeq = head.getLong(1);
            originalHead = head.getString(2).trim();
        }
        // the nodes keep running: pg_dump takes a consistent snapshot while they serve (docs/OPERATIONS.md, Backups)
        Path dump = Path.of("target", "faults", "apertura.dump").toAbsolutePath();
        Files.deleteIfExists(dump);
        String restored = database + "_restored";
        run("pg_dump", "-h", host, "-p", String.valueOf(port), "-U", user, "-Fc", "-d", database, "-f", dump.toString());
        run("dropdb", "--if-exists", "-h", host, "-p", String.valueOf(port), "-U", user, restored);
        run("createdb", "-h", host, "-p", String.valueOf(port), "-U", user, restored);
        NodeProcess fresh = null;
        try {
            run("pg_restore", "-h", host, "-p", String.valueOf(port), "-U", user, "--no-owner", "-d", restored,
                    dump.toString());
            // then the files, as documented (database first, then the files), into a store of their own
            Path restoredFiles = Path.of("target", "faults", "files-restored").toAbsolutePath();
            run("rm", "-rf", restoredFiles.toString());
            run("cp", "-a", Path.of(environment.get("APERTURA_FILES_DIR")).toString(), restoredFiles.toString());
            // the dump's head, before any node starts on it (a node's start-up may append: the platform lists are
            // registered as datasets once an institution exists); the nodes kept appending after originalHead was read
            long dumpedSeq;
            String dumpedHead;
            try (Connection c = direct(restored); Statement s = c.createStatement()) {
                var head = s.executeQuery("SELECT last_seq, last_hash FROM ledger_head WHERE id = 1");
                head.next();
                dumpedSeq = head.getLong(1);
                dumpedHead = head.getString(2).trim();
            }
            assertThat(dumpedSeq).as("the dump was taken after sequence " + originalSeq + " was read")
                    .isGreaterThanOrEqualTo(originalSeq);
            assertThat(entryHash(database, dumpedSeq)).as("the original's entry at the dump's head, " + dumpedSeq)
                    .isEqualTo(dumpedHead);
            assertThat(entryHash(restored, originalSeq)).as("the restored entry at sequence " + originalSeq)
                    .isEqualTo(originalHead);
            Map<String, String> restoredEnvironment = new HashMap<>(environment);
            restoredEnvironment.put("APERTURA_DB_URL", "jdbc:postgresql://" + host + ":" + port + "/" + restored);
            restoredEnvironment.put("APERTURA_FILES_DIR", restoredFiles.toString());
            fresh = new NodeProcess("node-restored", restoredEnvironment, arguments);
            fresh.start();
            fresh.awaitReady(START);
            JsonNode there = JSON.readTree(fresh.get("/api/v1/ledger/verify").body());
            System.out.printf("Faults: restored %d entries, head %s; checkpoints checked %d%n", there.get("entries").asLong(),
                    there.get("head").asText(), there.get("checkpoints").get("checked").asLong());
            assertThat(there.get("valid").asBoolean()).as(there.toString()).isTrue();
            assertThat(entryHash(restored, dumpedSeq)).as("the dump's head, sequence " + dumpedSeq + ", still in the"
                    + " verified chain after the restored node's start-up").isEqualTo(dumpedHead);
            assertThat(there.get("checkpoints").get("checked").asLong()).as("signed checkpoints checked").isPositive();
            assertThat(there.get("checkpoints").get("byUnknownKeys").asLong()).isZero();
            try (Connection c = direct(restored); Statement s = c.createStatement()) {
                for (String slug : acknowledged) {
                    var one = s.executeQuery("SELECT count(*) FROM jurisdiction WHERE slug = '" + slug + "'");
                    one.next();
                    assertThat(one.getInt(1)).as("restored " + slug).isEqualTo(1);
                }
                var head = s.executeQuery("SELECT last_seq FROM ledger_head WHERE id = 1");
                head.next();
                assertThat(head.getLong(1)).isGreaterThanOrEqualTo(dumpedSeq);
                int named = assertFilesRestored(s, restoredFiles, uploaded);
                System.out.printf("Faults: %d files named by the restored ledger, each restored with its hash%n", named);
            }
            assertServes(fresh, uploadedResource, uploaded);
        } finally {
            if (fresh != null) {
                fresh.stop();
            }
            run("dropdb", "--if-exists", "-h", host, "-p", String.valueOf(port), "-U", user, restored);
        }
    }

    private String uploadedResource;

    /**
     * Stores files the way a data publisher does (an institution, a dataset and two files through the CKAN API), so
     * the backup has files the ledger names by their SHA-256; answers their hashes.
     */
    private Set<String> uploadFiles(NodeProcess a, NodeProcess b, Database db) throws Exception {
        HttpResponse<String> institution = a.postJson("/api/v1/institutions", TOKEN, "{\"slug\":\"fallas-datos\","
                + "\"name\":\"Unidad de datos de las fallas\",\"jurisdictionSlug\":\"mexico\",\"branch\":\"EXECUTIVE\"}");
        assertThat(institution.statusCode()).as(institution.body()).isEqualTo(201);
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO membership (account_id, role, scope_kind, scope_id, created_at) SELECT id,"
                    + " 'DATA_PUBLISHER', 'INSTITUTION', 'fallas-datos', now() FROM account ORDER BY id LIMIT 1");
        }
        HttpResponse<String> dataset = a.postJson("/api/3/action/package_create", TOKEN, "{\"name\":\"archivos-fallas\","
                + "\"owner_org\":\"fallas-datos\",\"title\":\"Archivos de las pruebas de fallas\","
                + "\"notes\":\"Dos archivos que la prueba de respaldo y restauración sube y busca después.\"}");
        assertThat(dataset.statusCode()).as(dataset.body()).isEqualTo(200);
        Set<String> hashes = new java.util.TreeSet<>();
        for (int n = 1; n <= 2; n++) {
            byte[] content = ("clave,valor\nfila," + n + "-" + java.util.UUID.randomUUID() + "\n").getBytes();
            String boundary = "fallas" + System.nanoTime();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"package_id\"\r\n\r\narchivos-fallas\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nArchivo " + n + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"archivo-" + n
                    + ".csv\"\r\nContent-Type: text/csv\r\n\r\n";
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(content);
            body.write(tail);
            HttpResponse<String> created = NodeProcess.HTTP.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create((n == 1 ? a : b).base() + "/api/3/action/resource_create"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            uploadedResource = JSON.readTree(created.body()).get("result").get("id").asText();
            hashes.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        }
        return hashes;
    }

    /**
     * Every file the restored ledger names (the uploaded ones among them) is in the restored store with the bytes of
     * its SHA-256; answers how many.
     */
    private static int assertFilesRestored(Statement restored, Path files, Set<String> uploaded) throws Exception {
        Set<String> named = new java.util.TreeSet<>();
        var payloads = restored.executeQuery("SELECT payload FROM ledger_entry WHERE payload LIKE '%sha256%'");
        while (payloads.next()) {
            Matcher sha = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"").matcher(payloads.getString(1));
            while (sha.find()) {
                named.add(sha.group(1));
            }
        }
        assertThat(named).as("the files uploaded before the backup, named by the ledger").containsAll(uploaded);
        for (String sha : named) {
            Path file = files.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
            assertThat(file).as("restored file " + sha).exists();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)))).as("restored file's hash").isEqualTo(sha);
        }
        return named.size();
    }

    /** The restored node serves an uploaded resource's file, with the bytes of one of the uploaded hashes. */
    private static void assertServes(NodeProcess node, String resource, Set<String> uploaded) throws Exception {
        HttpResponse<String> shown = node.get("/api/3/action/resource_show?id=" + resource);
        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
        String download = JSON.readTree(shown.body()).get("result").get("url").asText();
        HttpResponse<byte[]> bytes = NodeProcess.HTTP.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(download.startsWith("http") ? download : node.base() + download)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bytes.statusCode()).as("the restored node serves the restored file").isEqualTo(200);
        assertThat(uploaded).contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(bytes.body())));
    }

    /** A database the test reads and writes directly. */
    private interface Database {
        Connection open() throws Exception;
    }

    private Path h2Root;
    private Map<String, String> h2Environment;
    private NodeProcess h2;

    /** A node on an empty embedded H2 database of its own, in target/faults/h2/data (default profile, no demo). */
    private void startH2Node() throws Exception {
        h2Root = Path.of("target", "faults", "h2").toAbsolutePath();
        run("rm", "-rf", h2Root.toString());
        Path data = Files.createDirectories(h2Root.resolve("data"));
        h2Environment = new HashMap<>(environment);
        for (String postgres : List.of("SPRING_PROFILES_ACTIVE", "APERTURA_DB_URL", "APERTURA_DB_USER", "APERTURA_DB_PASSWORD")) {
            h2Environment.remove(postgres);
        }
        h2Environment.put("APERTURA_DEMO", "false");
        h2Environment.put("APERTURA_DATA_DIR", data.toString());
        h2Environment.put("APERTURA_FILES_DIR", data.resolve("files").toString());
        h2 = new NodeProcess("node-h2", h2Environment, h2Arguments(data));
        h2.start();
    }

    @Test
    @Order(7)
    void theDocumentedH2BackupRestoredIntoAnEmptyDirectoryVerifies() throws Exception {
        // the PostgreSQL nodes are done: their processors go to the nodes on the embedded database
        a.stop();
        b.stop();
        startH2Node(); // not beside node B at the start: on a busy machine two starts at once each take twice as long
        Path root = h2Root;
        Path data = root.resolve("data");
        NodeProcess restored = null;
        try {
            h2.awaitReady(START);
            try (Connection c = h2(data); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO api_token (account_id, name, token_hash, token_prefix, created_at)"
                        + " SELECT id, 'faults', '" + sha256(TOKEN) + "', '" + TOKEN.substring(0, 12) + "', now()"
                        + " FROM account ORDER BY id LIMIT 1");
            }
            HttpResponse<String> federal = h2.postJson("/api/v1/jurisdictions", TOKEN,
                    "{\"slug\":\"mexico\",\"name\":\"México\",\"level\":\"FEDERAL\"}");
            assertThat(federal.statusCode()).as(federal.body()).isEqualTo(201);
            Set<String> uploaded = uploadFiles(h2, h2, () -> h2(data));
            String resource = uploadedResource;
            HttpResponse<String> filed = h2.postJson("/api/v1/requests", TOKEN, filing("Los contratos de 2026", "fallas-datos"));
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            String folio = JSON.readTree(filed.body()).get("requests").get(0).get("folio").asText();

            // the documented backup: stop the service, the H2 Backup tool on the database, then the files
            h2.stop();
            long headSeq;
            String head;
            try (Connection c = h2(data); Statement s = c.createStatement();
                    var row = s.executeQuery("SELECT last_seq, last_hash FROM ledger_head WHERE id = 1")) {
                row.next();
                headSeq = row.getLong(1);
                head = row.getString(2).trim();
            }
            Path zip = root.resolve("apertura-h2.zip");
            Path restoredData = root.resolve("data-restored");
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            run(javaBin, "-cp", h2Jar(), "org.h2.tools.Backup", "-dir", data.toString(), "-db", "apertura", "-file",
                    zip.toString());
            run("cp", "-a", data.resolve("files").toString(), root.resolve("files-backup").toString());
            // restored into an empty directory, the files put back beside it
            run(javaBin, "-cp", h2Jar(), "org.h2.tools.Restore", "-file", zip.toString(), "-dir", restoredData.toString(),
                    "-db", "apertura");
            run("cp", "-a", root.resolve("files-backup").toString(), restoredData.resolve("files").toString());
            Map<String, String> restoredEnvironment = new HashMap<>(h2Environment);
            restoredEnvironment.put("APERTURA_DATA_DIR", restoredData.toString());
            restoredEnvironment.put("APERTURA_FILES_DIR", restoredData.resolve("files").toString());
            restored = new NodeProcess("node-h2-restored", restoredEnvironment, h2Arguments(restoredData));
            restored.start();
            restored.awaitReady(START);
            JsonNode there = JSON.readTree(restored.get("/api/v1/ledger/verify").body());
            System.out.printf("Faults: H2 backup of %d entries restored, head %s; checkpoints checked %d%n", headSeq,
                    there.get("head").asText(), there.get("checkpoints").get("checked").asLong());
            assertThat(there.get("valid").asBoolean()).as(there.toString()).isTrue();
            assertThat(there.get("checkpoints").get("byUnknownKeys").asLong()).isZero();
            assertThat(restored.get("/api/v1/requests/" + folio).statusCode()).as("the request filed before the backup")
                    .isEqualTo(200);
            try (Connection c = h2(restoredData); Statement s = c.createStatement()) {
                var entry = s.executeQuery("SELECT hash FROM ledger_entry WHERE seq = " + headSeq);
                assertThat(entry.next()).isTrue();
                assertThat(entry.getString(1).trim()).as("the backed-up head, in the restored chain").isEqualTo(head);
                assertFilesRestored(s, restoredData.resolve("files"), uploaded);
            }
            assertServes(restored, resource, uploaded);
        } finally {
            h2.stop();
            if (restored != null) {
                restored.stop();
            }
        }
    }

    /**
     * The node's arguments on an embedded database in a directory: the default URL with {@code AUTO_SERVER=TRUE}, so
     * the test can read and write it while the node has it open.
     */
    private List<String> h2Arguments(Path dataDir) {
        List<String> own = new ArrayList<>(arguments);
        own.add("--spring.datasource.url=" + h2Url(dataDir));
        return own;
    }

    private static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("apertura") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    private static Connection h2(Path dataDir) throws Exception {
        return DriverManager.getConnection(h2Url(dataDir), "sa", "");
    }

    /** The H2 jar the application runs with: the documented tools come from it. */
    private static String h2Jar() {
        return java.util.Arrays.stream(NodeProcess.applicationClasspath().split(java.io.File.pathSeparator))
                .filter(e -> Path.of(e).getFileName().toString().matches("h2-[0-9.]+\\.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no H2 jar on the classpath"));
    }

    /** The hash of the ledger entry at {@code seq} in {@code name}, read directly. */
    private String entryHash(String name, long seq) throws Exception {
        try (Connection c = direct(name); Statement s = c.createStatement();
                var entry = s.executeQuery("SELECT hash FROM ledger_entry WHERE seq = " + seq)) {
            return entry.next() ? entry.getString(1).trim() : null;
        }
    }

    private void assertVerifies(NodeProcess node) throws Exception {
        HttpResponse<String> verify = node.get("/api/v1/ledger/verify");
        assertThat(verify.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(verify.body());
        assertThat(body.get("valid").asBoolean()).as(node.name() + ": " + verify.body()).isTrue();
        assertThat(body.get("checkpoints").get("byUnknownKeys").asLong()).as("every node signs with the shared key").isZero();
    }

    /** The node whose outbox job holds the lock: ShedLock's locked_by names it (host:node id, both on this host). */
    private NodeProcess whichNodeSends() throws Exception {
        try (Connection c = direct(database); Statement s = c.createStatement()) {
            var lock = s.executeQuery("SELECT locked_by FROM shedlock WHERE name LIKE '%deliverPending%'");
            assertThat(lock.next()).isTrue();
            String lockedBy = lock.getString(1);
            assertThat(lockedBy).as("the lock names the node, not only the host").matches(".+:node-[ab]");
            return lockedBy.endsWith(":node-a") ? a : b;
        }
    }

    private static List<String> withNodeId(List<String> arguments, String id) {
        List<String> own = new ArrayList<>(arguments);
        own.add("--apertura.scheduling.node-id=" + id);
        return own;
    }

    private int pendingMails() throws Exception {
        try (Connection c = direct(database); Statement s = c.createStatement()) {
            var rows = s.executeQuery("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL");
            rows.next();
            return rows.getInt(1);
        }
    }

    private int writes() {
        return acknowledged.size() + supported.size() + folios.size();
    }

    private void awaitWrites(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (writes() < count) {
            assertThat(System.nanoTime()).as("waiting for " + count + " acknowledged writes").isLessThan(end);
            Thread.sleep(50);
        }
    }

    private static String person(int client, int k) {
        return "persona-" + client + "-" + k + "@fallas.test";
    }

    /** The API token of a person the test made. */
    private static String tokenOf(String email) {
        try {
            return "apt_fallas" + sha256(email).substring(0, 32);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String filing(String description, String institution) {
        return "{\"institutions\":[\"" + institution + "\"],\"description\":\"" + description
                + "\",\"modality\":\"ELECTRONIC\",\"medium\":\"PLATFORM\"}";
    }

    private static String formToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a form token on the page").isTrue();
        return token.group(1).replace("&#45;", "-");
    }

    private int sessionsOf(String email) throws Exception {
        return count("SELECT count(*) FROM spring_session WHERE principal_name = '" + email + "'");
    }

    private int count(String sql) throws Exception {
        try (Connection c = direct(database); Statement s = c.createStatement(); var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Mails the test's mail server received for a recipient with a subject. */
    private int received(String recipient, String subject) throws Exception {
        int n = 0;
        for (Message m : mail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(recipient) && subject.equals(m.getSubject())) {
                n++;
            }
        }
        return n;
    }

    /**
     * Waits until a scheduled job (its class's name) has taken its lock {@code runs} more times after {@code from}
     * (the lock row's time moves at each run); answers the nodes that ran it.
     */
    private Set<String> awaitRuns(String job, Timestamp from, int runs) throws Exception {
        Set<Timestamp> seen = new java.util.HashSet<>();
        Set<String> by = new java.util.TreeSet<>();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (seen.size() < runs) {
            assertThat(System.nanoTime()).as(job + " ran " + seen.size() + " times").isLessThan(end);
            try (Connection c = direct(database); Statement s = c.createStatement(); var lock = s.executeQuery(
                    "SELECT locked_at, locked_by FROM shedlock WHERE name LIKE '" + job + ".%'")) {
                while (lock.next()) {
                    if (lock.getTimestamp(1).after(from) && seen.add(lock.getTimestamp(1))) {
                        by.add(lock.getString(2).substring(lock.getString(2).lastIndexOf(':') + 1));
                    }
                }
            }
            Thread.sleep(100);
        }
        return by;
    }

    private void awaitNoPendingMails(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (pendingMails() > 0 && System.nanoTime() < end) {
            Thread.sleep(100);
        }
    }

    private Connection direct(String name) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + name, user, password);
    }

    private static void run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
    }
}
