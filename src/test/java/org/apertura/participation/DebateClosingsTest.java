package org.apertura.participation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.community.CommunityNotices;
import org.apertura.community.Delivery;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.people.NoticeKind;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A debate's close is an event (issue 21): the morning after its last day the daily job marks it closed, writes one
 * ledger entry and gives each of its followers one notice by the delivery they chose (an e-mail through the outbox
 * for who asked for one at once) — and a second run, or two at once, add nothing. A debate still open is left alone.
 */
@IntegrationTest
class DebateClosingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ActionPlanService plans;
    @Autowired
    ParticipationService participation;
    @Autowired
    DebateService debates;
    @Autowired
    DebateRepository repository;
    @Autowired
    DebateClosings closings;
    @Autowired
    CommunityNotices notices;
    @Autowired
    LedgerService ledger;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Today today;

    @Test
    void theMorningAfterItsLastDayADebateClosesOnceAndEachFollowerIsToldOnce() throws Exception {
        ParticipationFixtures.Open open = ParticipationFixtures.open(secretariat, plans, participation);
        LocalDate day = participation.today();
        Debate ended = opened(open, "¿Ciclovía en la avenida 20 de Noviembre?", day.minusDays(12), day.minusDays(1));
        Debate running = opened(open, "¿Mercado los sábados en la plaza?", day.minusDays(3), day.plusDays(3));
        Account atOnce = TestAccounts.person(accounts, "Seguidora que pide correo al momento");
        Account inApp = TestAccounts.person(accounts, "Seguidor que lee en la aplicación");
        Account neither = TestAccounts.person(accounts, "Seguidora que no quiere avisos");
        notices.choose(atOnce.getId(), Map.of(NoticeKind.FOLLOWED_ITEM, Delivery.IMMEDIATE));
        notices.choose(neither.getId(), Map.of(NoticeKind.FOLLOWED_ITEM, Delivery.OFF));
        for (Account who : List.of(atOnce, inApp, neither)) {
            follow(who, open, ended);
            follow(who, open, running);
        }
        int mailsBefore = outbox.messagesTo(atOnce.getEmail()).size();

        closings.closePassed();
        closings.closePassed();

        assertThat(repository.findById(ended.getId()).orElseThrow().isClosed()).isTrue();
        assertThat(closedEntries(open, ended)).hasSize(1).first().satisfies(e -> assertThat(e.getPayload())
                .contains("\"closesOn\":\"" + day.minusDays(1) + "\"").doesNotContain("Seguidor"));
        String page = "/presupuestos-participativos/" + open.slug() + "/debates/" + ended.getNumber();
        for (Account who : List.of(atOnce, inApp)) {
            assertThat(closedNotices(who)).singleElement().satisfies(n -> {
                assertThat(n.path()).isEqualTo(page);
                assertThat(n.title()).isEqualTo("¿Ciclovía en la avenida 20 de Noviembre?");
                assertThat(n.kind()).isEqualTo(NoticeKind.FOLLOWED_ITEM);
            });
        }
        assertThat(closedNotices(neither)).isEmpty();
        assertThat(outbox.messagesTo(atOnce.getEmail())).hasSize(mailsBefore + 1)
                .anySatisfy(m -> assertThat(m.getBody()).contains(page).contains("Se cerró un debate"));

        // the debate still open: not closed, no entry, nobody told
        assertThat(repository.findById(running.getId()).orElseThrow().isClosed()).isFalse();
        assertThat(closedEntries(open, running)).isEmpty();
        assertThat(notices.newest(inApp.getId())).noneMatch(n -> n.path().endsWith("/debates/"
                + running.getNumber()) && n.changeType().equals("pd.closed"));
    }

    @Test
    void twoRunsAtOnceCloseADebateOnce() throws Exception {
        ParticipationFixtures.Open open = ParticipationFixtures.open(secretariat, plans, participation);
        LocalDate day = participation.today();
        Debate ended = opened(open, "¿Más bancas en el parque Guadiana?", day.minusDays(9), day.minusDays(2));
        Account fan = TestAccounts.person(accounts, "Seguidor de debates en dos nodos");
        follow(fan, open, ended);

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(closings::closePassed);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(closings::closePassed);
        one.get();
        two.get();

        assertThat(closedEntries(open, ended)).hasSize(1);
        assertThat(closedNotices(fan)).hasSize(1);
    }

    private Debate opened(ParticipationFixtures.Open open, String title, LocalDate from, LocalDate to) {
        Debate[] debate = new Debate[1];
        SystemActor.run(() -> today.on(from, () -> debate[0] = debates.open(open.slug(), new Debate.Terms(title,
                "Argumentos a favor y en contra.", from, to))));
        return debate[0];
    }

    private void follow(Account who, ParticipationFixtures.Open open, Debate debate) throws Exception {
        mvc.perform(post("/seguir").with(details.signedIn(who)).with(csrf()).param("kind", "pd-debate")
                .param("id", debate.getId().toString()).param("follow", "true"))
                .andExpect(redirectedUrl("/presupuestos-participativos/" + open.slug() + "/debates/"
                        + debate.getNumber()));
    }

    private List<LedgerEntry> closedEntries(ParticipationFixtures.Open open, Debate debate) {
        return ledger.subjectAfter("pb-process", open.process().getId().toString(), 0, 1000).stream()
                .filter(e -> e.getType().equals("pd.closed"))
                .filter(e -> e.getPayload().contains("\"debate\":" + debate.getNumber() + ",")).toList();
    }

    private List<CommunityNotices.Notice> closedNotices(Account who) {
        return notices.newest(who.getId()).stream().filter(n -> n.changeType().equals("pd.closed")).toList();
    }
}
