package org.apertura.national;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apertura.Apertura;
import org.apertura.ledger.CanonicalJson;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three real Apertura instances in this JVM, each on its own random port with its own in-memory H2 database: two
 * members (the demo's exercise, plans and requests) and a national node without demo data. The node harvests both
 * over HTTP, reads only what changed after a member's new ledger entries, keeps serving when a member is down or
 * answers garbage, a huge body or slowly, prints a member's markup as text, and refuses a member whose ledger row was
 * edited in its database, naming the first broken entry.
 *
 * <p>Its instances always run on H2, whatever the profile, so the PostgreSQL run of the suite leaves it out (tag
 * {@code own-h2}, pom.xml): it would run the very same thing twice.
 */
@Tag("own-h2")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalFederationTest {

    static ConfigurableApplicationContext durango;
    static ConfigurableApplicationContext coahuila;
    static ConfigurableApplicationContext node;
    static HttpServer impostor;
    static long durangoId;
    static long coahuilaId;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static volatile String forgedReuses = "[]";

    @BeforeAll
    static void start() throws IOException {
        durango = instance("durango", true);
        coahuila = instance("coahuila", true);
        node = instance("nodo", false, "--apertura.node=national", "--apertura.national.timeout=PT2S",
                "--apertura.national.max-response=4MB");
        impostor = impostor();
        SystemActor.run(() -> {
            NationalService service = node.getBean(NationalService.class);
            durangoId = service.add(new NationalService.MemberDraft("Apertura Durango", base(durango), "10", null)).getId();
            coahuilaId = service.add(new NationalService.MemberDraft("Apertura Torreón", base(coahuila) + "/", "05",
                    "Torreón")).getId();
        });
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {durango, coahuila, node}) {
            if (c != null && c.isActive()) {
                c.close();
            }
        }
        if (impostor != null) {
            impostor.stop(0);
        }
    }

    static ConfigurableApplicationContext instance(String name, boolean demo, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--spring.profiles.active=test", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:federation-" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--apertura.test.clean-database=false", "--apertura.demo=" + demo, "--apertura.ocds.ocid-prefix=",
                "--apertura.files-dir=target/federation/" + name, "--apertura.data-dir=target/federation/" + name,
                "--apertura.national.first-harvest-after=PT24H", "--apertura.mail.poll-interval=PT1H",
                "--spring.application.name=apertura-" + name));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(Apertura.class).run(args.toArray(String[]::new));
    }

    static String base(ConfigurableApplicationContext c) {
        return "http://127.0.0.1:" + c.getEnvironment().getProperty("local.server.port");
    }

    static Harvester.Result harvest(long id) {
        Harvester.Result[] result = new Harvester.Result[1];
        SystemActor.run(() -> result[0] = node.getBean(NationalService.class).harvestNow(id));
        return result[0];
    }

    static NationalMember member(long id) {
        return node.getBean(NationalService.class).member(id);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base(node) + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static long ledgerHead(ConfigurableApplicationContext c) {
        return c.getBean(JdbcTemplate.class).queryForObject("SELECT MAX(seq) FROM ledger_entry", Long.class);
    }

    @Test
    @Order(1)
    void anEmptyNodeRendersItsPageAndBothMembersAreHarvestedAndVerified() throws Exception {
        HttpResponse<String> empty = get("/nacional");
        assertThat(empty.statusCode()).isEqualTo(200);
        // a chart with no data yet says so once, under its title: no empty picture, table, downloads or embed
        List<String> emptyCharts = java.util.Arrays.stream(empty.body().split("<figure"))
                .filter(f -> f.contains("Aún no hay datos para esta gráfica.")).toList();
        assertThat(emptyCharts).isNotEmpty().allSatisfy(f -> assertThat(f.substring(0, f.indexOf("</figure>")))
                .doesNotContain("chart-picture", "chart-downloads", "chart-embed"));
        Harvester.Result d = harvest(durangoId);
        Harvester.Result c = harvest(coahuilaId);
        assertThat(d.status()).as(d.problem()).isEqualTo(MemberStatus.CURRENT);
        assertThat(c.status()).as(c.problem()).isEqualTo(MemberStatus.CURRENT);
        assertThat(member(durangoId).getVerifiedSeq()).isEqualTo(ledgerHead(durango));
        assertThat(d.fetched()).isEqualTo((int) ledgerHead(durango));
        assertThat(member(coahuilaId).getBaseUrl()).isEqualTo(base(coahuila));
        String demoExercise = durango.getBean(JdbcTemplate.class)
                .queryForObject("SELECT name FROM exercise ORDER BY id LIMIT 1", String.class);

        HttpResponse<String> page = get("/nacional");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Apertura Durango", "Apertura Torreón", "Durango", "Coahuila",
                escaped(demoExercise), "<svg");
        assertThat(get("/api/v1/national/states").body()).contains("\"code\":\"05\"", "\"code\":\"10\"");
        String commitment = durango.getBean(JdbcTemplate.class)
                .queryForObject("SELECT c.title FROM commitment c ORDER BY c.id LIMIT 1", String.class);
        String word = commitment.split(" ")[0];
        HttpResponse<String> search = get("/nacional/compromisos?q=" + java.net.URLEncoder.encode(word,
                StandardCharsets.UTF_8) + "&estado=05");
        assertThat(search.body()).contains(escaped(commitment)).contains("Apertura Torreón");
        assertThat(get("/nacional/compromisos.csv?estado=10").body()).contains("Apertura Durango")
                .doesNotContain("Apertura Torreón");
        String compare = get("/nacional/comparar?ejercicio=" + durangoId + ":" + slug(durango) + "&ejercicio="
                + coahuilaId + ":" + slug(coahuila)).body();
        assertThat(compare).contains("Apertura Durango", "Apertura Torreón", "<table");
        assertThat(get("/nacional/miembros/" + durangoId).body()).contains(member(durangoId).getVerifiedHash());

        // Each exercise states its licence (CC-BY-4.0 by default) on its page and in the API; the node carries it.
        String exercisePage = HTTP.send(HttpRequest.newBuilder(URI.create(base(durango) + "/ejercicios/" + slug(durango)))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(exercisePage).contains("<link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">");
        assertThat(get("/api/v1/national/exercises").body()).contains("\"licence\":\"CC-BY-4.0\"");
    }

    @Test
    @Order(2)
    void theMembersEvidenceAndFeedbackFiguresAreHarvestedWithoutThePeople() throws Exception {
        JdbcTemplate db = durango.getBean(JdbcTemplate.class);
        long evidence = db.queryForObject("SELECT COUNT(*) FROM evidence e JOIN milestone m ON m.id = e.milestone_id"
                + " JOIN commitment c ON c.id = m.commitment_id JOIN action_plan p ON p.id = c.plan_id"
                + " WHERE p.status <> 'DRAFT'", Long.class);
        long accepted = db.queryForObject("SELECT COUNT(*) FROM evidence e JOIN milestone m ON m.id = e.milestone_id"
                + " JOIN commitment c ON c.id = m.commitment_id JOIN action_plan p ON p.id = c.plan_id"
                + " WHERE p.status <> 'DRAFT' AND e.status = 'ACCEPTED'", Long.class);
        assertThat(accepted).as("the demo has accepted evidence").isPositive();
        Snapshot snapshot = node.getBean(NationalView.class).member(durangoId).orElseThrow().snapshot();
        assertThat(snapshot.evidence()).hasSize((int) evidence);
        assertThat(snapshot.evidenceAccepted()).isEqualTo(accepted);
        Map<String, Object> link = db.queryForMap("SELECT title, url FROM evidence WHERE kind = 'LINK' AND status ="
                + " 'ACCEPTED' ORDER BY id LIMIT 1");
        String file = (String) link.get("url");
        assertThat(snapshot.evidence()).anySatisfy(e -> {
            assertThat(e.title()).isEqualTo(link.get("title"));
            assertThat(e.link()).isEqualTo(file);
            assertThat(e.status()).isEqualTo(org.apertura.actionplan.Evidence.Status.ACCEPTED);
        });

        tools.jackson.databind.JsonNode figures = new tools.jackson.databind.ObjectMapper().readTree(HTTP.send(
                HttpRequest.newBuilder(URI.create(base(durango) + "/api/v1/feedback/figures")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("total");
        assertThat(figures.path("received").asLong()).as("the demo has feedback").isPositive();
        assertThat(snapshot.feedback()).isEqualTo(new Snapshot.FeedbackCounts(figures.path("received").asLong(),
                figures.path("useful").asLong(), figures.path("comments").asLong(), figures.path("answered").asLong(),
                figures.path("medianHoursToAnswer").isNumber() ? figures.path("medianHoursToAnswer").decimalValue()
                        .setScale(1) : null));

        String page = get("/nacional/miembros/" + durangoId).body();
        assertThat(page).contains(escaped(file), "Retroalimentación", figures.path("received").asLong() + " opiniones recibidas");
        String submitter = db.queryForObject("SELECT submitted_by FROM evidence ORDER BY id LIMIT 1", String.class);
        String reviewer = db.queryForObject("SELECT reviewer FROM evidence WHERE reviewer IS NOT NULL ORDER BY id LIMIT 1",
                String.class);
        String everything = page + get("/api/v1/national/evidence").body() + get("/nacional/evidencias.csv").body()
                + get("/api/v1/national/members").body();
        assertThat(everything).as("who submitted and who reviewed stay on the member's site")
                .doesNotContain(escaped(submitter), escaped(reviewer), submitter, reviewer);
        assertThat(get("/nacional/evidencias.csv").body()).contains(file, "aceptada", "Apertura Durango");
        assertThat(get("/api/v1/national/evidence").body()).contains("\"url\":\"" + file + "\"",
                "\"status\":\"ACCEPTED\"");
        assertThat(get("/nacional").body()).contains("Evidencias aceptadas", accepted + " de " + evidence);
        assertThat(get("/api/v1/national/states").body()).contains("\"evidenceAccepted\":" + accepted,
                "\"feedbackReceived\":" + figures.path("received").asLong());
        assertThat(get("/nacional/estados.csv").body()).contains("evidencias_aceptadas", "opiniones_recibidas");
    }

    @Test
    @Order(3)
    void aKitExportedByOneMemberAndImportedByTheOtherShowsNationallyAsReused() throws Exception {
        long origin = coahuila.getBean(JdbcTemplate.class).queryForObject("SELECT c.id FROM commitment c JOIN action_plan p"
                + " ON p.id = c.plan_id WHERE p.status = 'PUBLISHED' ORDER BY c.id LIMIT 1", Long.class);
        // Each instance states its public address in apertura.base-url; here the ports are random, so the kit's
        // address is the one Torreón answers on (the manifest is not among the files it hashes).
        Map<String, byte[]> kit = org.apertura.platform.kits.KitFixture.unzip(coahuila.getBean(
                org.apertura.actionplan.CommitmentKit.class).zip(origin));
        tools.jackson.databind.ObjectMapper json = new tools.jackson.databind.ObjectMapper();
        tools.jackson.databind.node.ObjectNode manifest = (tools.jackson.databind.node.ObjectNode) json.readTree(
                kit.get("manifest.json"));
        ((tools.jackson.databind.node.ObjectNode) manifest.path("attribution")).put("url",
                base(coahuila) + "/compromisos/" + origin);
        kit.put("manifest.json", json.writeValueAsBytes(manifest));
        org.apertura.actionplan.ActionPlanService plans = durango.getBean(org.apertura.actionplan.ActionPlanService.class);
        Long[] imported = new Long[1];
        byte[] adopted = org.apertura.platform.kits.KitFixture.zip(kit);
        SystemActor.run(() -> {
            org.apertura.actionplan.ActionPlan plan = org.apertura.actionplan.PlanFixturesAccess.draftPlan(plans,
                    org.apertura.actionplan.PlanFixturesAccess.secretariatWithAgreements(
                            durango.getBean(org.apertura.secretariat.SecretariatService.class)));
            imported[0] = durango.getBean(org.apertura.actionplan.CommitmentKitImport.class).importInto(plan.getId(),
                    new org.apertura.actionplan.CommitmentKitImport.Adapting("ADOPT-1", "ayuntamiento-tepehuanes",
                            java.time.LocalDate.parse("2025-09-01"), java.time.LocalDate.parse("2026-08-31")),
                    new java.io.ByteArrayInputStream(adopted)).getId();
        });

        assertThat(harvest(durangoId).status()).isEqualTo(MemberStatus.CURRENT);
        List<NationalView.ReuseRow> reuses = node.getBean(NationalView.class).reuses();
        assertThat(reuses).hasSize(1);
        assertThat(reuses.get(0).origin().getId()).isEqualTo(coahuilaId);
        assertThat(reuses.get(0).adopter().getId()).isEqualTo(durangoId);
        assertThat(reuses.get(0).code()).isEqualTo("ADOPT-1");
        assertThat(reuses.get(0).link()).isEqualTo(base(durango) + "/compromisos/" + imported[0]);
        assertThat(get("/nacional").body()).contains("Lo que viajó", "1 adopción por otra instancia",
                "ADOPT-1");
        assertThat(get("/nacional/miembros/" + coahuilaId).body()).contains("reutilizados por otras instancias",
                "Apertura Durango");
        assertThat(get("/nacional/miembros/" + durangoId).body()).doesNotContain("reutilizados por otras instancias");
        assertThat(get("/api/v1/national/reuses").body()).contains("\"code\":\"ADOPT-1\"",
                "\"originUrl\":\"" + base(coahuila) + "/compromisos/" + origin + "\"");
        assertThat(get("/nacional/reutilizados.csv").body()).contains("ADOPT-1", "Apertura Durango");

        // Torreón, the origin, reads the node's published reuse and shows it on its own commitment's page.
        String originPage = base(coahuila) + "/compromisos/" + origin;
        ReusedBy reusedBy = coahuila.getBean(ReusedBy.class);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(originPage)).build(), HttpResponse.BodyHandlers.ofString())
                .body()).doesNotContain("Reutilizado por");
        long importSeq = durango.getBean(JdbcTemplate.class).queryForObject(
                "SELECT seq FROM ledger_entry WHERE type = 'commitment.imported'", Long.class);
        assertThat(get("/api/v1/national/reuses").body()).contains("\"adopterBaseUrl\":\"" + base(durango) + "\"",
                "\"ledgerSeq\":" + importSeq);
        // Torreón checks Durango's ledger itself: the import entry is not under a signed checkpoint yet, so the
        // adoption stays unverified and unshown; once Durango signs its head, it is shown.
        reusedBy.refresh(base(node), base(coahuila));
        assertThat(reusedBy.of("/compromisos/" + origin)).isEmpty();
        assertThat(reusedBy.known().unverified()).isEqualTo(1);
        SystemActor.run(() -> durango.getBean(org.apertura.ledger.LedgerCheckpoints.class).signHead());
        reusedBy.refresh(base(node), base(coahuila));
        assertThat(reusedBy.known().unverified()).isZero();
        assertThat(reusedBy.of("/compromisos/" + origin)).singleElement().satisfies(a -> {
            assertThat(a.adopter()).isEqualTo("Apertura Durango");
            assertThat(a.code()).isEqualTo("ADOPT-1");
            assertThat(a.url()).isEqualTo(base(durango) + "/compromisos/" + imported[0]);
        });
        String shown = HTTP.send(HttpRequest.newBuilder(URI.create(originPage)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(shown).contains("Reutilizado por", "Otro gobierno adaptó este compromiso", "Apertura Durango",
                "ADOPT-1", base(durango) + "/compromisos/" + imported[0]);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reusedBy.refresh("http://127.0.0.1:"
                + impostor.getAddress().getPort() + "/basura", base(coahuila))).isInstanceOf(HarvestProblem.class);
        assertThat(reusedBy.of("/compromisos/" + origin)).as("a node answering garbage changes nothing").hasSize(1);
        assertThat(coahuila.getBean(ReusedBy.class).of("/compromisos/" + (origin + 1))).isEmpty();

        // A node that lies: it names Durango's signed ledger, but at an entry that is not the import of this
        // commitment, or an adoption of another of Torreón's commitments. Torreón reads Durango's ledger and shows neither.
        String lie = "{\"originUrl\":\"%s\",\"adopterName\":\"Gobierno Inventado\",\"code\":\"FALSO\","
                + "\"title\":\"Falso\",\"url\":\"%s\",\"adopterBaseUrl\":\"%s\",\"ledgerSeq\":%d}";
        forgedReuses = "[" + String.format(lie, base(coahuila) + "/compromisos/" + (origin + 1), base(durango)
                + "/compromisos/" + imported[0], base(durango), importSeq) + "," + String.format(lie, originPage,
                base(durango) + "/compromisos/" + imported[0], base(durango), 1L) + "]";
        reusedBy.refresh("http://127.0.0.1:" + impostor.getAddress().getPort() + "/nodo-falso", base(coahuila));
        assertThat(reusedBy.known().unverified()).isEqualTo(2);
        assertThat(reusedBy.of("/compromisos/" + origin)).isEmpty();
        assertThat(reusedBy.of("/compromisos/" + (origin + 1))).isEmpty();
        reusedBy.refresh(base(node), base(coahuila));

        // A call travels too: Torreón's call kit, imported by Durango (call.imported), shows nationally as a call.
        String callSlug = coahuila.getBean(org.apertura.cocreation.CocreationService.class).calls().get(0).getSlug();
        Map<String, byte[]> callKit = org.apertura.platform.kits.KitFixture.unzip(coahuila.getBean(
                org.apertura.cocreation.CallKit.class).zip(callSlug));
        tools.jackson.databind.node.ObjectNode callManifest = (tools.jackson.databind.node.ObjectNode) json.readTree(
                callKit.get("manifest.json"));
        ((tools.jackson.databind.node.ObjectNode) callManifest.path("attribution")).put("url",
                base(coahuila) + "/convocatorias/" + callSlug);
        callKit.put("manifest.json", json.writeValueAsBytes(callManifest));
        String exercise = plans.exerciseOf(plans.plan(plans.commitment(imported[0]).getPlanId())).getSlug();
        byte[] callZip = org.apertura.platform.kits.KitFixture.zip(callKit);
        SystemActor.run(() -> durango.getBean(org.apertura.cocreation.CallKit.class).importInto(exercise,
                new org.apertura.cocreation.CallKit.Adapting("convocatoria-adoptada", java.time.LocalDate.parse(
                        "2030-03-01"), java.time.LocalDate.parse("2030-03-31"), java.time.LocalDate.parse("2030-03-01"),
                        java.time.LocalDate.parse("2030-04-15")), new java.io.ByteArrayInputStream(callZip)));
        // Imported as a draft (ADR 0061): no reuse until Durango publishes it.
        assertThat(harvest(durangoId).status()).isEqualTo(MemberStatus.CURRENT);
        assertThat(node.getBean(NationalView.class).reuses()).hasSize(1);
        SystemActor.run(() -> durango.getBean(org.apertura.cocreation.CocreationService.class)
                .publish("convocatoria-adoptada"));
        assertThat(harvest(durangoId).status()).isEqualTo(MemberStatus.CURRENT);
        assertThat(node.getBean(NationalView.class).reuses()).hasSize(2).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ReuseKind.CALL);
            assertThat(r.origin().getId()).isEqualTo(coahuilaId);
            assertThat(r.code()).isEqualTo("convocatoria-adoptada");
            assertThat(r.link()).isEqualTo(base(durango) + "/convocatorias/convocatoria-adoptada");
        });
        assertThat(get("/nacional").body()).contains("2 adopciones por otras instancias", "convocatoria-adoptada",
                "<td>convocatoria</td>");
        assertThat(get("/api/v1/national/reuses").body()).contains("\"kind\":\"CALL\"");
        assertThat(reusedBy.of("/compromisos/" + origin)).as("a call is not shown on a commitment").hasSize(1);
    }

    @Test
    @Order(4)
    void onlyNewLedgerEntriesAreReadAndWhatTheyTouchedIsReadAgain() {
        JdbcTemplate db = durango.getBean(JdbcTemplate.class);
        long commitmentId = db.queryForObject("SELECT MIN(id) FROM commitment", Long.class);
        db.update("UPDATE commitment SET title = ? WHERE id = ?", "Compromiso sin asiento en el historial", commitmentId);
        Harvester.Result quiet = harvest(durangoId);
        assertThat(quiet.fetched()).isZero();
        assertThat(node.getBean(NationalView.class).commitments(new NationalView.Search("sin asiento", null, null,
                null, null))).as("nothing new in the ledger: nothing read again").isEmpty();

        long before = member(durangoId).getVerifiedSeq();
        db.update("UPDATE commitment SET title = ? WHERE id = ?", "Compromiso renovado y asentado", commitmentId);
        durango.getBean(TransactionTemplate.class).executeWithoutResult(s -> durango.getBean(LedgerService.class)
                .append("actionplan", "commitment.updated", "commitment", commitmentId, Map.of("title",
                        "Compromiso renovado y asentado")));
        Harvester.Result fresh = harvest(durangoId);
        assertThat(fresh.status()).isEqualTo(MemberStatus.CURRENT);
        assertThat(fresh.fetched()).isEqualTo(1);
        assertThat(member(durangoId).getVerifiedSeq()).isEqualTo(before + 1);
        assertThat(node.getBean(NationalView.class).commitments(new NationalView.Search("renovado y asentado", null,
                "10", null, null))).hasSize(1);

        long feedbackBefore = node.getBean(NationalView.class).member(durangoId).orElseThrow().snapshot().feedback()
                .received();
        String code = db.queryForObject("SELECT code FROM commitment c JOIN action_plan p ON p.id = c.plan_id"
                + " WHERE p.status = 'PUBLISHED' ORDER BY c.id LIMIT 1", String.class);
        long commitment = db.queryForObject("SELECT c.id FROM commitment c WHERE c.code = ? ORDER BY c.id LIMIT 1",
                Long.class, code);
        durango.getBean(org.apertura.feedback.FeedbackService.class).give("commitment", String.valueOf(commitment), true,
                null, null);
        Harvester.Result felt = harvest(durangoId);
        assertThat(felt.fetched()).as("one feedback.received entry").isEqualTo(1);
        assertThat(node.getBean(NationalView.class).member(durangoId).orElseThrow().snapshot().feedback().received())
                .isEqualTo(feedbackBefore + 1);
    }

    @Test
    @Order(5)
    void aLedgerRowEditedInAMembersDatabaseIsDetectedAndItsNewStateRefused() throws Exception {
        JdbcTemplate db = coahuila.getBean(JdbcTemplate.class);
        // a member that writes between harvests (its head moves on every time) is still audited from its start
        for (int i = 0; i < 2; i++) {
            coahuila.getBean(TransactionTemplate.class).executeWithoutResult(s -> coahuila.getBean(LedgerService.class)
                    .append("actionplan", "commitment.updated", "commitment", 1, Map.of("title", "y")));
            assertThat(harvest(coahuilaId).status()).isEqualTo(MemberStatus.CURRENT);
        }
        NationalMember verified = member(coahuilaId);
        long target = verified.getVerifiedSeq() / 2;
        db.update("UPDATE ledger_entry SET payload = ? WHERE seq = ?", "{\"name\":\"reescrito\"}", target);
        db.update("UPDATE commitment SET title = ?", "Compromiso que no debe llegar");
        coahuila.getBean(TransactionTemplate.class).executeWithoutResult(s -> coahuila.getBean(LedgerService.class)
                .append("actionplan", "commitment.updated", "commitment", 1, Map.of("title", "x")));

        Harvester.Result result = harvest(coahuilaId);
        assertThat(result.status()).isEqualTo(MemberStatus.ALTERED);
        assertThat(result.brokenSeq()).isEqualTo(target);
        NationalMember after = member(coahuilaId);
        assertThat(after.getVerifiedSeq()).isEqualTo(verified.getVerifiedSeq());
        assertThat(after.getVerifiedHash()).isEqualTo(verified.getVerifiedHash());
        assertThat(node.getBean(NationalView.class).commitments(new NationalView.Search("no debe llegar", null, null,
                null, null))).isEmpty();
        String page = get("/nacional").body();
        assertThat(page).contains("historial alterado", "la entrada " + target + " ya no es la que se verificó");
        assertThat(get("/api/v1/national/members").body()).contains("\"alteredSeq\":" + target);
        assertThat(node.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM ledger_entry WHERE type = 'national.history-altered'", Integer.class)).isEqualTo(1);

        db.update("UPDATE ledger_entry SET hash = ? WHERE seq = ?", "f".repeat(64), target);
        assertThat(harvest(coahuilaId).status()).as("still refused, flagged once").isEqualTo(MemberStatus.ALTERED);
    }

    @Test
    @Order(6)
    void garbageHugeAndSlowAnswersLeaveTheMemberStaleAndThePagesWhole() throws Exception {
        String impostorBase = "http://127.0.0.1:" + impostor.getAddress().getPort();
        long[] ids = new long[4];
        SystemActor.run(() -> {
            NationalService service = node.getBean(NationalService.class);
            ids[0] = service.add(new NationalService.MemberDraft("Basura", impostorBase + "/basura", "01", null)).getId();
            ids[1] = service.add(new NationalService.MemberDraft("Enorme", impostorBase + "/enorme", "02", null)).getId();
            ids[2] = service.add(new NationalService.MemberDraft("Lento", impostorBase + "/lento", "03", null)).getId();
            ids[3] = service.add(new NationalService.MemberDraft("Marcado", impostorBase + "/marcado", "04", null)).getId();
        });
        assertThat(harvest(ids[0]).problem()).isEqualTo("national.problem.garbage");
        assertThat(harvest(ids[1]).problem()).isEqualTo("national.problem.tooLarge");
        long started = System.nanoTime();
        assertThat(harvest(ids[2]).problem()).isEqualTo("national.problem.timeout");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(8));
        Harvester.Result marked = harvest(ids[3]);
        assertThat(marked.status()).as(marked.problem()).isEqualTo(MemberStatus.CURRENT);
        List<Snapshot.Evidence> hostile = node.getBean(NationalView.class).member(ids[3]).orElseThrow().snapshot()
                .evidence();
        assertThat(hostile).as("an unknown kind is dropped").hasSize(1);
        assertThat(hostile.get(0).link()).as("only paths and http(s) addresses").isNull();
        assertThat(hostile.get(0).sha256()).isNull();
        String markedPage = get("/nacional/miembros/" + ids[3]).body();
        assertThat(markedPage).contains("&lt;img src=x&gt;").doesNotContain("javascript:", "Persona Secreta",
                "<img src=x>");
        long[] sums = new long[1];
        SystemActor.run(() -> sums[0] = node.getBean(NationalService.class).add(new NationalService.MemberDraft(
                "Cuentas", impostorBase + "/cuentas", "06", null)).getId());
        Harvester.Result unsound = harvest(sums[0]);
        assertThat(unsound.status()).isEqualTo(MemberStatus.STALE);
        assertThat(unsound.problem()).as("more useful than received").isEqualTo("national.problem.garbage");

        HttpResponse<String> page = get("/nacional");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("sin actualizar").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>").doesNotContain("javascript:");

        Instant lastGood = member(durangoId).getLastGoodAt();
        durango.close();
        Harvester.Result down = harvest(durangoId);
        assertThat(down.status()).isEqualTo(MemberStatus.STALE);
        assertThat(member(durangoId).getLastGoodAt()).isEqualTo(lastGood);
        page = get("/nacional");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Apertura Durango", "no se pudo conectar");
        assertThat(get("/nacional/compromisos?estado=10").body()).contains("renovado y asentado");
    }

    @Test
    @Order(7)
    void aMemberAddressMustBeAWebAddress() {
        assertThat(NationalService.baseUrl("javascript:alert(1)")).isNull();
        assertThat(NationalService.baseUrl("ftp://apertura.mx")).isNull();
        assertThat(NationalService.baseUrl("https://apertura.mx/?x=1")).isNull();
        assertThat(NationalService.baseUrl("https://user@apertura.mx")).isNull();
        assertThat(NationalService.baseUrl("https://Apertura.Durango.gob.mx/")).isEqualTo("https://apertura.durango.gob.mx");
    }

    static String slug(ConfigurableApplicationContext c) {
        return c.getBean(JdbcTemplate.class).queryForObject("SELECT slug FROM exercise ORDER BY id LIMIT 1", String.class);
    }

    static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8").replace("&quot;", "&quot;");
    }

    /** A fake member: garbage, a body over the cap, an answer slower than the timeout, and a valid one with markup. */
    static HttpServer impostor() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/basura/", x -> answer(x, "<html>no soy JSON</html>"));
        server.createContext("/enorme/", x -> {
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                out.write("{\"entries\":[\"".getBytes(StandardCharsets.UTF_8));
                byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 100; i++) {
                    out.write(chunk);
                }
            } catch (IOException closedByTheNode) {
                // the node stops reading at its cap
            }
        });
        server.createContext("/lento/", x -> {
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                out.write("{\"entries\":".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(6000);
                out.write("[]}".getBytes(StandardCharsets.UTF_8));
            } catch (IOException | InterruptedException cut) {
                // the node gave up
            }
        });
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        String payload = CanonicalJson.write(Map.of("name", "<script>alert(1)</script>"));
        String hash = LedgerEntry.hashOf(1, at, "actionplan", "exercise.created", "exercise", "x", payload,
                LedgerEntry.GENESIS);
        String ledger = "{\"entries\":[{\"seq\":1,\"recordedAt\":\"" + at + "\",\"module\":\"actionplan\","
                + "\"type\":\"exercise.created\",\"subject\":{\"kind\":\"exercise\",\"id\":\"x\"},\"payload\":{},"
                + "\"canonicalPayload\":" + quoted(payload) + ",\"prevHash\":\"" + LedgerEntry.GENESIS + "\",\"hash\":\""
                + hash + "\"}],\"next\":null}";
        server.createContext("/cuentas/", x -> {
            String path = x.getRequestURI().getPath().substring("/cuentas".length());
            answer(x, switch (path) {
                case "/api/v1/ledger" -> ledger;
                case "/api/v1/exercises", "/api/v1/calls" -> "[]";
                case "/api/v1/requests/figures" -> "{\"total\":{\"received\":0,\"answered\":0,\"answeredOnTime\":0}}";
                case "/api/v1/feedback/figures" -> "{\"total\":{\"received\":1,\"useful\":5,\"comments\":0}}";
                default -> "{}";
            });
        });
        server.createContext("/marcado/", x -> {
            String path = x.getRequestURI().getPath().substring("/marcado".length());
            answer(x, switch (path) {
                case "/api/v1/ledger" -> ledger;
                case "/api/v1/exercises" -> "[{\"slug\":\"x\",\"name\":\"<script>alert(1)</script>\","
                        + "\"url\":\"javascript:alert(1)\",\"currentPhase\":\"HACKED\",\"plans\":[{\"id\":7,"
                        + "\"status\":\"PUBLISHED\"}]}]";
                case "/api/v1/plans/7" -> "{\"title\":\"Plan\",\"commitments\":[{\"id\":1,\"code\":\"X-1\","
                        + "\"title\":\"Compromiso\",\"themes\":[],\"progress\":{},\"milestones\":[{\"title\":\"H\","
                        + "\"evidence\":[{\"kind\":\"LINK\",\"status\":\"ACCEPTED\",\"title\":\"<img src=x>\","
                        + "\"url\":\"javascript:alert(2)\",\"sha256\":\"not-a-hash\",\"submittedBy\":\"Persona Secreta\"},"
                        + "{\"kind\":\"HACKED\",\"status\":\"ACCEPTED\",\"title\":\"desconocida\"}]}]}]}";
                case "/api/v1/feedback/figures" -> "{\"total\":{\"received\":1,\"useful\":1,\"comments\":0,\"answered\":0}}";
                case "/api/v1/calls" -> "[]";
                case "/api/v1/requests/figures" -> "{\"total\":{\"received\":0,\"answered\":0,\"answeredOnTime\":0}}";
                default -> "{}";
            });
        });
        server.createContext("/nodo-falso/", x -> answer(x, forgedReuses));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void answer(com.sun.net.httpserver.HttpExchange x, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
