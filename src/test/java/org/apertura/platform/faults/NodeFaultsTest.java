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
 * <li>a node killed with {@code kill -9} in the middle of a burst of writes on both nodes loses nothing it
 * acknowledged, records nothing twice, and leaves a ledger that verifies with continuous sequence numbers;</li>
 * <li>a node killed while it holds the outbox job's lock and is sending mail: the other node takes the job over when
 * the lock expires and every mail arrives; at most the one mail in flight at the kill arrives twice (the documented
 * gap of ADR 0013: the mail server had it, the node died before recording it);</li>
 * <li>the database unreachable: pages answer 503 with the friendly page and the request id, the API a problem
 * document, never a stack trace; readiness says DOWN; the nodes come back by themselves and nothing acknowledged is
 * lost;</li>
 * <li>the documented backup (pg_dump, then the files) restored into a fresh database and a fresh file store gives the
 * same ledger head, the chain and the signed checkpoints verify there, and every file the ledger names is restored
 * with the bytes of its SHA-256 and served.</li>
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

    @BeforeAll
    void startTwoNodes() throws Exception {
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
                "--apertura.scheduling.max-lock=PT15S");
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
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (NodeProcess node : new NodeProcess[] {a, b}) {
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
    @Order(1)
    void aNodeKilledInTheMiddleOfABurstLosesNothingItAcknowledged() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean aInRotation = new AtomicBoolean(true); // what a balancer's readiness check decides
        AtomicInteger failed = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        int atKill;
        try {
            for (int t = 0; t < 8; t++) {
                int client = t;
                clients.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        NodeProcess node = (i + client) % 2 == 0 && aInRotation.get() ? a : b;
                        String slug = "estado-" + client + "-" + i;
                        try {
                            HttpResponse<String> answer = node.postJson("/api/v1/jurisdictions", TOKEN, "{\"slug\":\""
                                    + slug + "\",\"name\":\"Estado " + client + " " + i
                                    + "\",\"level\":\"STATE\",\"parentSlug\":\"mexico\"}");
                            if (answer.statusCode() == 201) {
                                acknowledged.add(slug); // the client recorded the acknowledgement
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet(); // the node died under this request: not acknowledged
                        }
                    }
                    return null;
                });
            }
            awaitAcknowledged(40, Duration.ofSeconds(90));
            a.kill(); // kill -9 in the middle of the burst: requests in flight on A never get an answer
            aInRotation.set(false); // the balancer sees A's readiness fail and sends everything to B
            atKill = acknowledged.size();
            awaitAcknowledged(atKill + 40, Duration.ofSeconds(90)); // B goes on alone
            a.start();
            a.awaitReady(START);
            aInRotation.set(true);
            awaitAcknowledged(acknowledged.size() + 20, Duration.ofSeconds(90)); // and A serves again
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
        System.out.printf("Faults: %d writes acknowledged (%d before the kill -9), %d not acknowledged%n",
                acknowledged.size(), atKill, failed.get());

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
        assertVerifies(b);
        assertVerifies(a);
    }

    @Test
    @Order(2)
    void aNodeKilledWhileHoldingTheOutboxLockAndSendingLosesNoMail() throws Exception {
        int mails = 600;
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
            received.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
        }
        for (int n = 1; n <= mails; n++) {
            assertThat(received.getOrDefault("persona" + n + "@fallas.test", 0)).as("mail " + n + " arrived").isPositive();
        }
        long twice = received.values().stream().filter(count -> count > 1).count();
        System.out.printf("Faults: %d mails, %d received, %d arrived twice (the one in flight at the kill, ADR 0013)%n",
                mails, mail.getReceivedMessages().length, twice);
        assertThat(twice).as("only the mail in flight at the kill may arrive twice").isLessThanOrEqualTo(1);
        assertThat(received.values().stream().mapToInt(Integer::intValue).max().orElse(0)).isLessThanOrEqualTo(2);
        victim.start();
        victim.awaitReady(START);
        assertThat(survivor.alive()).isTrue();
    }

    @Test
    @Order(3)
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
    @Order(4)
    void theDocumentedBackupRestoredIntoAFreshDatabaseVerifies() throws Exception {
        Set<String> uploaded = uploadFiles();
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
                // every file the restored ledger names is in the restored store, with the bytes of its hash
                Set<String> named = new java.util.TreeSet<>();
                var payloads = s.executeQuery("SELECT payload FROM ledger_entry WHERE payload LIKE '%sha256%'");
                while (payloads.next()) {
                    Matcher sha = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"").matcher(payloads.getString(1));
                    while (sha.find()) {
                        named.add(sha.group(1));
                    }
                }
                assertThat(named).as("the files uploaded before the backup, named by the ledger").containsAll(uploaded);
                for (String sha : named) {
                    Path file = restoredFiles.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
                    assertThat(file).as("restored file " + sha).exists();
                    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(file)))).as("restored file's hash").isEqualTo(sha);
                }
                System.out.printf("Faults: %d files named by the restored ledger, each restored with its hash%n",
                        named.size());
            }
            HttpResponse<String> resource = fresh.get("/api/3/action/resource_show?id=" + uploadedResource);
            assertThat(resource.statusCode()).as(resource.body()).isEqualTo(200);
            String download = JSON.readTree(resource.body()).get("result").get("url").asText();
            HttpResponse<byte[]> bytes = NodeProcess.HTTP.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(download.startsWith("http") ? download : fresh.base() + download)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(bytes.statusCode()).as("the restored node serves the restored file").isEqualTo(200);
            assertThat(uploaded).contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(bytes.body())));
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
    private Set<String> uploadFiles() throws Exception {
        HttpResponse<String> institution = a.postJson("/api/v1/institutions", TOKEN, "{\"slug\":\"fallas-datos\","
                + "\"name\":\"Unidad de datos de las fallas\",\"jurisdictionSlug\":\"mexico\",\"branch\":\"EXECUTIVE\"}");
        assertThat(institution.statusCode()).as(institution.body()).isEqualTo(201);
        try (Connection c = direct(database); Statement s = c.createStatement()) {
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

    private void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (acknowledged.size() < count) {
            assertThat(System.nanoTime()).as("waiting for " + count + " acknowledged writes").isLessThan(end);
            Thread.sleep(50);
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
