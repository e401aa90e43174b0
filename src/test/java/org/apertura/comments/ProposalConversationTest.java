package org.apertura.comments;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.nio.charset.StandardCharsets;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.cocreation.CocreationFixtures;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Proposal;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.InvalidInputException;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Proposals on the comment engine (ADR 0067, "Done"): what the older implementations did, the engine does — a
 * flood is refused with nothing kept, an official answer shows the institution's name and not «Participante», the
 * API publishes comments without their authors' names.
 */
@IntegrationTest
class ProposalConversationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CocreationService cocreation;
    @Autowired
    DiscussionService discussions;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActingAs actingAs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonPostsAtMostTenCommentsAnHourAndTheEleventhIsRefusedWithNothingKept() throws Exception {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, cocreation, 10);
        Account talker = TestAccounts.person(accounts, "Persona que comenta mucho");
        Proposal proposal = CocreationFixtures.proposed(actingAs, cocreation, open, talker, "Propuesta muy comentada");
        actingAs.run(talker.getId(), () -> {
            for (int i = 1; i <= DiscussionService.PER_HOUR; i++) {
                CocreationFixtures.comment(discussions, proposal, null, "Comentario número " + i);
            }
            assertThatThrownBy(() -> CocreationFixtures.comment(discussions, proposal, null, "Uno más"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("discussion.error.rate")));
        });
        mvc.perform(post("/conversacion/proposal/" + proposal.getId()).with(details.signedIn(talker)).with(csrf())
                .param("body", "Otro más por la página")).andExpect(flash().attributeExists("problems"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM discussion_comment WHERE author_account_id = ?")
                .param(talker.getId()).query(Long.class).single()).isEqualTo((long) DiscussionService.PER_HOUR);
        mvc.perform(get("/propuestas/" + proposal.getId()))
                .andExpect(content().string(not(containsString("Uno más"))))
                .andExpect(content().string(not(containsString("Otro más por la página"))));
    }

    @Test
    void theSecretariatAnswersOfficiallyInItsOwnNameAndTheApiPublishesNoPersonalName() throws Exception {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, cocreation, 10);
        Account author = TestAccounts.person(accounts, "Autora con nombre real");
        Account coordinator = CocreationFixtures.coordinator(accounts, open, "Coordinadora con nombre real");
        Proposal proposal = CocreationFixtures.proposed(actingAs, cocreation, open, author, "Bancas en la plaza");
        DiscussionComment[] c = new DiscussionComment[2];
        actingAs.run(author.getId(), () -> c[0] = CocreationFixtures.comment(discussions, proposal, null,
                "¿Cuándo se revisa esta propuesta?"));
        actingAs.run(coordinator.getId(), () -> c[1] = CocreationFixtures.comment(discussions, proposal,
                c[0].getId(), "La mesa de trabajo la revisa el próximo mes."));
        String institution = plans.bodyOf(plans.exerciseOf(open.plan())).getName();
        assertThat(c[1].isOfficial()).isTrue();
        assertThat(c[1].getOfficialName()).isEqualTo(institution);
        assertThat(c[0].isOfficial()).isFalse();

        String page = mvc.perform(get("/propuestas/" + proposal.getId())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String answer = page.substring(page.indexOf("id=\"comentario-" + c[1].getId() + "\""));
        answer = answer.substring(0, answer.indexOf("</article>"));
        assertThat(answer).contains(institution, "Respuesta oficial", "La mesa de trabajo la revisa el próximo mes.")
                .doesNotContain("Participante", "Coordinadora con nombre real");

        String api = mvc.perform(get("/api/v1/proposals/" + proposal.getId())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // the proposal names its author as they chose; its comments name nobody but the institution answering
        String comments = api.substring(api.indexOf("\"comments\":"), api.indexOf("\"workingTables\":"));
        assertThat(comments).contains("\"official\":true", "\"author\":\"" + institution + "\"",
                "\"author\":\"Participante\"", "¿Cuándo se revisa esta propuesta?")
                .doesNotContain("Autora con nombre real", "Coordinadora con nombre real");
        // the proposal's comments on their own, linked from its page: the same names and nothing more
        assertThat(page).contains("/propuestas/" + proposal.getId() + "/comentarios.csv",
                "/api/v1/proposals/" + proposal.getId() + "/comments");
        String json = mvc.perform(get("/api/v1/proposals/" + proposal.getId() + "/comments")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"official\":true", "\"author\":\"" + institution + "\"",
                "\"author\":\"Participante\"", "\"replyTo\":" + c[0].getId())
                .doesNotContain("Autora con nombre real", "Coordinadora con nombre real", author.getEmail());
        String csv = mvc.perform(get("/propuestas/" + proposal.getId() + "/comentarios.csv")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("comentario,numero_anterior,responde_a,oficial,nombre_publico", institution,
                "La mesa de trabajo la revisa el próximo mes.", "Participante")
                .doesNotContain("Autora con nombre real", "Coordinadora con nombre real", author.getEmail());
    }
}
