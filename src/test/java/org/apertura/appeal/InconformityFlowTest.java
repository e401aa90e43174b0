package org.apertura.appeal;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The recurso de inconformidad through the pages and the API with real security (LGTAIP 2025 arts. 162–183): the
 * requester challenges the local authority's confirmation before the federal authority; the federal authority's
 * staff (GUARANTOR of the federation) admit and modify, the local authority reports and rules anew, the unit reports
 * compliance; each step public, in the ledger and mailed to the requester; every refusal changes nothing, 403 for
 * the wrong person, 400 with the reason in Spanish or English.
 */
@IntegrationTest
class InconformityFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppealFixtures fixtures;
    @Autowired
    InconformityService inconformities;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    LedgerService ledger;
    @Autowired
    MailOutbox mail;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.apertura.platform.time.Today present;

    Account requester;
    Account stranger;
    Account local;
    Account federal;
    Account unit;

    @BeforeEach
    void people() {
        requester = TestAccounts.person(accounts, "Inconforme Reservada");
        stranger = TestAccounts.person(accounts, "Persona Curiosa");
        local = TestAccounts.person(accounts, "Ponencia Local");
        federal = TestAccounts.person(accounts, "Ponencia Federal");
        unit = TestAccounts.person(accounts, "Unidad Cumplidora");
        SystemActor.run(() -> {
            accounts.grant(local.getId(), Role.GUARANTOR, "idaip", null);
            accounts.grant(federal.getId(), Role.GUARANTOR, "transparencia-para-el-pueblo", null);
            accounts.grant(unit.getId(), Role.TRANSPARENCY_UNIT, "poder-ejecutivo-durango", null);
        });
    }

    RequestPostProcessor as(Account account) {
        return details.signedIn(account);
    }

    MvcResult send(MockHttpServletRequestBuilder request, RequestPostProcessor who, int expected) throws Exception {
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request.with(csrf())).andExpect(status().is(expected)).andReturn();
    }

    static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** An appeal of an answered request, confirmed by the local authority. */
    String confirmedAppeal() throws Exception {
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(),
                AppealFixtures.Requester.account(requester.getId()));
        String location = send(post("/solicitudes/" + request + "/recurso").param("causes", "CLASSIFICATION")
                .param("reasons", "La reserva no se justifica."), as(requester), 302).getResponse().getRedirectedUrl();
        String appeal = location.substring("/recursos/".length());
        send(post("/recursos/" + appeal + "/admision"), as(local), 302);
        fixtures.termPassed(appeal, "allegations_due");
        send(post("/recursos/" + appeal + "/resolucion").param("resolution", "CONFIRMED")
                .param("text", "Se confirma la reserva."), as(local), 302);
        return appeal;
    }

    String fileOn(String appeal) throws Exception {
        String location = send(post("/inconformidades/nueva").param("recurso", appeal)
                .param("causes", "CLASSIFICATION").param("federalResources", "true")
                .param("reasons", "El fondo es federal y la reserva es genérica."), as(requester), 302)
                .getResponse().getRedirectedUrl();
        return location.substring("/inconformidades/".length());
    }

    /** Something the test does, which may throw. */
    interface Act {
        void run() throws Exception;
    }

    /** Does it as if it were that day (the injectable Today), as the other flow tests move time. */
    void on(java.time.LocalDate day, Act act) {
        present.on(day, () -> {
            try {
                act.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    List<String> ledgerTypes(String folio) {
        return ledger.subjectAfter("inconformity", folio, 0, 100).stream().map(LedgerEntry::getType).toList();
    }

    @Test
    void theRequesterChallengesAndTheFederalAuthorityModifiesUntilTheSubjectComplies() throws Exception {
        String appeal = confirmedAppeal();
        String appealPage = body(send(get("/recursos/" + appeal), as(requester), 200));
        assertThat(appealPage).contains("Presentar un recurso de inconformidad", "/inconformidades/nueva?recurso=");
        assertThat(body(send(get("/recursos/" + appeal), as(stranger), 200)))
                .doesNotContain("/inconformidades/nueva");
        send(get("/inconformidades/nueva").param("recurso", appeal), as(stranger), 403);
        String form = body(send(get("/inconformidades/nueva").param("recurso", appeal), as(requester), 200));
        assertThat(form).contains("Transparencia para el Pueblo", "Mi solicitud se refiere a recursos públicos federales");

        // Without the federal resources (art. 162) nor a cause: refused whole, nothing filed.
        String refused = body(send(post("/inconformidades/nueva").param("recurso", appeal)
                .param("reasons", "Sin causa."), as(requester), 400));
        assertThat(refused).contains("solo procede si la solicitud se refiere a recursos públicos federales",
                "Marque al menos una causa.");
        assertThat(inconformities.ofAppeal(appeal)).isEmpty();
        send(post("/inconformidades/nueva").param("recurso", appeal).param("causes", "CLASSIFICATION")
                .param("federalResources", "true").param("reasons", "x"), as(stranger), 403);

        String folio = fileOn(appeal);
        assertThat(folio).matches("ri-transparencia-para-el-pueblo-\\d{4}-\\d{4}");
        // A second one while the first is open is refused.
        assertThat(body(send(post("/inconformidades/nueva").param("recurso", appeal).param("causes", "CLASSIFICATION")
                .param("federalResources", "true").param("reasons", "Otra vez."), as(requester), 400)))
                .contains("Ya hay un recurso de inconformidad abierto");

        send(post("/inconformidades/" + folio + "/admision"), as(local), 403);
        send(post("/inconformidades/" + folio + "/admision"), as(federal), 302);
        send(post("/inconformidades/" + folio + "/informe").param("text", "x"), as(federal), 403);
        String noText = body(send(post("/inconformidades/" + folio + "/informe").param("lang", "en"), as(local), 400));
        assertThat(noText).contains("href=\"#report-text\"");
        send(post("/inconformidades/" + folio + "/informe").param("text", "La reserva se sostiene."), as(local), 302);
        send(post("/inconformidades/" + folio + "/alegatos").param("text", "Insisto."), as(requester), 302);
        send(post("/inconformidades/" + folio + "/resolucion").param("resolution", "MODIFIED").param("measures", "FINE")
                .param("text", "Se modifica: el costo es público."), as(federal), 302);
        assertThat(inconformities.byFolio(folio).getStage()).isEqualTo(InconformityStage.NEW_RULING_PENDING);
        send(post("/inconformidades/" + folio + "/nueva-resolucion").param("text", "Se ordena entregar el costo."),
                as(local), 302);
        send(post("/inconformidades/" + folio + "/cumplimiento").param("text", "Se entregó el costo."), as(unit), 302);
        Inconformity done = inconformities.byFolio(folio);
        assertThat(done.getStage()).isEqualTo(InconformityStage.COMPLIANCE_REPORTED);
        assertThat(done.getComplianceOnTime()).isTrue();

        assertThat(ledgerTypes(folio)).containsExactly("inconformity.filed", "inconformity.admitted",
                "inconformity.reported", "inconformity.allegation", "inconformity.resolved", "inconformity.new-ruling",
                "inconformity.compliance.reported");
        assertThat(mail.messagesTo(requester.getEmail())).filteredOn(m -> m.getSubject().contains(folio)).hasSize(7);

        String page = body(mvc.perform(get("/inconformidades/" + folio)).andReturn());
        assertThat(page).contains("Modifica la resolución local (art. 173 fr. III)", "Fundamento: LGTAIP 2025 art. 175 ¶1",
                "Plazo: 15 días hábiles", "Ponencia Federal", "Ponencia Local")
                .doesNotContain("Inconforme Reservada").doesNotContain(requester.getEmail());
        assertThat(body(mvc.perform(get("/inconformidades/" + folio + "?lang=en")).andReturn()))
                .contains("Modifies the local resolution (art. 173 section III)", "Inconformity appeal resolved");
        assertThat(body(mvc.perform(get("/inconformidades.csv")).andReturn())).contains(folio, appeal);
        assertThat(body(mvc.perform(get("/api/v1/inconformities")).andReturn())).contains("\"folio\":\"" + folio + "\"");
        assertThat(body(mvc.perform(get("/recursos/" + appeal)).andReturn())).contains("/inconformidades/" + folio);
    }

    @Test
    void theApiFilesAndRefusesBadInputInEnglishChangingNothing() throws Exception {
        String appeal = confirmedAppeal();
        String token = "Bearer " + accounts.createToken(requester.getId(), "api").secret();
        String bad = "{\"appeal\":\"" + appeal + "\",\"causes\":[\"NO_RESOLUTION\"],\"federalResources\":false,"
                + "\"reasons\":\"No.\"}";
        String problem = body(mvc.perform(post("/api/v1/inconformities?lang=en").contentType(MediaType.APPLICATION_JSON)
                .content(bad).header("Authorization", token)).andExpect(status().isBadRequest()).andReturn());
        assertThat(problem).contains("only if the request concerns federal public money", "does not fit the act");
        assertThat(inconformities.ofAppeal(appeal)).isEmpty();
        String good = "{\"appeal\":\"" + appeal + "\",\"causes\":[\"CLASSIFICATION\"],\"federalResources\":true,"
                + "\"reasons\":\"El fondo es federal.\"}";
        String filed = body(mvc.perform(post("/api/v1/inconformities").contentType(MediaType.APPLICATION_JSON)
                .content(good).header("Authorization", token)).andExpect(status().isOk()).andReturn());
        assertThat(filed).contains("\"stage\":\"FILED\"", "\"act\":\"RESOLUTION\"", "LGTAIP 2025 art. 164");
        String folio = inconformities.ofAppeal(appeal).get(0).getFolio();
        String federalToken = "Bearer " + accounts.createToken(federal.getId(), "api").secret();
        String localToken = "Bearer " + accounts.createToken(local.getId(), "api").secret();
        String dismissal = "{\"ground\":\"LATE\",\"text\":\"Tarde.\"}";
        mvc.perform(post("/api/v1/inconformities/" + folio + "/dismissal").contentType(MediaType.APPLICATION_JSON)
                .content(dismissal).header("Authorization", localToken)).andExpect(status().isForbidden());
        String notLate = body(mvc.perform(post("/api/v1/inconformities/" + folio + "/dismissal")
                .contentType(MediaType.APPLICATION_JSON).content(dismissal).header("Authorization", federalToken))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(notLate).contains("Se presentó en plazo");
        assertThat(inconformities.byFolio(folio).getStage()).isEqualTo(InconformityStage.FILED);
        mvc.perform(post("/api/v1/inconformities/" + folio + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content("{}").header("Authorization", token)).andExpect(status().isOk());
        assertThat(inconformities.byFolio(folio).getStage()).isEqualTo(InconformityStage.WITHDRAWN);
    }

    @Test
    void theNewActsCountFromTheirNoticeAndRefuseWhatTheLawDoesNot() throws Exception {
        String appeal = confirmedAppeal();
        String folio = fileOn(appeal);
        send(post("/inconformidades/" + folio + "/admision"), as(federal), 302);
        java.time.LocalDate today = fixtures.today();
        // The admission was notified to the appellant the day of the act (art. 171 ¶2), by e-mail.
        assertThat(inconformities.steps(inconformities.byFolio(folio))).filteredOn(s -> s.getType() == InconformityStepType.ADMITTED)
                .singleElement().satisfies(s -> {
                    assertThat(s.getNotifiedOn()).isEqualTo(today);
                    assertThat(s.getNotifiedBy()).isEqualTo(AppealStep.Channel.EMAIL);
                });
        // Recorded as notified later: refused for the act's day; a week after the act, taken.
        assertThat(body(send(post("/inconformidades/" + folio + "/notificacion").param("notifiedOn", today.toString()),
                as(federal), 400))).contains("La notificación debe ser posterior al día del acto");
        send(post("/inconformidades/" + folio + "/notificacion").param("notifiedOn", today.toString()), as(local), 403);
        java.time.LocalDate weekLater = today.plusDays(7);
        on(weekLater, () -> {
            send(post("/inconformidades/" + folio + "/notificacion").param("notifiedOn", weekLater.toString()),
                    as(federal), 302);
            Inconformity noticed = inconformities.byFolio(folio);
            assertThat(noticed.getAdmissionNotifiedOn()).isEqualTo(weekLater);
            assertThat(noticed.getAllegationsDue()).isAfter(weekLater.plusDays(13));

            // A third party (art. 172 ¶2): only the federal authority notifies it.
            send(post("/inconformidades/" + folio + "/tercero"), as(local), 403);
            send(post("/inconformidades/" + folio + "/tercero"), as(federal), 302);
            // The appellant asks for more days (art. 171 ¶3), only once; not the stranger.
            send(post("/inconformidades/" + folio + "/alegatos/ampliacion").param("days", "5"), as(stranger), 403);
            send(post("/inconformidades/" + folio + "/alegatos/ampliacion").param("days", "5"), as(requester), 302);
            assertThat(body(send(post("/inconformidades/" + folio + "/alegatos/ampliacion").param("days", "5")
                    .param("lang", "en"), as(requester), 400))).contains("You already asked for more days to allege");
            // Instruction closes only after the term.
            assertThat(body(send(post("/inconformidades/" + folio + "/cierre-instruccion"), as(federal), 400)))
                    .contains("El plazo para alegar corre hasta el");
        });
        on(inconformities.byFolio(folio).getAllegationsDue().plusDays(1), () -> {
            send(post("/inconformidades/" + folio + "/cierre-instruccion"), as(federal), 302);
            assertThat(body(send(post("/inconformidades/" + folio + "/alegatos").param("text", "Tarde."),
                    as(requester), 400))).contains("La instrucción se cerró el");

            send(post("/inconformidades/" + folio + "/resolucion").param("resolution", "REVOKED")
                    .param("measures", "PUBLIC_REPRIMAND").param("text", "Se revoca: la reserva no tiene prueba de daño."),
                    as(federal), 302);
            // More time for the new ruling (art. 175 ¶2): the local authority asks through the API, the federal decides.
            String localToken = "Bearer " + accounts.createToken(local.getId(), "api").secret();
            mvc.perform(post("/api/v1/inconformities/" + folio + "/new-ruling/extension")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"days\":5,\"reason\":\"Pruebas voluminosas.\"}")
                    .header("Authorization", localToken)).andExpect(status().isOk());
            java.time.LocalDate before = inconformities.byFolio(folio).getNewRulingDue();
            assertThat(body(send(post("/inconformidades/" + folio + "/mas-tiempo/decision").param("text", "x"),
                    as(federal), 400))).contains("decideMoreTime-grant");
            send(post("/inconformidades/" + folio + "/mas-tiempo/decision").param("grant", "true")
                    .param("text", "Se concede por el volumen."), as(federal), 302);
            assertThat(inconformities.byFolio(folio).getNewRulingDue()).isAfter(before);
        });

        assertThat(ledgerTypes(folio)).containsSubsequence("inconformity.admitted", "inconformity.notice.recorded",
                "inconformity.third-party.notified", "inconformity.allegations.extended",
                "inconformity.instruction.closed", "inconformity.resolved",
                "inconformity.new-ruling.extension.asked", "inconformity.new-ruling.extension.granted");
        assertThat(ledger.subjectAfter("inconformity", folio, 0, 100)).filteredOn(e -> e.getType()
                .equals("inconformity.admitted")).singleElement().satisfies(e -> assertThat(e.getPayload())
                        .contains("\"notifiedOn\"", "EMAIL"));
        String page = body(mvc.perform(get("/inconformidades/" + folio)).andReturn());
        assertThat(page).contains("Cierre de instrucción", "Notificado el", "por correo electrónico",
                "Más tiempo para la nueva resolución concedido", "LGTAIP 2025 art. 175 ¶2")
                .doesNotContain("Inconforme Reservada");
        assertThat(body(mvc.perform(get("/inconformidades/" + folio + "?lang=en")).andReturn()))
                .contains("Close of instruction", "More time for the new ruling granted");
        assertThat(body(mvc.perform(get("/api/v1/inconformities/" + folio)).andReturn()))
                .contains("\"instructionClosedOn\"", "\"newRulingExtensionGranted\":true");
    }

    @Test
    void theLocalAuthorityForwardsAWrittenFilingAndTheResolutionStatesItsCoerciveMeasures() throws Exception {
        String appeal = confirmedAppeal();
        // Art. 164 ¶2: only the local authority that resolved the appeal forwards; the requester files online instead.
        assertThat(body(send(get("/recursos/" + appeal), as(local), 200)))
                .contains("Remitir un recurso presentado por escrito", "/recursos/" + appeal + "/inconformidad-escrita");
        assertThat(body(send(get("/recursos/" + appeal), as(requester), 200)))
                .doesNotContain("/inconformidad-escrita");
        send(get("/recursos/" + appeal + "/inconformidad-escrita"), as(requester), 403);
        send(get("/recursos/" + appeal + "/inconformidad-escrita"), as(federal), 403);
        assertThat(body(send(get("/recursos/" + appeal + "/inconformidad-escrita"), as(local), 200)))
                .contains("Remitir un recurso de inconformidad presentado por escrito", "No escriba aquí el nombre",
                        "El escrito impugna ante", "Según el escrito, la solicitud se refiere")
                // the staff forward someone else's writ: the page does not speak as the requester
                .doesNotContain("Mi solicitud", "Tiene hasta el");
        // Without the day it was received: refused whole with what was typed, nothing filed.
        String refused = body(send(post("/recursos/" + appeal + "/inconformidad-escrita").param("causes",
                "CLASSIFICATION").param("federalResources", "true").param("reasons", "El fondo de seguridad es federal."),
                as(local), 400));
        assertThat(refused).contains("Este dato es obligatorio.", "El fondo de seguridad es federal.",
                "id=\"writtenOn-error\"");
        assertThat(inconformities.ofAppeal(appeal)).isEmpty();
        send(post("/recursos/" + appeal + "/inconformidad-escrita").param("writtenOn", fixtures.today().toString())
                .param("causes", "CLASSIFICATION").param("federalResources", "true").param("reasons", "x"),
                as(federal), 403);
        String location = send(post("/recursos/" + appeal + "/inconformidad-escrita")
                .param("writtenOn", fixtures.today().toString()).param("causes", "CLASSIFICATION")
                .param("federalResources", "true").param("reasons", "El fondo de seguridad es federal."), as(local), 302)
                .getResponse().getRedirectedUrl();
        String folio = location.substring("/inconformidades/".length());
        Inconformity i = inconformities.byFolio(folio);
        assertThat(i.getWrittenOn()).isEqualTo(fixtures.today());
        assertThat(i.getForwardedLate()).isFalse();
        assertThat(ledgerTypes(folio)).containsExactly("inconformity.filed", "inconformity.forwarded");
        assertThat(jdbc.queryForList("SELECT payload FROM ledger_entry WHERE subject_id = ?", String.class, folio))
                .allSatisfy(p -> assertThat(p).doesNotContain("Inconforme Reservada").doesNotContain("@"));
        assertThat(body(send(get("/inconformidades/" + folio), null, 200)))
                .contains("Presentado por escrito", "La autoridad local remitió el recurso presentado por escrito",
                        "LGTAIP 2025 art. 164 ¶2");
        // The appellant follows it as the request's requester: they may allege once it is admitted.
        send(post("/inconformidades/" + folio + "/admision"), as(federal), 302);
        send(post("/inconformidades/" + folio + "/alegatos").param("text", "Lo presenté por escrito."), as(requester),
                302);

        // Art. 180: a resolution that modifies states its coercive measures; without them it is refused, 400, with
        // what was typed.
        String noMeasures = body(send(post("/inconformidades/" + folio + "/resolucion").param("resolution", "MODIFIED")
                .param("text", "Se modifica: el número de patrullas es público."), as(federal), 400));
        assertThat(noMeasures).contains("al menos una medida de apremio", "Se modifica: el número de patrullas es público.");
        assertThat(inconformities.byFolio(folio).getResolution()).isNull();
        send(post("/inconformidades/" + folio + "/resolucion").param("resolution", "MODIFIED")
                .param("measures", "PUBLIC_REPRIMAND").param("measures", "FINE")
                .param("text", "Se modifica: el número de patrullas es público."), as(federal), 302);
        assertThat(body(send(get("/inconformidades/" + folio).param("lang", "en"), null, 200)))
                .contains("Coercive measures the resolution sets (art. 180)", "Public reprimand (art. 196 section I)");
        assertThat(body(mvc.perform(get("/api/v1/inconformities/" + folio)).andReturn()))
                .contains("\"measures\":[\"PUBLIC_REPRIMAND\",\"FINE\"]", "\"forwardedLate\":false");
    }
}
