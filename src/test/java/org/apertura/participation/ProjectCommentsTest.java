package org.apertura.participation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.apertura.participation.ParticipationFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Comments on a project (ADR 0027): people with an account comment and reply (one level), others report them, the
 * secretariat's people hide one with a public reason (only the reason is shown, on the page, in the CSV, in the JSON
 * and in the ledger) and restore it; bad input, a flood, a comment after execution began and a moderation by someone
 * without the role are refused and change nothing; nobody's e-mail appears anywhere public.
 */
@IntegrationTest
class ProjectCommentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParticipationService service;
    @Autowired
    ProjectCommentService comments;
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
    Today today;

    @Test
    void peopleCommentAndReplyAndAModeratorHidesACommentShowingOnlyItsReasonEverywhere() throws Exception {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
        Account author = TestAccounts.person(accounts, "Autora del parque comentado");
        BudgetProject park = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte",
                "Parque comentado", "300000");
        String page = "/presupuestos-participativos/" + open.slug() + "/proyectos/" + park.getNumber();
        Account ana = TestAccounts.person(accounts, "Ana del Norte");
        Account beto = TestAccounts.person(accounts, "Beto Vecino");
        Account moderator = TestAccounts.person(accounts, "Moderadora de la secretaría");
        SystemActor.run(() -> accounts.grant(moderator.getId(), Role.STL_MEMBER, open.body(), Sector.GOVERNMENT));

        mvc.perform(get(page)).andExpect(content().string(containsString("Todavía no hay comentarios")))
                .andExpect(content().string(containsString("Entre con su cuenta para comentar")));
        mvc.perform(post(page + "/comentarios").param("body", "¿Tendrá juegos para niñas y niños pequeños?")
                .with(details.signedIn(ana)).with(csrf()))
                .andExpect(redirectedUrlPattern(page + "#comentario-*"))
                .andExpect(flash().attribute("notice", "participation.notice.commented"));
        ProjectComment question = comments.threads(park).get(0).comment();
        mvc.perform(post(page + "/comentarios").param("body", "Sí, la propuesta los incluye.")
                .param("replyTo", question.getId().toString()).with(details.signedIn(beto)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ProjectComment answer = comments.threads(park).get(0).replies().get(0);
        // a reply to a reply joins the same thread: one level
        ProjectComment[] thanks = new ProjectComment[1];
        actingAs.run(ana.getId(),
                () -> thanks[0] = comments.post(open.slug(), park.getNumber(), answer.getId(), "¡Gracias!"));
        ProjectComment again = thanks[0];
        assertThat(again.getParentId()).isEqualTo(question.getId());
        assertThat(comments.threads(park)).hasSize(1);
        assertThat(comments.threads(park).get(0).replies()).extracting(ProjectComment::getId)
                .containsExactly(answer.getId(), again.getId());
        mvc.perform(get(page)).andExpect(content().string(containsString("¿Tendrá juegos para niñas")))
                .andExpect(content().string(containsString("Ana del Norte")))
                .andExpect(content().string(containsString("Sí, la propuesta los incluye.")))
                .andExpect(content().string(not(containsString(ana.getEmail()))))
                .andExpect(content().string(not(containsString("Reportar"))));

        // Bad input: empty, too long, a flood, after execution began: refused, nothing stored.
        int before = comments.ofProcess(open.process()).size();
        mvc.perform(post(page + "/comentarios").param("body", "   ").with(details.signedIn(beto)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("Este dato es obligatorio"))))
                .andExpect(redirectedUrl(page + "#comentar"));
        actingAs.run(beto.getId(), () -> {
            refused(() -> comments.post(open.slug(), park.getNumber(), null, "x".repeat(2001)),
                    "validation.required.max");
            today.on(open.process().getExecutionFrom(), () -> refused(() -> comments.post(open.slug(),
                    park.getNumber(), null, "Tarde"), "participation.error.notCommenting"));
        });
        assertThat(comments.ofProcess(open.process())).hasSize(before);
        Account flooder = TestAccounts.person(accounts, "Vecino que comenta mucho");
        actingAs.run(flooder.getId(), () -> {
            for (int i = 0; i < ProjectCommentService.PER_HOUR; i++) {
                comments.post(open.slug(), park.getNumber(), null, "Comentario " + i);
            }
            refused(() -> comments.post(open.slug(), park.getNumber(), null, "Uno más"),
                    "participation.error.commentRate");
        });
        assertThat(comments.ofProcess(open.process())).hasSize(before + ProjectCommentService.PER_HOUR);

        // Reports: anyone else with an account; one's own is refused; twice is one.
        mvc.perform(get(page).with(details.signedIn(beto))).andExpect(content().string(containsString("Reportar")));
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(page + "/comentarios/" + question.getId() + "/marcar").with(details.signedIn(beto))
                    .with(csrf())).andExpect(flash().attribute("notice", "participation.notice.flagged"));
        }
        actingAs.run(ana.getId(), () -> refused(() -> comments.flag(open.slug(), park.getNumber(), question.getId()),
                "participation.error.flagOwn"));
        assertThat(comments.flagCounts(park)).containsEntry(question.getId(), 1L);
        mvc.perform(get("/presupuestos-participativos/" + open.slug() + "/moderacion").with(details.signedIn(moderator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("¿Tendrá juegos para niñas")));
        mvc.perform(get("/presupuestos-participativos/" + open.slug() + "/moderacion").with(details.signedIn(beto)))
                .andExpect(status().isForbidden());

        // Moderation: only the secretariat's people; a reason is required.
        actingAs.run(beto.getId(), () -> assertThatThrownBy(() -> comments.hide(open.slug(), park.getNumber(),
                question.getId(), "No me gusta")).isInstanceOf(AccessDeniedException.class));
        mvc.perform(post(page + "/comentarios/" + question.getId() + "/ocultar").param("reason", " ")
                .with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("Escriba el motivo público, en hasta 500 caracteres.")));
        mvc.perform(get(page).with(details.signedIn(moderator)))
                .andExpect(content().string(containsString("Reportado por una persona")))
                .andExpect(content().string(containsString("¿Tendrá juegos para niñas")));
        mvc.perform(post(page + "/comentarios/" + question.getId() + "/ocultar")
                .param("reason", "Prueba de moderación: publicaba datos de una persona.")
                .with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.commentHidden"));
        actingAs.run(moderator.getId(), () -> refused(() -> comments.hide(open.slug(), park.getNumber(),
                question.getId(), "Otra vez"), "participation.error.commentHidden"));

        String hidden = "Comentario ocultado por moderación: Prueba de moderación: publicaba datos de una persona.";
        mvc.perform(get(page)).andExpect(content().string(containsString(hidden)))
                .andExpect(content().string(not(containsString("¿Tendrá juegos para niñas"))))
                .andExpect(content().string(containsString("Sí, la propuesta los incluye.")));
        mvc.perform(get(page).param("lang", "en")).andExpect(content().string(
                containsString("Comment hidden by moderation: Prueba de moderación")));
        String csv = mvc.perform(get("/presupuestos-participativos/" + open.slug() + "/comentarios.csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("nombre_publico", "Beto Vecino", "Prueba de moderación", "Sí, la propuesta")
                .doesNotContain("¿Tendrá juegos", ana.getEmail(), beto.getEmail(), "Moderadora");
        String json = mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/comments"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"hiddenReason\":\"Prueba de moderación", "\"author\":\"Ana del Norte\"")
                .doesNotContain("¿Tendrá juegos", ana.getEmail(), "Moderadora");
        String ledger = mvc.perform(get("/api/v1/ledger?subjectKind=pb-process&subjectId="
                + open.process().getId() + "&limit=100")).andReturn().getResponse().getContentAsString();
        assertThat(ledger).contains("pb.comment.posted", "pb.comment.hidden", "Prueba de moderación")
                .doesNotContain("¿Tendrá juegos", "Ana del Norte", "Moderadora", ana.getEmail());

        // Restored: the text is back, and the ledger keeps both.
        mvc.perform(post(page + "/comentarios/" + question.getId() + "/restaurar").with(details.signedIn(moderator))
                .with(csrf())).andExpect(flash().attribute("notice", "participation.notice.commentRestored"));
        mvc.perform(get(page)).andExpect(content().string(containsString("¿Tendrá juegos para niñas")))
                .andExpect(content().string(not(containsString("Comentario ocultado"))));
        assertThat(mvc.perform(get("/api/v1/ledger?subjectKind=pb-process&subjectId=" + open.process().getId()
                + "&limit=100")).andReturn().getResponse().getContentAsString()).contains("pb.comment.restored");
    }
}
