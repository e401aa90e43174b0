package org.apertura.cocreation;

import static org.apertura.TestPages.ledgerHead;
import static org.apertura.TestPages.read;
import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A call written by hand is a draft (ADR 0061): its coordinator sees and edits it, everyone else gets a 404 and finds it
 * in no list; nothing of it is in the ledger until it is published; publishing a call whose proposals already closed is
 * refused with the date, in Spanish and English; publishing writes {@code call.created}, once; a member of the
 * secretariat who does not run the exercise may not publish.
 */
@IntegrationTest
class CallDraftTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ActionPlanService plans;
    @Autowired
    CocreationService service;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;

    @Test
    void aDraftIsTheCoordinatorsUntilTheyPublishIt() throws Exception {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, service, 10);
        String exercise = plans.exerciseOf(open.plan()).getSlug();
        Account coordinator = TestAccounts.person(accounts, "Coordinación que redacta");
        Account member = TestAccounts.person(accounts, "Integrante que no coordina");
        SystemActor.run(() -> {
            accounts.grant(coordinator.getId(), Role.COORDINATOR, open.body(), null);
            accounts.grant(member.getId(), Role.STL_MEMBER, open.body(), org.apertura.identity.Sector.CIVIL_SOCIETY);
        });
        RequestPostProcessor runs = details.signedIn(coordinator);
        String slug = "borrador-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = service.today();
        long ledger = ledgerHead(jdbc);

        MockHttpServletResponse created = mvc.perform(form(post("/ejercicios/" + exercise + "/convocatorias"), slug,
                today.minusDays(20), today.minusDays(10)).with(runs).with(csrf())).andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/convocatorias/" + slug);
        assertThat(read(mvc, "/convocatorias/" + slug, runs)).contains("Borrador sin publicar", "Publicar la convocatoria");
        for (String path : List.of("/convocatorias/" + slug, "/api/v1/calls/" + slug,
                "/convocatorias/" + slug + "/respuestas.csv", "/convocatorias/" + slug + "/triptico.pdf")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(mvc.perform(get(path).with(details.signedIn(member))).andReturn().getResponse().getStatus())
                    .as(path + " to a member who does not run the exercise").isEqualTo(404);
        }
        for (String list : List.of("/convocatorias", "/api/v1/calls", "/convocatorias.csv", "/sitemap.xml",
                "/ejercicios/" + exercise)) {
            assertThat(read(mvc, list, null)).as(list).doesNotContain(slug);
        }
        assertThat(read(mvc, "/convocatorias", runs)).contains("Sus borradores de convocatoria", "/convocatorias/" + slug);
        assertThat(read(mvc, "/ejercicios/" + exercise, runs)).contains("/convocatorias/" + slug, "Borrador");

        // Edited as a draft: nothing in the ledger.
        assertThat(mvc.perform(form(post("/convocatorias/" + slug), slug, today.minusDays(19), today.minusDays(10))
                .with(runs).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(ledgerHead(jdbc)).as("nothing of a draft goes to the ledger").isEqualTo(ledger);

        // Publishing: not by a member who does not run it; not once proposals closed (said with the date).
        assertThat(mvc.perform(post("/convocatorias/" + slug + "/publicar").with(details.signedIn(member)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        List<?> problems = (List<?>) mvc.perform(post("/convocatorias/" + slug + "/publicar").with(runs).with(csrf()))
                .andReturn().getFlashMap().get("problems");
        assertThat(problems.toString()).contains("La recepción de propuestas cerró el " + today.minusDays(10));
        problems = (List<?>) mvc.perform(post("/convocatorias/" + slug + "/publicar").param("lang", "en").with(runs)
                .with(csrf())).andReturn().getFlashMap().get("problems");
        assertThat(problems.toString()).contains("Proposals closed on " + today.minusDays(10));
        assertThat(ledgerHead(jdbc)).isEqualTo(ledger);

        mvc.perform(form(post("/convocatorias/" + slug), slug, today, today.plusDays(10)).with(runs).with(csrf()));
        assertThat(mvc.perform(post("/convocatorias/" + slug + "/publicar").with(runs).with(csrf())).andReturn()
                .getFlashMap().get("notice")).isEqualTo("cocreation.notice.callPublished");
        assertThat(jdbc.queryForList("SELECT type FROM ledger_entry WHERE seq > ?", String.class, ledger))
                .containsExactly("call.created");
        assertThat(read(mvc, "/convocatorias/" + slug, null)).contains("Convocatoria en borrador")
                .doesNotContain("Borrador sin publicar");
        assertThat(read(mvc, "/convocatorias", null)).contains("/convocatorias/" + slug);
        assertThat(read(mvc, "/api/v1/calls", null)).contains(slug);
        // Once public, a change goes to the ledger, and it cannot be published again.
        mvc.perform(form(post("/convocatorias/" + slug), slug, today, today.plusDays(12)).with(runs).with(csrf()));
        assertThat(mvc.perform(post("/convocatorias/" + slug + "/publicar").with(runs).with(csrf())).andReturn()
                .getFlashMap().get("problems").toString()).contains("ya está publicada");
        assertThat(jdbc.queryForList("SELECT type FROM ledger_entry WHERE seq > ?", String.class, ledger))
                .containsExactly("call.created", "call.changed");
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String slug,
            LocalDate opens, LocalDate closes) {
        return request.param("slug", slug).param("title", "Convocatoria en borrador").param("description", "Texto.")
                .param("themes", "G").param("submissionOpens", opens.toString())
                .param("submissionCloses", closes.toString()).param("supportOpens", opens.toString())
                .param("supportCloses", closes.plusDays(5).toString()).param("proposers", "ANYONE")
                .param("supportsPerPerson", "10");
    }
}
