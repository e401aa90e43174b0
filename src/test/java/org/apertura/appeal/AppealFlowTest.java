package org.apertura.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every step of an appeal through the pages with real security: who may act, what each step records in
 * its table, in the ledger and in the requester's mailbox, and every refusal (403 for the wrong person,
 * 400 with the reason in Spanish or English for a term that passed) changing nothing.
 */
@IntegrationTest
class AppealFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppealFixtures fixtures;
    @Autowired
    AppealService appeals;
    @Autowired
    AppealQueueQuery queues;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    LedgerService ledger;
    @Autowired
    MailOutbox mail;

    Account requester;
    Account guarantor;
    Account unit;
    Account stranger;

    @BeforeEach
    void people() {
        requester = TestAccounts.person(accounts, "Lectora Curiosa");
        stranger = TestAccounts.person(accounts, "Otra Persona");
        guarantor = TestAccounts.person(accounts, "Comisionada Ponente");
        unit = TestAccounts.person(accounts, "Titular de la Unidad");
        SystemActor.run(() -> {
            accounts.grant(guarantor.getId(), Role.GUARANTOR, "idaip", null);
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

    String fileAsRequester(String requestFolio) throws Exception {
        MvcResult r = send(post("/solicitudes/" + requestFolio + "/recurso").param("causes", "INCOMPLETE", "REASONING")
                .param("reasons", "Faltan los anexos de los contratos."), as(requester), 302);
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).matches("/recursos/rr-idaip-\\d{4}-\\d{4}");
        return location.substring("/recursos/".length());
    }

    List<String> ledgerTypes(String folio) {
        return ledger.subjectAfter("appeal", folio, 0, 100).stream().map(LedgerEntry::getType).toList();
    }

    @Test
    void anAppealRunsFromFilingToVerifiedCompliance() throws Exception {
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(), AppealFixtures.Requester
                .account(requester.getId()));
        String folio = fileAsRequester(request);
        Appeal filed = appeals.byFolio(folio);
        assertThat(filed.getStage()).isEqualTo(AppealStage.FILED);
        assertThat(filed.getGuarantorJurisdictionSlug()).isEqualTo("durango");
        assertThat(filed.getCauseList()).containsExactly(AppealCause.INCOMPLETE, AppealCause.REASONING);

        send(post("/recursos/" + folio + "/admision"), as(guarantor), 302);
        send(post("/recursos/" + folio + "/alegatos-unidad").param("text", "Se entregó todo."), as(unit), 302);
        send(post("/recursos/" + folio + "/alegatos").param("text", "No se entregaron anexos."), as(requester), 302);
        send(post("/recursos/" + folio + "/ampliacion").param("reason", "Volumen de anexos."), as(guarantor), 302);
        send(post("/recursos/" + folio + "/resolucion").param("resolution", "REVOKED")
                .param("text", "Entregue los anexos.").param("complianceDays", "5"), as(guarantor), 302);
        Appeal resolved = appeals.byFolio(folio);
        assertThat(resolved.getStage()).isEqualTo(AppealStage.COMPLIANCE_PENDING);
        assertThat(resolved.getComplianceDays()).isEqualTo(5);
        send(post("/recursos/" + folio + "/cumplimiento").param("report", "Se entregaron los anexos."), as(unit), 302);
        // The guarantor waits for the appellant's objection term.
        String early = send(post("/recursos/" + folio + "/verificacion").param("complied", "true")
                .param("text", "Cumplido."), as(guarantor), 400).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(early).contains("Quien recurre puede inconformarse hasta el");
        fixtures.termPassed(folio, "objection_due");
        send(post("/recursos/" + folio + "/verificacion").param("complied", "true").param("text", "Cumplido."),
                as(guarantor), 302);

        Appeal done = appeals.byFolio(folio);
        assertThat(done.getStage()).isEqualTo(AppealStage.COMPLIED);
        assertThat(appeals.steps(done)).extracting(s -> s.getType().getKey()).containsExactly("filed", "admitted",
                "allegations.opened", "allegation", "allegation", "extended", "resolved", "compliance.reported",
                "verified.complied");
        assertThat(appeals.steps(done)).filteredOn(s -> s.getCapacity() == AppealCapacity.GUARANTOR)
                .extracting(AppealStep::getActor).containsOnly("Comisionada Ponente");
        assertThat(appeals.steps(done)).filteredOn(s -> s.getCapacity() == AppealCapacity.APPELLANT)
                .extracting(AppealStep::getActor).containsOnlyNulls();
        assertThat(ledgerTypes(folio)).containsExactly("appeal.filed", "appeal.admitted", "appeal.allegations.opened",
                "appeal.allegation", "appeal.allegation", "appeal.extended", "appeal.resolved",
                "appeal.compliance.reported", "appeal.verified.complied");
        // One e-mail per step the appellant is told of (admission's two steps make one), to the account's address.
        assertThat(mail.messagesTo(requester.getEmail())).filteredOn(m -> m.getSubject().contains(folio)).hasSize(8);
        assertThat(mail.messagesTo(guarantor.getEmail())).isEmpty();

        String page = mvc.perform(get("/recursos/" + folio)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Cumplido y archivado", "LGTAIP 2025 art. 148", "LGTAIP 2025 art. 193",
                "Comisionada Ponente", "/solicitudes/" + request, "Fracción IV. La entrega de información incompleta.");
        // The resolved step says in its place in the list of steps what was resolved.
        int steps = page.indexOf("id=\"pasos\"");
        assertThat(page.substring(steps, page.indexOf("</ol>", steps)))
                .contains("<strong>Revoca la respuesta</strong>");
        mvc.perform(get("/api/v1/appeals/" + folio)).andExpect(status().isOk())
                .andExpect(jsonPath("$.appeal.stage").value("COMPLIED"))
                .andExpect(jsonPath("$.appeal.resolution").value("REVOKED"))
                .andExpect(jsonPath("$.steps.length()").value(9))
                .andExpect(jsonPath("$.steps[1].termDays").value(40))
                .andExpect(jsonPath("$.steps[1].basis").value("LGTAIP 2025 art. 148"));
        mvc.perform(get("/api/v1/appeals").param("guarantor", "idaip").param("stage", "COMPLIED"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.appeals[?(@.folio == '" + folio + "')]").exists());
        String csv = mvc.perform(get("/recursos.csv").param("idioma", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("folio,request,institution,guarantor", folio + "," + request);
        assertThat(mvc.perform(get("/recursos.csv")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("folio,solicitud,sujeto_obligado,garante");
    }

    @Test
    void aKeyHolderAppealsAnOverdueRequestOfAMunicipalityToTheStateGuarantor() throws Exception {
        String key = "clave-" + UUID.randomUUID();
        String email = TestAccounts.uniqueEmail("contacto");
        String request = fixtures.overdue("ayuntamiento-durango", AppealFixtures.Requester.anonymous(email, key));
        mvc.perform(get("/solicitudes/" + request + "/recurso")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/solicitudes/" + request + "/recurso").param("clave", "otra")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/solicitudes/" + request + "/recurso").param("clave", key)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("La falta de respuesta", "Fracción XIII. La orientación a un trámite específico.");
        MvcResult r = send(post("/solicitudes/" + request + "/recurso").param("causes", "NO_ANSWER")
                .param("reasons", "No contestaron.").param("clave", key), null, 302);
        String folio = r.getResponse().getRedirectedUrl().substring("/recursos/".length());
        Appeal a = appeals.byFolio(folio);
        assertThat(a.getAct()).isEqualTo(Appeal.Act.NO_ANSWER);
        assertThat(a.getGuarantorSlug()).isEqualTo("idaip");
        assertThat(a.getInstitutionSlug()).isEqualTo("ayuntamiento-durango");
        assertThat(mail.messagesTo(email)).hasSize(1);
        // A second appeal while this one is open is refused.
        String again = send(post("/solicitudes/" + request + "/recurso").param("causes", "NO_ANSWER")
                .param("reasons", "Otra vez.").param("clave", key), null, 400).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("Esta solicitud ya tiene un recurso en curso.");

        // The guarantor asks for clarification; the key holder replies with the key.
        send(post("/recursos/" + folio + "/prevencion").param("question", "Indique qué parte falta."), as(guarantor), 302);
        assertThat(send(post("/recursos/" + folio + "/aclaracion").param("reply", "Todo."), null, 302).getResponse()
                .getRedirectedUrl()).contains("/entrar");
        assertThat(send(post("/recursos/" + folio + "/aclaracion").param("reply", "Todo.").param("clave", "mala"), null,
                302).getResponse().getRedirectedUrl()).contains("/entrar");
        send(post("/recursos/" + folio + "/aclaracion").param("reply", "Todo.").param("clave", "mala"), as(stranger), 403);
        send(post("/recursos/" + folio + "/aclaracion").param("reply", "Toda la solicitud.").param("clave", key), null, 302);
        assertThat(appeals.byFolio(folio).getStage()).isEqualTo(AppealStage.FILED);
        String twice = send(post("/recursos/" + folio + "/prevencion").param("question", "Otra."), as(guarantor), 400)
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(twice).contains("Solo puede prevenirse una vez.", "Otra.");
        assertThat(mail.messagesTo(email)).hasSize(3);
    }

    @Test
    void anAppealForLackOfAnswerWonByTheAppellantMakesTheDeliveryFree() throws Exception {
        String key = "clave-" + UUID.randomUUID();
        String request = fixtures.overdue("ayuntamiento-durango",
                AppealFixtures.Requester.anonymous(TestAccounts.uniqueEmail("gratis"), key));
        MvcResult r = send(post("/solicitudes/" + request + "/recurso").param("causes", "NO_ANSWER")
                .param("reasons", "No contestaron.").param("clave", key), null, 302);
        String folio = r.getResponse().getRedirectedUrl().substring("/recursos/".length());
        send(post("/recursos/" + folio + "/admision"), as(guarantor), 302);
        fixtures.termPassed(folio, "allegations_due");
        mvc.perform(get("/api/v1/requests/" + request)).andExpect(status().isOk())
                .andExpect(jsonPath("$.request.freeDeliveryAppeal").isEmpty());
        send(post("/recursos/" + folio + "/resolucion").param("resolution", "REVOKED")
                .param("text", "Responda y entregue."), as(guarantor), 302);
        // art. 149: the request now says its delivery is free, citing the appeal
        mvc.perform(get("/api/v1/requests/" + request)).andExpect(status().isOk())
                .andExpect(jsonPath("$.request.freeDeliveryAppeal").value(folio));
        assertThat(html("/solicitudes/" + request)).contains("LGTAIP 2025 art. 149", folio);
    }

    String html(String path, RequestPostProcessor... as) throws Exception {
        var request = get(path);
        for (RequestPostProcessor viewer : as) {
            request.with(viewer);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theRequestPanelTheQueueTheDataDictionaryAndTheApiDocsKnowAppeals() throws Exception {
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(), AppealFixtures.Requester
                .account(requester.getId()));
        assertThat(html("/solicitudes/" + request, as(requester))).contains("Esta solicitud no tiene recursos.",
                "/solicitudes/" + request + "/recurso", "Presentar un recurso de revisión (hasta el");
        assertThat(html("/solicitudes/" + request)).as("others are told who may appeal, with no button")
                .contains("Quien presentó esta solicitud puede interponer un recurso de revisión hasta el")
                .doesNotContain("/solicitudes/" + request + "/recurso");
        String overdueFolio = fileAsRequester(request);
        assertThat(html("/solicitudes/" + request, as(requester))).contains(overdueFolio, "Presentado")
                .doesNotContain("/solicitudes/" + request + "/recurso");
        String other = fixtures.answered("poder-ejecutivo-durango", fixtures.today(), AppealFixtures.Requester
                .account(requester.getId()));
        String laterFolio = fileAsRequester(other);
        send(post("/recursos/" + overdueFolio + "/admision"), as(guarantor), 302);
        send(post("/recursos/" + laterFolio + "/admision"), as(guarantor), 302);
        fixtures.termPassed(overdueFolio, "resolution_due");
        List<AppealQueue.Item> queue = queues.before("idaip").items();
        List<String> order = queue.stream().map(i -> i.appeal().getFolio()).filter(f -> f.equals(overdueFolio)
                || f.equals(laterFolio)).toList();
        assertThat(order).containsExactly(overdueFolio, laterFolio);
        assertThat(queue.stream().filter(i -> i.appeal().getFolio().equals(overdueFolio)).findFirst().orElseThrow()
                .daysLeft()).isEqualTo(-1);
        String page = mvc.perform(get("/garante/recursos").with(as(guarantor))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.indexOf(overdueFolio)).isLessThan(page.indexOf(laterFolio));
        assertThat(page).contains("Vencido hace 1 días hábiles");
        assertThat(mvc.perform(get("/recursos").with(as(guarantor))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("href=\"/garante/recursos\"");
        assertThat(html("/recursos")).doesNotContain("href=\"/garante/recursos\"");
        assertThat(html("/datos/diccionario")).contains("Recursos de revisión", "/recursos.csv");
        assertThat(html("/api/docs")).contains("/api/v1/appeals", "/api/v1/appeals/{folio}");
        mvc.perform(get("/api/v1/appeals/rr-no-existe-2026-0001")).andExpect(status().isNotFound());
        mvc.perform(get("/recursos/rr-no-existe-2026-0001")).andExpect(status().isNotFound());
    }

    @Test
    void theWrongPersonIsRefusedAndNothingChanges() throws Exception {
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(), AppealFixtures.Requester
                .account(requester.getId()));
        send(post("/solicitudes/" + request + "/recurso").param("causes", "INCOMPLETE").param("reasons", "x"),
                as(stranger), 403);
        send(post("/solicitudes/" + request + "/recurso").param("causes", "INCOMPLETE").param("reasons", "x"),
                as(guarantor), 403);
        assertThat(appeals.ofRequest(request)).isEmpty();
        String folio = fileAsRequester(request);
        send(post("/recursos/" + folio + "/admision"), as(unit), 403);
        send(post("/recursos/" + folio + "/admision"), as(requester), 403);
        assertThat(send(post("/recursos/" + folio + "/admision"), null, 302).getResponse().getRedirectedUrl())
                .contains("/entrar");
        send(post("/recursos/" + folio + "/desechamiento").param("ground", "QUERY").param("text", "x"), as(stranger), 403);
        assertThat(appeals.byFolio(folio).getStage()).isEqualTo(AppealStage.FILED);
        send(post("/recursos/" + folio + "/admision"), as(guarantor), 302);
        send(post("/recursos/" + folio + "/alegatos-unidad").param("text", "x"), as(guarantor), 403);
        send(post("/recursos/" + folio + "/alegatos").param("text", "x"), as(stranger), 403);
        send(post("/recursos/" + folio + "/resolucion").param("resolution", "CONFIRMED").param("text", "x"), as(unit), 403);
        assertThat(appeals.steps(appeals.byFolio(folio))).hasSize(3);
        assertThat(ledgerTypes(folio)).hasSize(3);
        mvc.perform(get("/garante/recursos").with(as(stranger))).andExpect(status().isForbidden());
        String queue = mvc.perform(get("/garante/recursos").with(as(guarantor))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains(folio, "Admitido");
    }

    @Test
    void outOfTermIsRefusedInSpanishOrEnglishAndChangesNothing() throws Exception {
        // A filing after the term is taken, marked late, and left for the guarantor to dismiss (art. 153 fr. I, 158).
        String late = fixtures.answered("poder-ejecutivo-durango", fixtures.today().minusDays(40),
                AppealFixtures.Requester.account(requester.getId()));
        assertThat(html("/solicitudes/" + late + "/recurso", as(requester))).contains("El plazo para recurrir venció el",
                "la autoridad garante decidirá si es extemporáneo");
        assertThat(html("/solicitudes/" + late + "/recurso?lang=en", as(requester))).contains("The term to appeal ended on");
        send(post("/solicitudes/" + late + "/recurso").param("causes", "INCOMPLETE").param("reasons", "x"),
                as(requester), 302);
        Appeal lateAppeal = appeals.ofRequest(late).get(0);
        assertThat(lateAppeal.isFiledLate()).isTrue();
        assertThat(ledgerTypes(lateAppeal.getFolio())).containsExactly("appeal.filed.late");
        assertThat(html("/recursos/" + lateAppeal.getFolio())).contains("presentado después del plazo",
                "Recurso presentado después del plazo").doesNotContain("INCOMPLETE");
        assertThat(ledger.subjectAfter("appeal", lateAppeal.getFolio(), 0, 10).get(0).getPayload())
                .contains("\"causes\":[\"INCOMPLETE\"]");
        send(post("/recursos/" + lateAppeal.getFolio() + "/desechamiento").param("ground", "LATE")
                .param("text", "Extemporáneo."), as(guarantor), 302);
        assertThat(appeals.byFolio(lateAppeal.getFolio()).getDismissalGround()).isEqualTo(DismissalGround.LATE);
        // Neither answered nor overdue: no act to appeal. The filing is received and flagged, never refused; the
        // guarantor dismisses it for no cause of art. 145 (art. 158 fr. III).
        String open = fixtures.open("poder-ejecutivo-durango", AppealFixtures.Requester.account(requester.getId()));
        assertThat(html("/solicitudes/" + open + "/recurso", as(requester))).contains("no hay acto que recurrir",
                "probablemente lo desechará").doesNotContain("ya no puede recurrirse");
        send(post("/solicitudes/" + open + "/recurso").param("causes", "NO_ANSWER").param("reasons", "x"),
                as(requester), 302);
        Appeal unusual = appeals.ofRequest(open).get(0);
        assertThat(unusual.isUnusual()).isTrue();
        assertThat(ledgerTypes(unusual.getFolio())).containsExactly("appeal.filed.unusual");
        assertThat(html("/recursos/" + unusual.getFolio())).contains("sin acto que recurrir",
                "Recurso presentado sin acto que recurrir").doesNotContain("NONE");
        send(post("/recursos/" + unusual.getFolio() + "/desechamiento").param("ground", "NO_CAUSE")
                .param("text", "No hay respuesta ni plazo vencido."), as(guarantor), 302);
        assertThat(appeals.byFolio(unusual.getFolio()).getDismissalGround()).isEqualTo(DismissalGround.NO_CAUSE);
        String empty = send(post("/solicitudes/" + fixtures.answered("poder-ejecutivo-durango", fixtures.today(),
                AppealFixtures.Requester.account(requester.getId())) + "/recurso").param("reasons", "Mis razones."),
                as(requester), 400).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(empty).contains("Marque al menos una causa.", "Mis razones.");

        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(), AppealFixtures.Requester
                .account(requester.getId()));
        String folio = fileAsRequester(request);
        send(post("/recursos/" + folio + "/admision"), as(guarantor), 302);
        fixtures.termPassed(folio, "allegations_due");
        String closed = send(post("/recursos/" + folio + "/alegatos").param("text", "Tarde."), as(requester), 400)
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(closed).contains("El plazo para alegatos venció el", "Tarde.");
        fixtures.termPassed(folio, "resolution_due");
        String extension = send(post("/recursos/" + folio + "/ampliacion").param("lang", "en").param("reason", "Más."),
                as(guarantor), 400).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(extension).contains("it can no longer be extended");
        Appeal a = appeals.byFolio(folio);
        assertThat(a.isExtended()).isFalse();
        assertThat(a.getAppellantAllegation()).isNull();
        assertThat(appeals.steps(a)).hasSize(3);
        assertThat(ledgerTypes(folio)).hasSize(3);
    }

    @Test
    void theAppellantObjectsOnceAndTheGuarantorFindsItNotComplied() throws Exception {
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(), AppealFixtures.Requester
                .account(requester.getId()));
        String folio = fileAsRequester(request);
        send(post("/recursos/" + folio + "/admision"), as(guarantor), 302);
        String moot = send(post("/recursos/" + folio + "/resolucion").param("resolution", "MODIFIED")
                .param("text", "Modifica.").param("complianceDays", "11"), as(guarantor), 400).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(moot).contains("href=\"#resolve-resolution\"", "href=\"#resolve-complianceReason\"",
                "El plazo para alegatos sigue abierto hasta el",
                "Para dar más de 10 días hábiles para cumplir, escriba por qué (artículo 154).", "Modifica.");
        fixtures.termPassed(folio, "allegations_due");
        send(post("/recursos/" + folio + "/resolucion").param("resolution", "MODIFIED").param("text", "Modifica."),
                as(guarantor), 302);
        assertThat(appeals.byFolio(folio).getComplianceDays()).isEqualTo(10);
        send(post("/recursos/" + folio + "/cumplimiento").param("report", "Se entregó una parte."), as(unit), 302);
        send(post("/recursos/" + folio + "/objecion").param("objection", "Falta la otra parte."), as(stranger), 403);
        send(post("/recursos/" + folio + "/objecion").param("objection", "Falta la otra parte."), as(requester), 302);
        String twice = send(post("/recursos/" + folio + "/objecion").param("lang", "en")
                .param("objection", "Again."), as(requester), 400).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(twice).contains("The appellant already objected.", "Again.");
        send(post("/recursos/" + folio + "/verificacion").param("complied", "false")
                .param("text", "No se entregó la otra parte."), as(guarantor), 302);
        Appeal a = appeals.byFolio(folio);
        assertThat(a.getStage()).isEqualTo(AppealStage.NOT_COMPLIED);
        assertThat(a.getObjection()).isEqualTo("Falta la otra parte.");
        assertThat(ledgerTypes(folio)).endsWith("appeal.compliance.reported", "appeal.objected",
                "appeal.verified.not-complied");
        assertThat(html("/recursos/" + folio)).contains("Incumplido", "Acuerdo de incumplimiento",
                "Falta la otra parte.", "Plazo del superior jerárquico para cumplir");
        // Not a dead end (art. 193 fr. II): the unit reports again, within the superior's five days.
        send(post("/recursos/" + folio + "/cumplimiento").param("report", "Se entregó la otra parte."), as(unit), 302);
        assertThat(appeals.byFolio(folio).getStage()).isEqualTo(AppealStage.COMPLIANCE_REPORTED);
        assertThat(appeals.byFolio(folio).getObjection()).isNull();
    }

    @Test
    void anUnansweredClarificationIsDismissedAfterItsTerm() throws Exception {
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(), AppealFixtures.Requester
                .account(requester.getId()));
        String folio = fileAsRequester(request);
        send(post("/recursos/" + folio + "/prevencion").param("question", "Indique el acto."), as(guarantor), 302);
        send(post("/recursos/" + folio + "/desechamiento").param("ground", "CLARIFICATION_UNANSWERED")
                .param("text", "Sin desahogo."), as(guarantor), 400);
        fixtures.termPassed(folio, "clarification_due");
        send(post("/recursos/" + folio + "/aclaracion").param("reply", "Tarde."), as(requester), 400);
        send(post("/recursos/" + folio + "/desechamiento").param("ground", "CLARIFICATION_UNANSWERED")
                .param("text", "Sin desahogo."), as(guarantor), 302);
        Appeal a = appeals.byFolio(folio);
        assertThat(a.getStage()).isEqualTo(AppealStage.DISMISSED);
        assertThat(a.getDismissalGround()).isEqualTo(DismissalGround.CLARIFICATION_UNANSWERED);
        assertThat(ledgerTypes(folio)).containsExactly("appeal.filed", "appeal.clarification.requested",
                "appeal.dismissed");
        assertThat(mvc.perform(get("/recursos/" + folio)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Desechado",
                "Artículo 158, fracción IV: no se desahogó la prevención a tiempo.");
    }
}
