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
import org.apertura.comments.DiscussionComment;
import org.apertura.comments.DiscussionService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Comments on a project (ADR 0027), on the comment engine since ADR 0067 ("Done"): people with an account comment and
 * reply, others report them once, the secretariat's people hide one with a public reason (only the reason is shown, on
 * the page, in the CSV, in the JSON and in the ledger, whose entries keep their {@code pb.comment.*} types under the
 * process) and restore it; bad input, a flood, a comment after execution began and a moderation by someone without the
 * role are refused and change nothing; nobody's name or e-mail appears anywhere public (authors by nickname or
 * «Participante»).
 */
@IntegrationTest
class ProjectCommentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParticipationService service;
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
    Today today;

    @Test
    void peopleCommentAndReplyAndAModeratorHidesACommentShowingOnlyItsReasonEverywhere() throws Exception {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
        Account author = TestAccounts.person(accounts, "Autora del parque comentado");
        BudgetProject park = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte",
                "Parque comentado", "300000");
        String page = "/presupuestos-participativos/" + open.slug() + "/proyectos/" + park.getNumber();
        String kind = "pb-project";
        String id = park.getId().toString();
        String form = "/conversacion/" + kind + "/" + id;
        Account ana = TestAccounts.person(accounts, "Ana del Norte");
        Account beto = TestAccounts.person(accounts, "Beto Vecino");
        Account moderator = TestAccounts.person(accounts, "Moderadora de la secretaría");
        SystemActor.run(() -> accounts.grant(moderator.getId(), Role.STL_MEMBER, open.body(), Sector.GOVERNMENT));

        mvc.perform(get(page)).andExpect(content().string(containsString("Todavía no hay comentarios")))
                .andExpect(content().string(containsString("Entre con su cuenta para comentar")));
        mvc.perform(post(form).param("body", "¿Tendrá juegos para niñas y niños pequeños?")
                .with(details.signedIn(ana)).with(csrf()))
                .andExpect(redirectedUrlPattern(page + "#comentario-*"))
                .andExpect(flash().attribute("notice", "discussion.notice.posted"));
        DiscussionComment question = threads(kind, id).get(0).comment();
        mvc.perform(post(form).param("body", "Sí, la propuesta los incluye.")
                .param("replyTo", question.getId().toString()).with(details.signedIn(beto)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        DiscussionComment answer = threads(kind, id).get(0).replies().get(0).comment();
        // a reply to a reply stays in the same thread, saying whom it answers
        DiscussionComment[] thanks = new DiscussionComment[1];
        actingAs.run(ana.getId(), () -> thanks[0] = discussions.post(kind, id, answer.getId(), "¡Gracias!"));
        assertThat(thanks[0].threadId()).isEqualTo(question.getId());
        assertThat(threads(kind, id)).hasSize(1);
        assertThat(threads(kind, id).get(0).replies()).extracting(r -> r.comment().getId())
                .containsExactly(answer.getId(), thanks[0].getId());
        mvc.perform(get(page)).andExpect(content().string(containsString("¿Tendrá juegos para niñas")))
                .andExpect(content().string(containsString("Participante")))
                .andExpect(content().string(containsString("Sí, la propuesta los incluye.")))
                .andExpect(content().string(not(containsString("Ana del Norte"))))
                .andExpect(content().string(not(containsString(ana.getEmail()))))
                .andExpect(content().string(not(containsString("Reportar"))));

        // Bad input: empty, too long, a flood, after execution began: refused, nothing stored.
        int before = posted(kind, id);
        mvc.perform(post(form).param("body", "   ").with(details.signedIn(beto)).with(csrf()))
                .andExpect(flash().attribute("problems", hasItem(containsString("Este dato es obligatorio"))))
                .andExpect(redirectedUrl(page + "#comentar"));
        actingAs.run(beto.getId(), () -> {
            refused(() -> discussions.post(kind, id, null, "x".repeat(2001)), "validation.required.max");
            today.on(open.process().getExecutionFrom(), () -> refused(() -> discussions.post(kind, id, null,
                    "Tarde"), "participation.error.notCommenting"));
        });
        today.on(open.process().getExecutionFrom(), () -> {
            try {
                mvc.perform(post(form).param("body", "Tarde").with(details.signedIn(beto)).with(csrf()))
                        .andExpect(flash().attribute("problems", hasItem(containsString(
                                "Los comentarios están abiertos del"))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(posted(kind, id)).isEqualTo(before);
        Account flooder = TestAccounts.person(accounts, "Vecino que comenta mucho");
        actingAs.run(flooder.getId(), () -> {
            for (int i = 0; i < 10; i++) {
                discussions.post(kind, id, null, "Comentario " + i);
            }
            refused(() -> discussions.post(kind, id, null, "Uno más"), "discussion.error.rate");
        });
        assertThat(posted(kind, id)).isEqualTo(before + 10);

        // Reports: anyone else with an account, with a reason if they wish; one's own is refused; twice is refused.
        mvc.perform(get(page).with(details.signedIn(beto))).andExpect(content().string(containsString("Reportar")));
        mvc.perform(post("/conversacion/comentario/" + question.getId() + "/marcar").param("reason", "Datos de alguien")
                .with(details.signedIn(beto)).with(csrf()))
                .andExpect(flash().attribute("notice", "discussion.notice.flagged"));
        actingAs.run(beto.getId(), () -> refused(() -> discussions.flag(question.getId()),
                "discussion.error.flaggedAlready"));
        actingAs.run(ana.getId(), () -> refused(() -> discussions.flag(question.getId()),
                "discussion.error.flagOwn"));
        assertThat(discussions.flagCounts(subject(kind, id))).containsEntry(question.getId(), 1L);
        mvc.perform(get("/moderacion").with(details.signedIn(moderator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("¿Tendrá juegos para niñas")))
                .andExpect(content().string(containsString("Datos de alguien")));
        mvc.perform(get("/moderacion").with(details.signedIn(beto))).andExpect(status().isForbidden());
        mvc.perform(get("/presupuestos-participativos/" + open.slug() + "/moderacion").with(details.signedIn(beto)))
                .andExpect(status().isForbidden());

        // Moderation: only the secretariat's people; a reason is required.
        actingAs.run(beto.getId(), () -> assertThatThrownBy(() -> discussions.hide(question.getId(),
                "No me gusta nada de nada")).isInstanceOf(AccessDeniedException.class));
        mvc.perform(post("/conversacion/comentario/" + question.getId() + "/ocultar").param("reason", " ")
                .with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of(
                        "Escriba el motivo público, de 10 a 1000 caracteres.")));
        mvc.perform(get(page).with(details.signedIn(moderator)))
                .andExpect(content().string(containsString("Reportado por una persona")))
                .andExpect(content().string(containsString("¿Tendrá juegos para niñas")));
        mvc.perform(post("/conversacion/comentario/" + question.getId() + "/ocultar")
                .param("reason", "Prueba de moderación: publicaba datos de una persona.")
                .with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("notice", "discussion.notice.hidden"));
        actingAs.run(moderator.getId(), () -> refused(() -> discussions.hide(question.getId(),
                "Otra vez, por lo mismo"), "discussion.error.hidden"));

        String hidden = "Comentario ocultado por moderación: Prueba de moderación: publicaba datos de una persona.";
        mvc.perform(get(page)).andExpect(content().string(containsString(hidden)))
                .andExpect(content().string(not(containsString("¿Tendrá juegos para niñas"))))
                .andExpect(content().string(containsString("Sí, la propuesta los incluye.")));
        mvc.perform(get(page).param("lang", "en")).andExpect(content().string(
                containsString("Comment hidden by moderation: Prueba de moderación")));
        String csv = mvc.perform(get("/presupuestos-participativos/" + open.slug() + "/comentarios.csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("nombre_publico", "Participante", "Prueba de moderación", "Sí, la propuesta")
                .doesNotContain("¿Tendrá juegos", ana.getEmail(), beto.getEmail(), "Moderadora", "Beto Vecino",
                        "Ana del Norte");
        String json = mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/comments"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"hiddenReason\":\"Prueba de moderación", "\"author\":\"Participante\"",
                "\"project\":" + park.getNumber())
                .doesNotContain("¿Tendrá juegos", ana.getEmail(), "Moderadora", "Ana del Norte");
        String ledger = mvc.perform(get("/api/v1/ledger?subjectKind=pb-process&subjectId="
                + open.process().getId() + "&limit=100")).andReturn().getResponse().getContentAsString();
        assertThat(ledger).contains("pb.comment.posted", "pb.comment.hidden", "Prueba de moderación",
                "\"project\":" + park.getNumber())
                .doesNotContain("¿Tendrá juegos", "Ana del Norte", "Moderadora", ana.getEmail(), "discussion.");

        // Restored: the text is back, and the ledger keeps both.
        mvc.perform(post("/conversacion/comentario/" + question.getId() + "/restaurar")
                .with(details.signedIn(moderator)).with(csrf()))
                .andExpect(flash().attribute("notice", "discussion.notice.restored"));
        mvc.perform(get(page)).andExpect(content().string(containsString("¿Tendrá juegos para niñas")))
                .andExpect(content().string(not(containsString("Comentario ocultado"))));
        assertThat(mvc.perform(get("/api/v1/ledger?subjectKind=pb-process&subjectId=" + open.process().getId()
                + "&limit=100")).andReturn().getResponse().getContentAsString()).contains("pb.comment.restored");
    }

    private CommentSubject subject(String kind, String id) {
        return discussions.find(kind, id).orElseThrow();
    }

    private List<DiscussionService.Thread> threads(String kind, String id) {
        return discussions.threads(subject(kind, id));
    }

    private int posted(String kind, String id) {
        return discussions.posted(subject(kind, id)).size();
    }
}
