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
 * The appeal's new acts through the pages and the API with real security (LGTAIP 2025 arts. 153, 156, 159, 191,
 * 193): withdrawal, sobreseimiento, close of instruction, notification, a compliance extension asked and granted;
 * each a public step and a ledger entry, each refused for the wrong person (403) or with the reason in Spanish or
 * English (400) changing nothing; the objection's old path is sent on.
 */
@IntegrationTest
class AppealActsFlowTest {

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

    Account requester;
    Account guarantor;
    Account unit;
    Account stranger;

    @BeforeEach
    void people() {
        requester = TestAccounts.person(accounts, "Recurrente Paciente");
        stranger = TestAccounts.person(accounts, "Persona Ajena");
        guarantor = TestAccounts.person(accounts, "Ponente de Actos");
        unit = TestAccounts.person(accounts, "Unidad de Actos");
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

    String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String filed() throws Exception {
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(),
                AppealFixtures.Requester.account(requester.getId()));
        String location = send(post("/solicitudes/" + request + "/recurso").param("causes", "INCOMPLETE")
                .param("reasons", "Faltan anexos."), as(requester), 302).getResponse().getRedirectedUrl();
        return location.substring("/recursos/".length());
    }

    String bearer(Account account) {
        return "Bearer " + accounts.createToken(account.getId(), "api").secret();
    }

    List<String> ledgerTypes(String folio) {
        return ledger.subjectAfter("appeal", folio, 0, 100).stream().map(LedgerEntry::getType).toList();
    }

    @Test
    void theAppellantWithdrawsAndNobodyElseMay() throws Exception {
        String folio = filed();
        send(post("/recursos/" + folio + "/admision"), as(guarantor), 302);
        send(post("/recursos/" + folio + "/desistimiento"), as(stranger), 403);
        send(post("/recursos/" + folio + "/desistimiento"), as(guarantor), 403);
        assertThat(appeals.byFolio(folio).getStage()).isEqualTo(AppealStage.ADMITTED);
        send(post("/recursos/" + folio + "/desistimiento").param("reason", "Ya me entregaron los anexos."),
                as(requester), 302);
        Appeal a = appeals.byFolio(folio);
        assertThat(a.getStage()).isEqualTo(AppealStage.WITHDRAWN);
        assertThat(a.getDiscontinuanceGround()).isEqualTo(DiscontinuanceGround.WITHDRAWN);
        assertThat(ledgerTypes(folio)).endsWith("appeal.withdrawn");
        String page = body(mvc.perform(get("/recursos/" + folio)).andReturn());
        assertThat(page).contains("Desistido", "Quien recurre se desistió", "Artículo 159, fracción I");
        String again = body(send(post("/recursos/" + folio + "/desistimiento").param("lang", "en"), as(requester), 400));
        assertThat(again).contains("The appeal is not at a stage that allows this.");
        assertThat(appeals.steps(appeals.byFolio(folio))).hasSize(4);
    }

    @Test
    void theGuarantorDiscontinuesOnAGroundAndARefusalChangesNothing() throws Exception {
        String folio = filed();
        String early = body(send(post("/recursos/" + folio + "/sobreseimiento").param("ground", "MOOT")
                .param("text", "Sin materia."), as(guarantor), 400));
        assertThat(early).contains("El recurso no está en la etapa que permite esto.");
        send(post("/recursos/" + folio + "/admision"), as(guarantor), 302);
        send(post("/recursos/" + folio + "/sobreseimiento").param("ground", "MOOT").param("text", "x"), as(unit), 403);
        String missing = body(send(post("/recursos/" + folio + "/sobreseimiento").param("lang", "en")
                .param("text", "No ground."), as(guarantor), 400));
        assertThat(missing).contains("href=\"#discontinue-ground\"", "No ground.");
        assertThat(appeals.byFolio(folio).getStage()).isEqualTo(AppealStage.ADMITTED);
        int steps = appeals.steps(appeals.byFolio(folio)).size();
        send(post("/recursos/" + folio + "/sobreseimiento").param("ground", "MOOT")
                .param("text", "El sujeto obligado entregó todo: quedó sin materia."), as(guarantor), 302);
        Appeal a = appeals.byFolio(folio);
        assertThat(a.getStage()).isEqualTo(AppealStage.RESOLVED);
        assertThat(a.getResolution()).isEqualTo(AppealResolution.DISMISSED_MOOT);
        assertThat(appeals.steps(a)).hasSize(steps + 1);
        assertThat(ledgerTypes(folio)).endsWith("appeal.discontinued");
        assertThat(body(mvc.perform(get("/recursos/" + folio + "?lang=en")).andReturn()))
                .contains("Appeal discontinued", "Article 159, section III");
    }

    @Test
    void complianceIsNotifiedThenExtendedOnTheUnitsRequest() throws Exception {
        String folio = filed();
        send(post("/recursos/" + folio + "/admision"), as(guarantor), 302);
        fixtures.termPassed(folio, "allegations_due");
        send(post("/recursos/" + folio + "/cierre-instruccion"), as(guarantor), 302);
        assertThat(appeals.byFolio(folio).getClosedResolutionDue()).isNotNull();
        send(post("/recursos/" + folio + "/resolucion").param("resolution", "REVOKED").param("text", "Entregue."),
                as(guarantor), 302);
        String today = fixtures.today().toString();
        String bad = body(send(post("/recursos/" + folio + "/notificacion").param("notifiedOn", "2020-01-01"),
                as(guarantor), 400));
        assertThat(bad).contains("La notificación debe ser entre el día de la resolución");
        send(post("/recursos/" + folio + "/notificacion").param("notifiedOn", today), as(guarantor), 302);
        assertThat(appeals.byFolio(folio).getNotifiedOn()).isEqualTo(fixtures.today());
        send(post("/recursos/" + folio + "/ampliacion-cumplimiento").param("days", "5").param("reason", "x"),
                as(guarantor), 403);
        String noDays = body(send(post("/recursos/" + folio + "/ampliacion-cumplimiento").param("lang", "en")
                .param("reason", "Many files."), as(unit), 400));
        assertThat(noDays).contains("Enter a number of business days from 1 to 60.", "Many files.");
        send(post("/recursos/" + folio + "/ampliacion-cumplimiento").param("days", "5")
                .param("reason", "Son miles de fojas."), as(unit), 302);
        var due = appeals.byFolio(folio).getComplianceDue();
        send(post("/recursos/" + folio + "/ampliacion-cumplimiento/decision").param("granted", "true")
                .param("days", "3").param("text", "Se conceden tres días."), as(guarantor), 302);
        Appeal a = appeals.byFolio(folio);
        assertThat(a.getExtensionGrantedDays()).isEqualTo(3);
        assertThat(a.getComplianceDue()).isAfter(due);
        assertThat(ledgerTypes(folio)).contains("appeal.instruction.closed", "appeal.resolution.notified",
                "appeal.compliance.extension.asked", "appeal.compliance.extension.granted");
        assertThat(body(mvc.perform(get("/recursos/" + folio)).andReturn()))
                .contains("Concedida: 3 días hábiles más.", "Ampliación del plazo para cumplir concedida");
    }

    @Test
    void theApiTakesTheActsAndTheOldObjectionPathIsSentOn() throws Exception {
        String folio = filed();
        send(post("/recursos/" + folio + "/admision"), as(guarantor), 302);
        String json = "{\"ground\":\"SUPERVENING_IMPROCEDENCE\",\"text\":\"Hay un amparo.\"}";
        mvc.perform(post("/api/v1/appeals/" + folio + "/discontinuance").contentType(MediaType.APPLICATION_JSON)
                .content(json).header("Authorization", bearer(unit))).andExpect(status().isForbidden());
        assertThat(appeals.byFolio(folio).getStage()).isEqualTo(AppealStage.ADMITTED);
        String done = body(mvc.perform(post("/api/v1/appeals/" + folio + "/discontinuance")
                .contentType(MediaType.APPLICATION_JSON).content(json).header("Authorization", bearer(guarantor)))
                .andExpect(status().isOk()).andReturn());
        assertThat(done).contains("\"discontinuanceGround\":\"SUPERVENING_IMPROCEDENCE\"", "\"stage\":\"RESOLVED\"");
        MvcResult moved = send(post("/recursos/" + folio + "/inconformidad").param("objection", "x"), as(requester),
                308);
        assertThat(moved.getResponse().getHeader("Location")).isEqualTo("/recursos/" + folio + "/objecion");
    }

    @Test
    void theUnitForwardsAnAppealFiledWithItAndComplianceIsReportedWithinThreeDays() throws Exception {
        // Art. 144 ¶1–2: filed before the unit that knew of the request, forwarded by it through the platform.
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(),
                AppealFixtures.Requester.account(requester.getId()));
        String form = "/solicitudes/" + request + "/recurso/remitir";
        assertThat(body(send(get("/solicitudes/" + request), as(unit), 200))).contains(form);
        assertThat(body(send(get("/solicitudes/" + request), as(requester), 200))).doesNotContain(form);
        send(get(form), as(requester), 403);
        send(get(form), as(stranger), 403);
        send(get(form), as(guarantor), 403);
        assertThat(body(send(get(form), as(unit), 200))).contains("Remitir un recurso presentado ante la Unidad",
                "Día en que la Unidad recibió el recurso");
        send(post(form).param("causes", "INCOMPLETE").param("reasons", "Faltan anexos.")
                .param("writtenOn", fixtures.today().toString()), as(requester), 403);
        // Without the day received, or a day to come: refused with the reason, nothing filed.
        assertThat(body(send(post(form).param("causes", "INCOMPLETE").param("reasons", "Faltan anexos."), as(unit),
                400))).contains("Este dato es obligatorio");
        assertThat(body(send(post(form).param("causes", "INCOMPLETE").param("reasons", "Faltan anexos.")
                .param("writtenOn", fixtures.today().plusDays(3).toString()), as(unit), 400)))
                .contains("no puede ser posterior a hoy");
        assertThat(appeals.ofRequest(request)).isEmpty();
        String location = send(post(form).param("causes", "INCOMPLETE").param("reasons", "Faltan anexos.")
                .param("writtenOn", fixtures.today().toString()), as(unit), 302).getResponse().getRedirectedUrl();
        String folio = location.substring("/recursos/".length());
        Appeal a = appeals.byFolio(folio);
        assertThat(a.getWrittenOn()).isEqualTo(fixtures.today());
        assertThat(a.getForwardedLate()).isFalse();
        assertThat(a.isFiledLate()).isFalse();
        String page = body(send(get("/recursos/" + folio), null, 200));
        assertThat(page).contains("Recibido por la Unidad de Transparencia el",
                "La Unidad de Transparencia remitió el recurso presentado ante ella", "LGTAIP 2025 art. 144 ¶2");
        assertThat(ledgerTypes(folio)).startsWith("appeal.filed", "appeal.forwarded");
        String forwarded = ledger.subjectAfter("appeal", folio, 0, 100).stream()
                .filter(e -> e.getType().equals("appeal.forwarded")).findFirst().orElseThrow().getPayload();
        assertThat(forwarded).contains("\"writtenOn\":\"" + fixtures.today() + "\"")
                .doesNotContain(requester.getEmail());
        // Once filed, no second forwarding while it is open.
        assertThat(body(send(post(form).param("causes", "INCOMPLETE").param("reasons", "Otra vez.")
                .param("writtenOn", fixtures.today().toString()), as(unit), 400)))
                .contains("ya tiene un recurso en curso");

        // Art. 156 ¶2: revoked, the unit reports compliance within three days after the term to comply.
        send(post("/recursos/" + folio + "/admision"), as(guarantor), 302);
        fixtures.termPassed(folio, "allegations_due");
        send(post("/recursos/" + folio + "/resolucion").param("resolution", "REVOKED")
                .param("text", "Entregue los anexos."), as(guarantor), 302);
        Appeal revoked = appeals.byFolio(folio);
        org.apertura.deadlines.Deadlines d = appeals.deadlinesOf(revoked);
        assertThat(revoked.getReportDue()).isEqualTo(d.due(revoked.getComplianceDue(), 3));
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        assertThat(body(send(get("/recursos/" + folio), null, 200))).contains(
                "Informar el cumplimiento a más tardar", revoked.getReportDue().format(day));
        send(post("/recursos/" + folio + "/cumplimiento").param("report", "Se entregaron los anexos."), as(unit), 302);
        assertThat(appeals.byFolio(folio).getReportedOnTime()).isTrue();
        assertThat(body(send(get("/recursos/" + folio), null, 200))).contains(
                "informó el cumplimiento dentro de los tres días que da la ley", "LGTAIP 2025 art. 156 ¶2");
        String reported = ledger.subjectAfter("appeal", folio, 0, 100).stream()
                .filter(e -> e.getType().equals("appeal.compliance.reported")).findFirst().orElseThrow().getPayload();
        assertThat(reported).contains("\"reportDue\":\"" + revoked.getReportDue() + "\"", "\"reportedOnTime\":true");
    }

    @Test
    void afterNonComplianceTheGuarantorImposesAMeasureRecordsItsNoticeAndExecution() throws Exception {
        // Arts. 193 fr. III, 196–202: a measure after the acuerdo de incumplimiento, by position, never by name.
        String folio = filed();
        send(post("/recursos/" + folio + "/admision"), as(guarantor), 302);
        fixtures.termPassed(folio, "allegations_due");
        send(post("/recursos/" + folio + "/resolucion").param("resolution", "REVOKED").param("text", "Entregue."),
                as(guarantor), 302);
        String measure = "/recursos/" + folio + "/medidas";
        // Before a finding of non-compliance: refused, nothing imposed.
        assertThat(body(send(post(measure).param("kind", "FINE").param("person", "PUBLIC_SERVANT")
                .param("position", "Titular de la Dirección de Obras").param("fineUma", "200")
                .param("qualification", "Falta grave."), as(guarantor), 400)))
                .contains("Solo tras un acuerdo de incumplimiento");
        send(post("/recursos/" + folio + "/cumplimiento").param("report", "Se entregó una parte."), as(unit), 302);
        fixtures.termPassed(folio, "objection_due");
        send(post("/recursos/" + folio + "/verificacion").param("complied", "false")
                .param("text", "No se entregaron los anexos."), as(guarantor), 302);
        assertThat(body(send(get("/recursos/" + folio), as(guarantor), 200))).contains("Imponer una medida de apremio");
        send(post(measure).param("kind", "FINE").param("person", "PUBLIC_SERVANT")
                .param("position", "Titular de la Dirección de Obras").param("fineUma", "200")
                .param("qualification", "Falta grave."), as(unit), 403);
        // A fine out of the range, and a measure on the superior before one on the servant was executed: refused.
        assertThat(body(send(post(measure).param("kind", "FINE").param("person", "SUPERIOR")
                .param("position", "Secretaría de Obras").param("fineUma", "2000")
                .param("qualification", "Falta grave."), as(guarantor), 400)))
                .contains("La multa va de 150 a 1500 veces la UMA", "Al superior jerárquico se le imponen medidas");
        send(post(measure).param("kind", "FINE").param("person", "PUBLIC_SERVANT")
                .param("position", "Titular de la Dirección de Obras").param("fineUma", "200")
                .param("qualification", "Incumplimiento de diez días; sin reincidencia."), as(guarantor), 302);
        List<EnforcementMeasure> imposed = appeals.measures(appeals.byFolio(folio));
        assertThat(imposed).hasSize(1);
        EnforcementMeasure m = imposed.get(0);
        // Durango's guarantor authority: its fines go to the state's finance secretariat (art. 202 ¶2).
        assertThat(m.getExecutor()).isEqualTo(MeasureExecutor.STATE_FINANCE_SECRETARIAT);
        send(post(measure + "/" + m.getId() + "/ejecucion").param("on", fixtures.today().toString()), as(guarantor),
                400);
        send(post(measure + "/" + m.getId() + "/notificacion").param("on", fixtures.today().toString()), as(guarantor),
                302);
        org.apertura.deadlines.Deadlines d = appeals.deadlinesOf(appeals.byFolio(folio));
        assertThat(appeals.measures(appeals.byFolio(folio)).get(0).getExecutionDue())
                .isEqualTo(d.due(fixtures.today(), 15));
        send(post(measure + "/" + m.getId() + "/ejecucion").param("on", fixtures.today().toString()), as(guarantor),
                302);
        EnforcementMeasure executed = appeals.measures(appeals.byFolio(folio)).get(0);
        assertThat(executed.getState()).isEqualTo(EnforcementMeasure.State.EXECUTED);
        assertThat(executed.getExecutedOnTime()).isTrue();
        String page = body(send(get("/recursos/" + folio), null, 200));
        assertThat(page).contains("Medidas de apremio", "Multa (art. 196, fracción II)", "de 200 veces la Unidad",
                "Titular de la Dirección de Obras", "la Secretaría de Finanzas de la entidad federativa",
                "LGTAIP 2025 art. 193 fr. III; LGTAIP 2025 art. 196 fr. II; LGTAIP 2025 art. 197",
                "LGTAIP 2025 art. 201", "LGTAIP 2025 art. 202");
        assertThat(ledgerTypes(folio)).endsWith("appeal.measure.imposed", "appeal.measure.notified",
                "appeal.measure.executed");
        // Art. 199 ¶1: the measure executed without compliance, the superior is first required to instruct compliance
        // within five business days; only once they pass may measures fall on the superior.
        java.util.function.Supplier<MockHttpServletRequestBuilder> onSuperiorDraft = () -> post(measure)
                .param("kind", "PUBLIC_REPRIMAND").param("person", "SUPERIOR")
                .param("position", "Secretaría de Obras Públicas")
                .param("qualification", "Persiste el incumplimiento tras la multa.");
        assertThat(body(send(onSuperiorDraft.get(), as(guarantor), 400))).contains("se le requirió y pasaron sus cinco días");
        assertThat(body(send(get("/recursos/" + folio), as(guarantor), 200))).contains("Requerir al superior jerárquico");
        send(post(measure + "/requerimiento").param("requiredOn", fixtures.today().toString())
                .param("text", "Se requiere a la Secretaría de Obras Públicas que instruya la entrega."), as(unit), 403);
        send(post(measure + "/requerimiento").param("requiredOn", fixtures.today().toString())
                .param("text", " "), as(guarantor), 400);
        send(post(measure + "/requerimiento").param("requiredOn", fixtures.today().toString())
                .param("text", "Se requiere a la Secretaría de Obras Públicas que instruya la entrega."), as(guarantor),
                302);
        Appeal required = appeals.byFolio(folio);
        java.time.LocalDate from = d.received(fixtures.today());
        assertThat(required.getInstructionFrom()).isEqualTo(from);
        assertThat(required.getInstructionDue()).isEqualTo(d.due(from, 5));
        assertThat(ledgerTypes(folio)).last().isEqualTo("appeal.superior.required");
        assertThat(body(send(get("/recursos/" + folio), null, 200))).contains("Se requirió al superior jerárquico",
                "LGTAIP 2025 art. 199 ¶1");
        assertThat(body(send(onSuperiorDraft.get(), as(guarantor), 400))).contains("para instruir el cumplimiento");
        fixtures.termPassed(folio, "instruction_due");
        Appeal passed = appeals.byFolio(folio);
        assertThat(passed.getInstructionDue()).as("a term that ran out ends no earlier than it starts")
                .isAfterOrEqualTo(passed.getInstructionFrom());
        send(onSuperiorDraft.get(), as(guarantor), 302);
        EnforcementMeasure onSuperior = appeals.measures(appeals.byFolio(folio)).get(1);
        assertThat(onSuperior.getExecutor()).isEqualTo(MeasureExecutor.IMMEDIATE_SUPERIOR);
        assertThat(ledgerTypes(folio)).last().isEqualTo("appeal.measure.imposed");
    }
}
