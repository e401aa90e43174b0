package org.apertura.comments;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.PlanFixturesAccess;
import org.apertura.community.CommunityNotices;
import org.apertura.community.CommunityService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.people.NoticeKind;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The comment engine on a commitment of the demo's published plan, through its pages: comments and replies at any
 * depth shown two levels deep, authors by nickname or «Participante» only, the lead institution's liaison answering
 * officially, one changeable vote per person, bad input refused in Spanish and English with nothing kept, a hiding
 * with a public reason, and notices to the author answered and to the commitment's followers.
 */
@IntegrationTest
class CommitmentCommentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActingAs actingAs;
    @Autowired
    PublicItems items;
    @Autowired
    DiscussionService discussions;
    @Autowired
    CommunityService community;
    @Autowired
    CommunityNotices notices;
    @Autowired
    LedgerService ledger;
    @Autowired
    DiscussionPageChanges voteChanges;

    @Autowired
    org.apertura.actionplan.ActionPlanService plans;

    private PublicItem demo(String code) {
        return items.get("commitment", PlanFixturesAccess.demoCommitment(plans, code).getId().toString());
    }

    private static long commentId(String redirect) {
        return Long.parseLong(redirect.substring(redirect.indexOf("#comentario-") + "#comentario-".length()));
    }

    @Test
    void peopleCommentReplyAndVoteAndTheInstitutionAnswersOfficially() throws Exception {
        PublicItem item = demo("DGO-03");
        String page = item.path();
        String postTo = "/conversacion/commitment/" + item.id();
        Account rosa = TestAccounts.person(accounts, "Rosa Quiñones Comentarista");
        Account luis = TestAccounts.person(accounts, "Luis Sin Apodo");
        Account liaison = TestAccounts.person(accounts, "Enlace de la institución");
        SystemActor.run(() -> accounts.grant(liaison.getId(), Role.LIAISON, item.institutionSlug(), null));
        String nick = "rosa" + rosa.getId();
        actingAs.run(rosa.getId(), () -> community.choose(nick, false, false));

        // a visitor reads the section and is asked to sign in; reading creates no session
        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"discussion-heading\"")))
                .andExpect(content().string(containsString("Entre con su cuenta para comentar")))
                .andExpect(cookie().doesNotExist("SESSION"));

        String first = mvc.perform(post(postTo).with(details.signedIn(rosa)).with(csrf())
                        .param("body", "¿Cuándo se publican los datos de las obras?"))
                .andExpect(flash().attribute("notice", "discussion.notice.posted"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(first).startsWith(page + "#comentario-");
        long rosaComment = commentId(first);
        String reply = mvc.perform(post(postTo).with(details.signedIn(luis)).with(csrf())
                        .param("replyTo", String.valueOf(rosaComment)).param("body", "También me interesa."))
                .andReturn().getResponse().getRedirectedUrl();
        long luisReply = commentId(reply);
        // a reply to a reply stays in the thread, saying whom it answers; the liaison's is official
        mvc.perform(post(postTo).with(details.signedIn(liaison)).with(csrf())
                        .param("replyTo", String.valueOf(luisReply)).param("body", "Se publican en marzo."))
                .andExpect(flash().attribute("notice", "discussion.notice.posted"));

        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("¿Cuándo se publican los datos de las obras?")))
                .andExpect(content().string(containsString("href=\"/personas/" + nick + "\"")))
                .andExpect(content().string(containsString("Participante")))
                .andExpect(content().string(containsString("Respuesta oficial")))
                .andExpect(content().string(containsString("en respuesta a Participante")))
                .andExpect(content().string(containsString("Comentarios (3)")))
                .andExpect(content().string(not(containsString("Rosa Quiñones Comentarista"))))
                .andExpect(content().string(not(containsString("Luis Sin Apodo"))))
                .andExpect(content().string(not(containsString(rosa.getEmail()))))
                .andExpect(content().string(not(containsString("Enlace de la institución"))));
        CommentSubject subject = discussions.find("commitment", item.id()).orElseThrow();
        List<DiscussionService.Thread> threads = discussions.threads(subject);
        DiscussionService.Thread thread = threads.stream().filter(t -> t.comment().getId() == rosaComment).findFirst()
                .orElseThrow();
        assertThat(thread.replies()).hasSize(2);
        assertThat(thread.replies().get(1).comment().isOfficial()).isTrue();
        assertThat(thread.replies().get(0).comment().isOfficial()).isFalse();
        // Luis is told of the official answer to him, Rosa of Luis's reply
        assertThat(notices.newest(luis.getId())).anySatisfy(n -> assertThat(n.kind())
                .isEqualTo(NoticeKind.OFFICIAL_ANSWER));
        assertThat(notices.newest(rosa.getId())).anySatisfy(n -> assertThat(n.kind()).isEqualTo(NoticeKind.REPLY));
        assertThat(ledger.newestFirst("commitment", item.id(), 0, 5).getContent())
                .anySatisfy(e -> assertThat(e.getType()).isEqualTo("discussion.posted"));

        // votes: one per person, changeable, never on one's own comment
        String vote = "/conversacion/comentario/" + rosaComment + "/votar";
        mvc.perform(post(vote).with(details.signedIn(luis)).with(csrf()).param("vote", "1"))
                .andExpect(flash().attribute("notice", "discussion.notice.voted"))
                .andExpect(redirectedUrl(page + "#comentario-" + rosaComment));
        mvc.perform(post(vote).with(details.signedIn(luis)).with(csrf()).param("vote", "1"))
                .andExpect(flash().attribute("problems", hasItem(containsString("Ya votó así"))));
        mvc.perform(post(vote + "?lang=en").with(details.signedIn(luis)).with(csrf()).param("vote", "1"))
                .andExpect(flash().attribute("problems", hasItem(containsString("You already voted this way"))));
        mvc.perform(post(vote).with(details.signedIn(rosa)).with(csrf()).param("vote", "1"))
                .andExpect(flash().attribute("problems", hasItem(containsString("su propio comentario"))));
        assertThat(discussions.scores(subject).get(rosaComment)).isEqualTo(new DiscussionService.Score(1, 0));
        String before = voteChanges.recentMark().version(); // as the kept readers' pages see it (ADR 0070, 0097)
        mvc.perform(post(vote).with(details.signedIn(luis)).with(csrf()).param("vote", "-1"))
                .andExpect(flash().attribute("notice", "discussion.notice.voted"));
        assertThat(voteChanges.recentMark().version()).as("a vote on this node shows on its readers' next page")
                .isNotEqualTo(before);
        assertThat(discussions.scores(subject).get(rosaComment)).isEqualTo(new DiscussionService.Score(0, 1));
        mvc.perform(get(page)).andExpect(content().string(containsString("0 a favor · 1 en contra")));
        mvc.perform(post(vote)).andExpect(status().isForbidden()); // no CSRF token, no vote
    }

    @Test
    void badInputIsRefusedInBothLanguagesAndNothingIsKept() throws Exception {
        PublicItem item = demo("DGO-04");
        String postTo = "/conversacion/commitment/" + item.id();
        Account someone = TestAccounts.person(accounts, "Alguien que comenta");
        CommentSubject subject = discussions.find("commitment", item.id()).orElseThrow();
        int before = discussions.threads(subject).size();
        mvc.perform(post(postTo).with(details.signedIn(someone)).with(csrf()).param("body", "   "))
                .andExpect(redirectedUrl(item.path() + "#comentar"))
                .andExpect(flash().attribute("problems", hasItem(containsString("2,000 caracteres"))));
        mvc.perform(post(postTo + "?lang=en").with(details.signedIn(someone)).with(csrf())
                        .param("body", "x".repeat(2001)))
                .andExpect(flash().attribute("discussionDraft", "x".repeat(2001)));
        mvc.perform(post(postTo).param("body", "Sin cuenta")).andExpect(status().isForbidden());
        mvc.perform(post("/conversacion/commitment/999999").with(details.signedIn(someone)).with(csrf())
                .param("body", "Hola")).andExpect(status().isNotFound());
        mvc.perform(post("/conversacion/bogus/1").with(details.signedIn(someone)).with(csrf())
                .param("body", "Hola")).andExpect(status().isNotFound());
        assertThat(discussions.threads(subject)).hasSize(before);
    }

    @Test
    void theCoordinatorHidesWithAPublicReasonAndFollowersOfTheCommitmentAreTold() throws Exception {
        PublicItem item = demo("DGO-05");
        String postTo = "/conversacion/commitment/" + item.id();
        Account author = TestAccounts.person(accounts, "Autor de un insulto");
        Account reader = TestAccounts.person(accounts, "Lectora atenta");
        Account follower = TestAccounts.person(accounts, "Persona que sigue el compromiso");
        Account coordinator = TestAccounts.person(accounts, "Coordinadora de la secretaría");
        String body = items.secretariatOf(item).orElseThrow();
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATOR, body, null));
        actingAs.run(follower.getId(), () -> community.followItem("commitment", item.id(), true));

        long id = commentId(mvc.perform(post(postTo).with(details.signedIn(author)).with(csrf())
                .param("body", "Un comentario ofensivo de prueba.")).andReturn().getResponse().getRedirectedUrl());
        assertThat(notices.newest(follower.getId())).anySatisfy(n -> {
            assertThat(n.changeType()).isEqualTo("discussion.posted");
            assertThat(n.path()).isEqualTo(item.path());
        });

        mvc.perform(post("/conversacion/comentario/" + id + "/marcar").with(details.signedIn(reader)).with(csrf()))
                .andExpect(flash().attribute("notice", "discussion.notice.flagged"));
        mvc.perform(get(item.path()).with(details.signedIn(coordinator)))
                .andExpect(content().string(containsString("Reportado por una persona")));
        mvc.perform(post("/conversacion/comentario/" + id + "/ocultar").with(details.signedIn(reader)).with(csrf())
                .param("reason", "No me gusta nada")).andExpect(status().isForbidden());
        mvc.perform(post("/conversacion/comentario/" + id + "/ocultar").with(details.signedIn(coordinator))
                .with(csrf()).param("reason", "corto"))
                .andExpect(flash().attribute("problems", hasItem(containsString("motivo público"))));
        mvc.perform(post("/conversacion/comentario/" + id + "/ocultar").with(details.signedIn(coordinator))
                .with(csrf()).param("reason", "Falta al respeto a una persona."))
                .andExpect(flash().attribute("notice", "discussion.notice.hidden"));
        mvc.perform(get(item.path()))
                .andExpect(content().string(containsString("Comentario ocultado por moderación: Falta al respeto")))
                .andExpect(content().string(not(containsString("Un comentario ofensivo de prueba."))));
        // the commitment's comments download as CSV and JSON from its page: the hidden one by its reason only, its
        // author by nothing but «Participante», and never who hid it
        mvc.perform(get(item.path())).andExpect(content().string(containsString(
                "/compromisos/" + item.id() + "/comentarios.csv")))
                .andExpect(content().string(containsString("/api/v1/commitments/" + item.id() + "/comments")));
        for (String file : List.of("/compromisos/" + item.id() + "/comentarios.csv",
                "/api/v1/commitments/" + item.id() + "/comments")) {
            assertThat(mvc.perform(get(file)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Falta al respeto a una persona.", "Participante", String.valueOf(id))
                    .doesNotContain("Un comentario ofensivo de prueba.", "Autor de un insulto", author.getEmail(),
                            "Coordinadora de la secretaría", coordinator.getEmail());
        }
        assertThat(mvc.perform(get("/compromisos/" + item.id() + "/comentarios.csv?idioma=en")).andReturn()
                .getResponse().getContentAsString()).startsWith("\uFEFFcomment,former_number,reply_to,official,");
        mvc.perform(get("/compromisos/999999/comentarios.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commitments/999999/comments")).andExpect(status().isNotFound());
        assertThat(notices.newest(author.getId())).anySatisfy(n -> assertThat(n.kind())
                .isEqualTo(NoticeKind.MODERATION));
        // its author may appeal it in the community module's appeals
        mvc.perform(get("/cuenta/apelaciones").with(details.signedIn(author)))
                .andExpect(content().string(containsString("Falta al respeto a una persona.")));
        mvc.perform(post("/conversacion/comentario/" + id + "/votar").with(details.signedIn(reader)).with(csrf())
                .param("vote", "1")).andExpect(flash().attribute("problems",
                        hasItem(containsString("oculto por moderación"))));
    }
}
