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
