package org.apertura.participation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Following a participatory budget: a person follows it from its page and gets one e-mail (through the outbox) when
 * the results are published; after they stop, none; a visitor is sent to sign in; who follows appears nowhere public.
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

    @Test
    void aFollowerGetsAnEmailWhenTheResultsArePublishedUntilTheyStop() throws Exception {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
        Account author = TestAccounts.person(accounts, "Autora seguida");
        BudgetProject park = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte",
                "Parque seguido", "300000");
        String base = "/presupuestos-participativos/" + open.slug();
        Account follower = TestAccounts.person(accounts, "Vecina que sigue el presupuesto");
        Account quitter = TestAccounts.person(accounts, "Vecino que deja de seguirlo");

        mvc.perform(post(base + "/seguir").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(base)).andExpect(content().string(containsString("Entre con su cuenta para seguir")));
        mvc.perform(get(base).with(details.signedIn(follower)))
                .andExpect(content().string(containsString("Seguir este presupuesto")));
        for (int i = 0; i < 2; i++) { // a double click is one follow
            mvc.perform(post(base + "/seguir").with(details.signedIn(follower)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post(base + "/seguir").with(details.signedIn(quitter)).with(csrf()));
        mvc.perform(post(base + "/dejar-de-seguir").with(details.signedIn(quitter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base).with(details.signedIn(follower)))
                .andExpect(content().string(containsString("Dejar de seguirlo")));
        mvc.perform(get(base)).andExpect(content().string(not(containsString("Vecina que sigue"))));

        Account voter = ParticipationFixtures.votedOnline(accounts, actingAs, service, open, "Votante seguido",
                "colonia-norte", 801, park);
        assertThat(outbox.messagesTo(follower.getEmail())).isEmpty();
        today.on(service.today().plusDays(6), () -> SystemActor.run(() -> service.publishResults(open.slug())));

        List<OutboxMail> mails = outbox.messagesTo(follower.getEmail());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("Presupuesto de prueba", "resultados");
        assertThat(mails.get(0).getBody()).contains(base).doesNotContain("Votante seguido", voter.getEmail());
        assertThat(outbox.messagesTo(quitter.getEmail())).isEmpty();
    }

    @Test
    void followersGetOneEmailAsTheProcessEntersTheSupportTheVoteAndTheResultsOncePerPhase() throws Exception {
        var open = ParticipationFixtures.supporting(secretariat, plans, service, 3);
        Account follower = TestAccounts.person(accounts, "Vecina que sigue las fases");
        actingAs.run(follower.getId(), () -> followers.follow(open.slug()));
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
    }
}
