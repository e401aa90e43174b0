package org.apertura.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The acts the law counts from reach the appellant and record the day (arts. 128, 147, 153): the admission and the
 * dismissal by e-mail through the outbox, with the article and the day the next term ends; with no address, the
 * prevention is notified on the appeal's public page (art. 147 ¶3). And migration V202612157813's backfill gives an
 * appeal that entered compliance without it the same last day to ask for an extension the code gives (art. 191 ¶3).
 */
@IntegrationTest
class AppealNoticesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppealFixtures fixtures;
    @Autowired
    AppealService appeals;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    LedgerService ledger;
    @Autowired
    MailOutbox mail;
    @Autowired
    JdbcTemplate jdbc;

    Account requester;
    Account guarantor;

    @BeforeEach
    void people() {
        requester = TestAccounts.person(accounts, "Lectora Notificada");
        guarantor = TestAccounts.person(accounts, "Ponencia Notificadora");
        SystemActor.run(() -> accounts.grant(guarantor.getId(), Role.GUARANTOR, "idaip", null));
    }

    void send(MockHttpServletRequestBuilder request, Account who) throws Exception {
        if (who != null) {
            request.with(details.signedIn(who));
        }
        mvc.perform(request.with(csrf())).andExpect(status().is3xxRedirection());
    }

    String file() throws Exception {
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(),
                AppealFixtures.Requester.account(requester.getId()));
        send(post("/solicitudes/" + request + "/recurso").param("causes", "INCOMPLETE").param("reasons", "Faltan anexos."),
                requester);
        return appeals.ofRequest(request).get(0).getFolio();
    }

    AppealStep step(String folio, String type) {
        return appeals.steps(appeals.byFolio(folio)).stream().filter(s -> s.getType().getKey().equals(type)).findFirst()
                .orElseThrow();
    }

    OutboxMail lastMail(String folio) {
        List<OutboxMail> mine = mail.messagesTo(requester.getEmail()).stream()
                .filter(m -> m.getSubject().contains(folio)).toList();
        return mine.get(mine.size() - 1);
    }

    @Test
    void theAdmissionIsNotifiedByEmailWithItsArticleAndTheDayIsRecorded() throws Exception {
        String folio = file();
        LocalDate today = fixtures.today();
        send(post("/recursos/" + folio + "/admision"), guarantor);
        Appeal admitted = appeals.byFolio(folio);
        AppealStep step = step(folio, "admitted");
        assertThat(step.getNotifiedOn()).isEqualTo(today);
        assertThat(step.getNotifiedBy()).isEqualTo(AppealStep.Channel.EMAIL);
        assertThat(step(folio, "allegations.opened").getNotifiedOn()).isNull();
        assertThat(lastMail(folio).getBody()).contains("notificación de la admisión", "art. 153 fr. I y II",
                Appeal.day(admitted.getAllegationsDue()), "art. 128");
        LedgerEntry entry = ledger.subjectAfter("appeal", folio, 0, 10).stream()
                .filter(e -> e.getType().equals("appeal.admitted")).findFirst().orElseThrow();
        assertThat(entry.getPayload()).contains("\"notifiedOn\":\"" + today + "\"", "\"notifiedBy\":\"EMAIL\"");
    }

    @Test
    void theDismissalIsNotifiedByEmailWithItsGroundAndHowToChallengeIt() throws Exception {
        String folio = file();
        send(post("/recursos/" + folio + "/desechamiento").param("ground", "QUERY")
                .param("text", "Es una consulta, no una solicitud."), guarantor);
        assertThat(step(folio, "dismissed").getNotifiedBy()).isEqualTo(AppealStep.Channel.EMAIL);
        assertThat(lastMail(folio).getBody()).contains("notificación del desechamiento", "fr. VI",
                "Es una consulta, no una solicitud.", "art. 161");
    }

    @Test
    void withNoAddressThePreventionIsNotifiedOnThePublicPage() throws Exception {
        String key = "clave-" + UUID.randomUUID().toString().substring(0, 8);
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(),
                AppealFixtures.Requester.anonymous(null, key));
        send(post("/solicitudes/" + request + "/recurso").param("causes", "INCOMPLETE").param("reasons", "Faltan.")
                .param("clave", key), null);
        String folio = appeals.ofRequest(request).get(0).getFolio();
        send(post("/recursos/" + folio + "/prevencion").param("question", "¿Qué anexos faltan?"), guarantor);
        AppealStep step = step(folio, "clarification.requested");
        assertThat(step.getNotifiedOn()).isEqualTo(fixtures.today());
        assertThat(step.getNotifiedBy()).isEqualTo(AppealStep.Channel.LISTING);
    }

    @Test
    void theBackfillGivesAnOlderComplianceTheSameLastDayToAskForAnExtensionTheCodeGives() throws Exception {
        String folio = file();
        send(post("/recursos/" + folio + "/admision"), guarantor);
        fixtures.termPassed(folio, "allegations_due");
        send(post("/recursos/" + folio + "/resolucion").param("resolution", "REVOKED").param("text", "Entregue.")
                .param("complianceDays", "5"), guarantor);
        LocalDate byTheCode = appeals.byFolio(folio).getExtensionAskDue();
        assertThat(byTheCode).isNotNull();
        // As migration V202612157813 finds an appeal that entered compliance before the day was recorded.
        jdbc.update("UPDATE appeal SET extension_ask_due = NULL, extension_window_pending = TRUE WHERE folio = ?", folio);
        assertThat(appeals.byFolio(folio).getExtensionAskDue()).isNull();

        int[] done = new int[1];
        SystemActor.run(() -> done[0] = appeals.backfillExtensionWindows());
        assertThat(done[0]).isEqualTo(1);
        assertThat(appeals.byFolio(folio).getExtensionAskDue()).isEqualTo(byTheCode);
        assertThat(ledger.subjectAfter("appeal", folio, 0, 20).stream().map(LedgerEntry::getType))
                .contains("appeal.extension.window");
        // Once: the mark is cleared.
        SystemActor.run(() -> done[0] = appeals.backfillExtensionWindows());
        assertThat(done[0]).isZero();
    }
}
