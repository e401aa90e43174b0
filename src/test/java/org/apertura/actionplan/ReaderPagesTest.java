package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.apertura.HttpVisitor;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.ReaderPages;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Readers' plan and commitment pages are answered from the bytes kept in memory (platform.web.ReaderPages) while
 * nothing they show has changed: a change shows on the very next request, and a signed-in person's page (their name,
 * their sign-out form) never reaches a reader, nor a reader's kept page a signed-in person.
 */
@IntegrationTest
class ReaderPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    AccountService accounts;
    @Autowired
    ReaderPages kept;
    @Autowired
    Today today;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> read(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> page = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
        return page;
    }

    @Test
    void aReaderGetsTheKeptPageUntilSomethingItShowsChanges() throws Exception {
        ActionPlan plan = PlanFixtures.draftPlan(plans, PlanFixtures.secretariatWithAgreements(secretariat),
                LocalDate.parse("2026-06-30"));
        Commitment commitment = plans.commitments(plan).get(0);
        String commitmentPath = "/compromisos/" + commitment.getId();
        String planPath = "/planes/" + plan.getId();
        for (String path : new String[] {commitmentPath, planPath}) {
            // no scheduled job runs in the shared test context (apertura.scheduling.enabled=false): nothing moves the
            // ledger's head between the two reads
            String first = read(path).body();
            long hits = kept.hits();
            String second = read(path).body();
            assertThat(kept.hits()).as(path + " answered from the kept bytes").isEqualTo(hits + 1);
            assertThat(second).as(path).isEqualTo(first);
            assertThat(read(path, "Cookie", "APERTURA_LANG=en").body()).as(path + " in English")
                    .isNotEqualTo(first).contains("lang=\"en\"");
        }

        String milestone = "Hito visto al instante " + UUID.randomUUID();
        SystemActor.run(() -> plans.addMilestone(commitment.getId(), new Drafts.MilestoneDraft(milestone, "Entregable",
                "Medio", "Responsable", LocalDate.parse("2025-11-01"), LocalDate.parse("2026-07-31"), 1)));
        assertThat(read(commitmentPath).body()).as("the next reader sees the change").contains(milestone);

        String code = "C-" + UUID.randomUUID().toString().substring(0, 4);
        String title = "Compromiso añadido después " + UUID.randomUUID();
        SystemActor.run(() -> plans.addCommitment(plan.getId(), new CommitmentDraft(code, title, "Resumen.", "Problema",
                null, "Línea base", null, null, null, java.util.Set.of(Theme.C),
                java.util.Map.of(OgpValue.TRANSPARENCY, "Publica datos."), "ayuntamiento-tepehuanes",
                java.util.List.of(), null, null, null, LocalDate.parse("2025-09-01"), LocalDate.parse("2026-08-31"))));
        assertThat(read(planPath).body()).as("the next reader sees the change").contains(title);
        assertThat(read(planPath, "Cookie", "APERTURA_LANG=en").body()).contains(title);
    }

    /**
     * After a change, readers arriving together do not all build the page (under load that stampede kept the
     * commitment page from ever being served kept): one builds it, the others wait for its bytes.
     */
    @Test
    void readersAskingTogetherAfterAChangeWaitForOneBuild() throws Exception {
        ActionPlan plan = PlanFixtures.draftPlan(plans, PlanFixtures.secretariatWithAgreements(secretariat),
                LocalDate.parse("2026-06-30"));
        Commitment commitment = plans.commitments(plan).get(0);
        String path = "/compromisos/" + commitment.getId();
        read(path);
        String milestone = "Hito pedido a la vez " + UUID.randomUUID();
        SystemActor.run(() -> plans.addMilestone(commitment.getId(), new Drafts.MilestoneDraft(milestone, "Entregable",
                "Medio", "Responsable", LocalDate.parse("2025-11-01"), LocalDate.parse("2026-07-31"), 1)));
        int readers = 8;
        long hits = kept.hits();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<String>> pages = new java.util.ArrayList<>();
            for (int i = 0; i < readers; i++) {
                pages.add(pool.submit(() -> {
                    go.await();
                    return read(path).body();
                }));
            }
            go.countDown();
            String first = pages.get(0).get();
            assertThat(first).contains(milestone);
            for (java.util.concurrent.Future<String> page : pages) {
                assertThat(page.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(kept.hits()).as("one reader built the page, the others got its bytes").isEqualTo(hits + readers - 1);
    }

    /**
     * The home page is kept too; «Sesiones próximas» drops a session at its start with no ledger entry, so that
     * instant is in the kept page's version (secretariat.SessionStarts, docs/adr/0045).
     */
    @Test
    void theKeptHomePageChangesWhenASessionStarts() throws Exception {
        String slug = PlanFixtures.secretariatWithAgreements(secretariat);
        java.time.Instant start = today.now().plusSeconds(4);
        SystemActor.run(() -> secretariat.callSession(slug, new org.apertura.secretariat.Drafts.SessionDraft(
                org.apertura.secretariat.SessionKind.ORDINARY, start.atZone(Today.ZONE).toLocalDateTime(), "Sala", null,
                today.date(), java.util.List.of("Seguimiento"))));
        String link = "/organos/" + slug + "/sesiones/2";
        String before = read("/").body();
        assertThat(before).as("the session is coming").contains(link);
        long hits = kept.hits();
        assertThat(read("/").body()).isEqualTo(before);
        assertThat(kept.hits()).as("the home page is kept").isEqualTo(hits + 1);
        while (!today.now().isAfter(start)) {
            Thread.sleep(200);
        }
        assertThat(read("/").body()).as("the session has started: no longer coming").doesNotContain(link);
    }

    @Test
    void aSignedInViewNeverReachesAReaderNorAKeptPageASignedInPerson() throws Exception {
        ActionPlan plan = PlanFixtures.draftPlan(plans, PlanFixtures.secretariatWithAgreements(secretariat),
                LocalDate.parse("2026-06-30"));
        String path = "/compromisos/" + plans.commitments(plan).get(0).getId();
        String name = "Lectora Con Sesión " + UUID.randomUUID().toString().substring(0, 6);
        String email = TestAccounts.uniqueEmail("kept");
        accounts.signUp(email, TestAccounts.PASSWORD, name);
        HttpVisitor visitor = new HttpVisitor(port);
        visitor.signIn(email, TestAccounts.PASSWORD);

        HttpResponse<String> signedIn = visitor.get(path);
        assertThat(signedIn.body()).contains(name).contains("/salir");
        String reader = read(path).body();
        assertThat(reader).doesNotContain(name).doesNotContain("/salir");
        long hits = kept.hits();
        assertThat(read(path).body()).isEqualTo(reader);
        assertThat(kept.hits()).isEqualTo(hits + 1);

        HttpResponse<String> again = visitor.get(path);
        assertThat(kept.hits()).as("a signed-in person is never answered from the kept pages").isEqualTo(hits + 1);
        assertThat(again.body()).contains(name).contains("/salir");
        assertThat(read(path).body()).doesNotContain(name).doesNotContain("/salir");
    }
}
