package org.apertura.participation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.community.CommunityNotices;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
import org.apertura.platform.people.NoticeKind;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Following a participatory budget, through the community module's follow of its public item (ADR 0073): a person
 * follows it from its page and gets one e-mail (through the outbox) and a notice in their notification centre when
 * the results are published; after they stop, none; a visitor is sent to sign in; who follows appears nowhere
 * public. The follow is the one every item has: kind {@code pb-process}, named by the budget's slug.
 */
@IntegrationTest
class ProcessFollowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParticipationService service;
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
    @Autowired
    MailOutbox outbox;
    @Autowired
    ProcessFollowers followers;
    @Autowired
    CommunityNotices notices;

    private void follow(Account who, String slug, boolean follow) throws Exception {
        mvc.perform(post("/seguir").with(details.signedIn(who)).with(csrf()).param("kind", "pb-process")
                .param("id", slug).param("follow", String.valueOf(follow)))
                .andExpect(redirectedUrl("/presupuestos-participativos/" + slug));
    }

    @Test
    void aFollowerGetsAnEmailAndANoticeWhenTheResultsArePublishedUntilTheyStop() throws Exception {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
        Account author = TestAccounts.person(accounts, "Autora seguida");
        BudgetProject park = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte",
                "Parque seguido", "300000");
        String base = "/presupuestos-participativos/" + open.slug();
        Account follower = TestAccounts.person(accounts, "Vecina que sigue el presupuesto");
        Account quitter = TestAccounts.person(accounts, "Vecino que deja de seguirlo");

        mvc.perform(post("/seguir").with(csrf()).param("kind", "pb-process").param("id", open.slug())
                .param("follow", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(get(base)).andExpect(content().string(containsString("Entre para seguirlo y recibir avisos")))
                .andExpect(content().string(containsString("0 personas lo siguen")));
        mvc.perform(get(base).with(details.signedIn(follower)))
                .andExpect(content().string(containsString("Seguir: recibir avisos de sus cambios")))
                .andExpect(content().string(containsString("Quien sigue este presupuesto recibe un correo")));
        for (int i = 0; i < 2; i++) { // a double click is one follow
            follow(follower, open.slug(), true);
        }
        follow(quitter, open.slug(), true);
        follow(quitter, open.slug(), false);
        mvc.perform(get(base).with(details.signedIn(follower)))
                .andExpect(content().string(containsString("Dejar de seguir")))
                .andExpect(content().string(containsString("1 persona lo sigue")));
        mvc.perform(get(base)).andExpect(content().string(not(containsString("Vecina que sigue"))));
        mvc.perform(get("/cuenta/notificaciones").with(details.signedIn(follower))) // what they follow
                .andExpect(content().string(containsString(base)));

        Account voter = ParticipationFixtures.votedOnline(accounts, actingAs, service, open, "Votante seguido",
                "colonia-norte", 801, park);
        assertThat(outbox.messagesTo(follower.getEmail())).isEmpty();
        today.on(service.today().plusDays(6), () -> SystemActor.run(() -> service.publishResults(open.slug())));

        List<OutboxMail> mails = outbox.messagesTo(follower.getEmail());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("Presupuesto de prueba", "resultados");
        assertThat(mails.get(0).getBody()).contains(base).doesNotContain("Votante seguido", voter.getEmail());
        // the same notice as before, in the notification centre
        assertThat(notices.newest(follower.getId())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.RESULT);
            assertThat(n.changeType()).isEqualTo("pb.results.published");
            assertThat(n.path()).isEqualTo(base);
        });
        assertThat(outbox.messagesTo(quitter.getEmail())).isEmpty();
        assertThat(notices.newest(quitter.getId())).isEmpty();
    }

    @Test
    void followersGetOneEmailAsTheProcessEntersTheSupportTheVoteAndTheResultsOncePerPhase() throws Exception {
        var open = ParticipationFixtures.supporting(secretariat, plans, service, 3);
        Account follower = TestAccounts.person(accounts, "Vecina que sigue las fases");
        follow(follower, open.slug(), true);
        LocalDate day = service.today();
        followers.announcePhases(day.minusDays(15)); // proposals: not announced
        assertThat(outbox.messagesTo(follower.getEmail())).isEmpty();
        followers.announcePhases(day);
        followers.announcePhases(day.plusDays(1)); // the same phase the next day: nothing more
        assertThat(outbox.messagesTo(follower.getEmail())).extracting(OutboxMail::getSubject)
                .containsExactly("Apertura: Presupuesto con apoyos · empieza la fase de apoyos");
        followers.announcePhases(open.process().getVotingFrom());
        followers.announcePhases(open.process().getVotingFrom());
        followers.announcePhases(open.process().getResultsFrom().plusDays(2)); // a run missed: still announced
        followers.announcePhases(open.process().getExecutionFrom()); // execution: followed on the commitment
        List<OutboxMail> mails = outbox.messagesTo(follower.getEmail());
        assertThat(mails).extracting(OutboxMail::getSubject).containsExactly(
                "Apertura: Presupuesto con apoyos · empieza la fase de apoyos",
                "Apertura: Presupuesto con apoyos · empieza la fase de votación",
                "Apertura: Presupuesto con apoyos · empieza la fase de resultados");
        assertThat(mails.get(1).getBody()).contains("está en la fase de votación desde el",
                "/presupuestos-participativos/" + open.slug());
        String ledger = mvc.perform(get("/api/v1/ledger?subjectKind=pb-process&subjectId="
                + open.process().getId() + "&limit=100")).andReturn().getResponse().getContentAsString();
        assertThat(ledger).contains("pb.phase.began", "\"phase\":\"VOTING\"")
                .doesNotContain(follower.getEmail(), "Vecina que sigue");
        // and a notice of each phase in the notification centre, as before
        assertThat(notices.newest(follower.getId())).extracting(CommunityNotices.Notice::kind)
                .containsExactly(NoticeKind.PHASE, NoticeKind.PHASE, NoticeKind.PHASE);
    }

    @Autowired
    ConsultationService consultations;

    /** A consultation is followed like any item (ADR 0073): its results, written under its process, reach its followers. */
    @Test
    void aFollowerOfAConsultationGetsANoticeOfItsResults() throws Exception {
        var open = ParticipationFixtures.open(secretariat, plans, service);
        LocalDate day = service.today();
        Consultation[] asked = new Consultation[1];
        SystemActor.run(() -> asked[0] = consultations.open(open.slug(), new Consultation.Terms(
                "¿Una ciclovía en la calle Tres?", "Para todo el proceso.", null, false, day, day,
                List.of("Sí", "No"))));
        String path = "/presupuestos-participativos/" + open.slug() + "/consultas/" + asked[0].getNumber();
        Account follower = TestAccounts.person(accounts, "Vecino que sigue la consulta");
        mvc.perform(post("/seguir").with(details.signedIn(follower)).with(csrf()).param("kind", "pc-consultation")
                .param("id", open.slug() + "/" + asked[0].getNumber()).param("follow", "true"))
                .andExpect(redirectedUrl(path));
        mvc.perform(get(path).with(details.signedIn(follower)))
                .andExpect(content().string(containsString("Dejar de seguir")));

        today.on(day.plusDays(1), () -> SystemActor.run(() -> consultations.publish(open.slug(),
                asked[0].getNumber())));
        assertThat(notices.newest(follower.getId())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.RESULT);
            assertThat(n.changeType()).isEqualTo("pc.results.published");
            assertThat(n.path()).isEqualTo(path);
        });
    }
}
