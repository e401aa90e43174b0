package org.apertura.accessinfo;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apertura.IntegrationTest;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The request's new acts through the pages and the API, as a unit, its committee and a requester meet them: a late
 * registration flagged in public (art. 125), a partial requirement that leaves the rest of the request standing
 * (art. 130 ¶3) with fewer days than the law's ten, a committee extension shorter than ten days through the API, an
 * incompetence the committee confirmed (art. 40 fr. II), and free delivery after a won appeal for lack of answer
 * (art. 149). Bad input is refused in Spanish and English and changes nothing; the requester is never named.
 */
@IntegrationTest
class RequestActsFlowTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String INSTITUTION = "poder-ejecutivo-durango";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    AccessRequestService service;
    @Autowired
    AccessRequestRepository requests;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.apertura.jurisdiction.JurisdictionService jurisdictions;
    @Autowired
    org.apertura.platform.time.Today today;

    Account withRole(Role role, String name) {
        Account a = TestAccounts.person(accounts, name);
        SystemActor.run(() -> accounts.grant(a.getId(), role, INSTITUTION, null));
        return a;
    }

    String token(Account a) {
        return "Bearer " + accounts.createToken(a.getId(), "api").secret();
    }

    long ledgerRows(String type) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE type = ?", Long.class, type);
    }

    @Test
    void aRequestRegisteredAfterFiveBusinessDaysIsFlaggedOnItsPageAndInTheApi() throws Exception {
        Account unit = withRole(Role.TRANSPARENCY_UNIT, "Unidad del Ejecutivo");
        LocalDate received = service.today().minusDays(30);
        long lateBefore = ledgerRows("request.registered-late");
        MvcResult done = mvc.perform(post("/unidad/" + INSTITUTION + "/registrar").with(csrf()).with(details.signedIn(unit))
                        .param("channel", "POSTAL").param("receivedOn", received.toString())
                        .param("description", "Padrón de beneficiarios del programa de becas 2026")
                        .param("modality", "SIMPLE_COPY").param("medium", "NOTICE_BOARD"))
                .andExpect(status().is3xxRedirection()).andReturn();
        AccessRequest r = service.filing(done.getResponse().getRedirectedUrl().substring("/acuses/".length())).get(0);
        LocalDate due = calendars.dueDate(r.getCalendar(), received, 5).dueDate();
        assertThat(r.getRegistrationDue()).isEqualTo(due);
        assertThat(r.isRegisteredLate()).isTrue();
        assertThat(ledgerRows("request.registered-late")).isEqualTo(lateBefore + 1);
        mvc.perform(get("/solicitudes/" + r.getFolio())).andExpect(status().isOk())
                .andExpect(content().string(containsString("después del plazo para registrarla, que vencía el "
                        + due.format(DAY) + " (LGTAIP 2025 art. 125)")))
                .andExpect(content().string(containsString("La unidad registró la solicitud después del plazo")));
        mvc.perform(get("/solicitudes/" + r.getFolio()).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Registered after the term to register it")));
        mvc.perform(get("/api/v1/requests/" + r.getFolio())).andExpect(status().isOk())
                .andExpect(jsonPath("$.request.registeredLate").value(true))
                .andExpect(jsonPath("$.request.registrationDue").value(due.toString()));

        // Through the API, registered on the day it arrived: on time, nothing flagged.
        long count = requests.count();
        mvc.perform(post("/api/v1/requests/registrations").header("Authorization", token(unit))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"institution\":\"" + INSTITUTION + "\",\"channel\":\"IN_PERSON\",\"receivedOn\":\""
                                + service.today() + "\",\"description\":\"Nómina de la Secretaría de Salud\","
                                + "\"modality\":\"ELECTRONIC\",\"medium\":\"NOTICE_BOARD\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requests[0].registeredLate").value(false))
                .andExpect(jsonPath("$.requests[0].channel").value("IN_PERSON"));
        assertThat(requests.count()).isEqualTo(count + 1);
        mvc.perform(post("/api/v1/requests/registrations").header("Authorization", token(unit))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"institution\":\"" + INSTITUTION + "\",\"channel\":\"ONLINE\",\"receivedOn\":\""
                                + service.today() + "\",\"description\":\"Nómina\",\"modality\":\"ELECTRONIC\","
                                + "\"medium\":\"NOTICE_BOARD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose how it arrived")));
        assertThat(requests.count()).isEqualTo(count + 1);
    }

    @Test
    void aPartialRequirementThroughThePageLeavesTheRestOfTheRequestStanding() throws Exception {
        Account unit = withRole(Role.TRANSPARENCY_UNIT, "Unidad del Ejecutivo, prevención");
        AccessRequest r = service.file(new AccessRequestService.FilingRequest(java.util.List.of(INSTITUTION),
                new AccessRequest.Filing("Contratos de obra pública de 2026 y los informes de supervisión de cada obra",
                        Modality.ELECTRONIC, null, NotificationMedium.EMAIL, "persona.privada@example.org")))
                .requests().get(0);
        LocalDate firstDue = r.getDueDate();
        // More than the law's "hasta diez" days is refused, in both languages, and nothing changes.
        mvc.perform(post("/solicitudes/" + r.getFolio() + "/aclaracion").with(csrf()).with(details.signedIn(unit))
                        .param("question", "¿De qué obras quiere los informes?").param("replyDays", "11")
                        .param("partial", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(service.request(r.getFolio()).getStage()).isEqualTo(Stage.RECEIVED);
        mvc.perform(post("/solicitudes/" + r.getFolio() + "/aclaracion").with(csrf()).with(details.signedIn(unit))
                        .param("question", "¿De qué obras quiere los informes?").param("replyDays", "5")
                        .param("partial", "quizá"))
                .andExpect(status().is3xxRedirection());
        assertThat(service.request(r.getFolio()).getStage()).isEqualTo(Stage.RECEIVED);
        mvc.perform(post("/solicitudes/" + r.getFolio() + "/aclaracion").with(csrf()).with(details.signedIn(unit))
                        .param("question", "¿De qué obras quiere los informes?").param("replyDays", "5")
                        .param("partial", "true"))
                .andExpect(status().is3xxRedirection());
        AccessRequest asked = service.request(r.getFolio());
        assertThat(asked.isClarificationPartial()).isTrue();
        assertThat(asked.getClarificationDue()).isEqualTo(calendars.dueDate(asked.getCalendar(), service.today(), 5)
                .dueDate());
        mvc.perform(get("/solicitudes/" + r.getFolio())).andExpect(status().isOk())
                .andExpect(content().string(containsString("La aclaración pedida es parcial")))
                .andExpect(content().string(containsString("La unidad pidió aclarar una parte de la solicitud")));

        // No reply by the day after the requirement's term: the request goes on, due on its first date.
        service.expireClarifications(asked.getClarificationDue().plusDays(1));
        AccessRequest lapsed = service.request(r.getFolio());
        assertThat(lapsed.getStage()).isEqualTo(Stage.IN_PROCESS);
        assertThat(lapsed.getDueDate()).isEqualTo(firstDue);
        String page = mvc.perform(get("/solicitudes/" + r.getFolio())).andExpect(status().isOk())
                .andExpect(content().string(containsString("la solicitud sigue por lo que no se pidió aclarar")))
                .andExpect(content().string(containsString("LGTAIP 2025 art. 130 ¶3")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("persona.privada@example.org");
    }

    @Test
    void theApiTakesTheShorterDaysAndTheCommitteeConfirmedIncompetence() throws Exception {
        Account unit = withRole(Role.TRANSPARENCY_UNIT, "Unidad del Ejecutivo, API");
        Account committee = withRole(Role.COMMITTEE, "Comité del Ejecutivo, API");
        AccessRequest r = service.file(new AccessRequestService.FilingRequest(java.util.List.of(INSTITUTION),
                new AccessRequest.Filing("Permisos de explotación minera otorgados en 2026", Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null))).requests().get(0);
        String folio = r.getFolio();
        // The committee's extension: eleven days is refused (English), the unit may not resolve, four are granted.
        mvc.perform(post("/api/v1/requests/" + folio + "/committee-resolutions").header("Authorization", token(committee))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EXTENSION\",\"decision\":\"CONFIRM\",\"grounds\":\"Tres áreas revisan"
                                + " expedientes.\",\"session\":\"CT-07/2026\",\"resolvedOn\":\"" + service.today()
                                + "\",\"extensionDays\":11}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("extensionDays"));
        assertThat(service.resolutions(service.request(folio))).isEmpty();
        mvc.perform(post("/api/v1/requests/" + folio + "/committee-resolutions").header("Authorization", token(unit))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EXTENSION\",\"decision\":\"CONFIRM\",\"grounds\":\"x\",\"session\":\"CT\","
                                + "\"resolvedOn\":\"" + service.today() + "\",\"extensionDays\":4}"))
                .andExpect(status().isForbidden());
        LocalDate due = r.getDueDate();
        mvc.perform(post("/api/v1/requests/" + folio + "/committee-resolutions").header("Authorization", token(committee))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EXTENSION\",\"decision\":\"CONFIRM\",\"grounds\":\"Tres áreas revisan"
                                + " expedientes.\",\"session\":\"CT-07/2026\",\"resolvedOn\":\"" + service.today()
                                + "\",\"extensionDays\":4}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("EXTENSION"));
        assertThat(service.request(folio).getDueDate()).isEqualTo(calendars.dueDate(r.getCalendar(), due, 4).dueDate());

        // Confirmed incompetence needs the committee's resolution on incompetence; then it is on time.
        String answer = "{\"outcome\":\"NOT_COMPETENT_CONFIRMED\",\"text\":\"Los permisos mineros son federales.\","
                + "\"competentBody\":\"Secretaría de Economía\"}";
        mvc.perform(post("/api/v1/requests/" + folio + "/answer").header("Authorization", token(unit))
                        .contentType(MediaType.APPLICATION_JSON).content(answer))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("outcome")));
        assertThat(service.request(folio).getOutcome()).isNull();
        mvc.perform(post("/api/v1/requests/" + folio + "/committee-resolutions").header("Authorization", token(committee))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"NOT_COMPETENT\",\"decision\":\"CONFIRM\",\"grounds\":\"La Dirección de"
                                + " Minería declaró que la materia es federal.\",\"session\":\"CT-08/2026\",\"resolvedOn\":\""
                                + service.today() + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/requests/" + folio + "/answer").header("Authorization", token(unit))
                        .contentType(MediaType.APPLICATION_JSON).content(answer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("NOT_COMPETENT_CONFIRMED"))
                .andExpect(jsonPath("$.answeredOnTime").value(true));
        mvc.perform(get("/solicitudes/" + folio)).andExpect(status().isOk())
                .andExpect(content().string(containsString("No es competente (confirmado por el Comité)")));

        // The clarification through the API takes its shorter days and the partial flag (refused here: answered).
        mvc.perform(post("/api/v1/requests/" + folio + "/clarification").header("Authorization", token(unit))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"¿Cuáles?\",\"replyDays\":3}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aClarificationThroughTheApiWithFewerDays() throws Exception {
        Account unit = withRole(Role.TRANSPARENCY_UNIT, "Unidad del Ejecutivo, API 2");
        AccessRequest r = service.file(new AccessRequestService.FilingRequest(java.util.List.of(INSTITUTION),
                new AccessRequest.Filing("Gasto en publicidad oficial de 2026 por medio", Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null))).requests().get(0);
        mvc.perform(post("/api/v1/requests/" + r.getFolio() + "/clarification").header("Authorization", token(unit))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"¿Qué medios?\",\"replyDays\":12,\"partial\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("replyDays"));
        assertThat(service.request(r.getFolio()).getStage()).isEqualTo(Stage.RECEIVED);
        mvc.perform(post("/api/v1/requests/" + r.getFolio() + "/clarification").header("Authorization", token(unit))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":\"¿Qué medios?\",\"replyDays\":3,\"partial\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("CLARIFICATION_REQUESTED"))
                .andExpect(jsonPath("$.clarificationPartial").value(true));
        assertThat(service.request(r.getFolio()).getClarificationDue())
                .isEqualTo(calendars.dueDate(r.getCalendar(), service.today(), 3).dueDate());
    }

    @Test
    void anAnswerGivenTheSundayARequestWasFiledTakesEffectWithItsReceiptNotBefore() throws Exception {
        // A filing on a non-business day is received the next business day; an answer given on that same Sunday takes
        // effect that business day too (LFPA art. 28 ¶1; legal review 2026-12 §2.2), so the page never reads as if it
        // was answered before it was received.
        Account unit = withRole(Role.TRANSPARENCY_UNIT, "Unidad del Ejecutivo, domingo");
        LocalDate sunday = service.today().minusDays(14).with(java.time.temporal.TemporalAdjusters.previous(
                java.time.DayOfWeek.SUNDAY));
        AccessRequest r = today.on(sunday, () -> service.file(new AccessRequestService.FilingRequest(
                java.util.List.of(INSTITUTION), new AccessRequest.Filing("Nómina de la Secretaría de Salud de 2026",
                        Modality.ELECTRONIC, null, NotificationMedium.PLATFORM, null))).requests().get(0));
        assertThat(r.getReceivedOn()).isAfter(sunday);
        today.on(sunday, () -> {
            try {
                mvc.perform(post("/solicitudes/" + r.getFolio() + "/respuesta").with(csrf()).with(details.signedIn(unit))
                                .param("outcome", "DELIVERED").param("text", "Se entrega la nómina."))
                        .andExpect(status().is3xxRedirection());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(service.request(r.getFolio()).getAnsweredOn()).isEqualTo(sunday);
        mvc.perform(get("/solicitudes/" + r.getFolio())).andExpect(status().isOk())
                .andExpect(content().string(containsString(DAY.format(sunday))))
                .andExpect(content().string(containsString("surte efectos el " + DAY.format(r.getReceivedOn())
                        + ", primer día hábil siguiente, como la recepción")));
        mvc.perform(get("/solicitudes/" + r.getFolio()).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("it takes effect on " + DAY.format(r.getReceivedOn()))));
    }

    @Test
    void aWonAppealForLackOfAnswerMakesTheDeliveryFree() throws Exception {
        Account unit = withRole(Role.TRANSPARENCY_UNIT, "Unidad del Ejecutivo, entrega");
        AccessRequest r = service.file(new AccessRequestService.FilingRequest(java.util.List.of(INSTITUTION),
                new AccessRequest.Filing("Expedientes de licitaciones de 2026 en copia simple", Modality.SIMPLE_COPY, null,
                        NotificationMedium.PLATFORM, null))).requests().get(0);
        long before = ledgerRows("request.delivery.free");
        tx.executeWithoutResult(s -> events.publishEvent(new NoAnswerAppealWon(r.getFolio(), "RR-PED-2026-000001",
                service.today())));
        tx.executeWithoutResult(s -> events.publishEvent(new NoAnswerAppealWon(r.getFolio(), "RR-PED-2026-000001",
                service.today())));
        assertThat(ledgerRows("request.delivery.free")).as("once").isEqualTo(before + 1);
        mvc.perform(post("/solicitudes/" + r.getFolio() + "/respuesta").with(csrf()).with(details.signedIn(unit))
                        .param("outcome", "DELIVERED").param("text", "Se entregan 300 hojas de los expedientes.")
                        .param("pages", "300").param("cost", "300.00"))
                .andExpect(status().is3xxRedirection());
        AccessRequest answered = service.request(r.getFolio());
        assertThat(answered.getCost()).isEqualByComparingTo("0");
        assertThat(answered.getPaymentDue()).isNull();
        mvc.perform(get("/solicitudes/" + r.getFolio())).andExpect(status().isOk())
                .andExpect(content().string(containsString("El recurso RR-PED-2026-000001, por falta de respuesta")))
                .andExpect(content().string(containsString("LGTAIP 2025 art. 149")));
        mvc.perform(get("/api/v1/requests/" + r.getFolio())).andExpect(status().isOk())
                .andExpect(jsonPath("$.request.freeDeliveryAppeal").value("RR-PED-2026-000001"));
    }

    @Test
    void aReserveGoesToTheHalfYearlyIndexWithItsEndAndIsExtendedOnceByTheCommittee() throws Exception {
        Account unit = withRole(Role.TRANSPARENCY_UNIT, "Unidad del Ejecutivo, reservas");
        Account committee = withRole(Role.COMMITTEE, "Comité del Ejecutivo, reservas");
        AccessRequest r = service.file(new AccessRequestService.FilingRequest(java.util.List.of(INSTITUTION),
                new AccessRequest.Filing("Ubicación de las cámaras de videovigilancia del C5 en 2026", Modality.ELECTRONIC,
                        null, NotificationMedium.EMAIL, "otra.persona@example.org"))).requests().get(0);
        String folio = r.getFolio();
        String harm = "Revelar la ubicación de las cámaras permitiría evadirlas: el riesgo es real, actual y específico.";
        // Without the art. 114 statement and the file's area and document, the reserve is refused; nothing is saved.
        mvc.perform(post("/solicitudes/" + folio + "/comite").with(csrf()).with(details.signedIn(committee))
                        .param("kind", "RESERVED").param("decision", "CONFIRM").param("grounds", "Seguridad pública.")
                        .param("session", "CT-09/2026").param("resolvedOn", service.today().toString())
                        .param("reserveGround", "5").param("reserveYears", "2").param("harmTest", harm))
                .andExpect(status().is3xxRedirection());
        assertThat(service.resolutions(service.request(folio))).isEmpty();
        mvc.perform(post("/solicitudes/" + folio + "/comite").with(csrf()).with(details.signedIn(committee))
                        .param("kind", "RESERVED").param("decision", "CONFIRM").param("grounds", "Seguridad pública.")
                        .param("session", "CT-09/2026").param("resolvedOn", service.today().toString())
                        .param("reserveGround", "5").param("reserveYears", "2").param("harmTest", harm)
                        .param("area", "Centro de Control C5").param("document", "Mapa de cámaras de videovigilancia")
                        .param("notExcluded", "true"))
                .andExpect(status().is3xxRedirection());
        CommitteeResolution reserve = service.resolutions(service.request(folio)).get(0);
        assertThat(reserve.getReserveUntil()).isEqualTo(service.today().minusDays(1).plusYears(2));
        mvc.perform(get("/solicitudes/" + folio)).andExpect(content().string(containsString(
                "fracción V; reservada por 2 años")));
        mvc.perform(post("/solicitudes/" + folio + "/respuesta").with(csrf()).with(details.signedIn(unit))
                        .param("outcome", "RESERVED").param("text", "La información está reservada por dos años."))
                .andExpect(status().is3xxRedirection());

        String half = ReservedIndex.HalfYear.of(service.today()).toString();
        String page = mvc.perform(get("/solicitudes/reservados")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mapa de cámaras de videovigilancia")))
                .andExpect(content().string(containsString("Centro de Control C5")))
                .andExpect(content().string(containsString("Art. 112, fracción V")))
                .andExpect(content().string(containsString(reserve.getReserveUntil().format(DAY))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("otra.persona@example.org");
        mvc.perform(get("/solicitudes/reservados").param("semestre", "2026-7")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Escriba el semestre como año y 1 o 2")));
        mvc.perform(get("/solicitudes/reservados.csv").param("semestre", half)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mapa de cámaras de videovigilancia")))
                .andExpect(content().string(containsString("Completa")));
        mvc.perform(get("/api/v1/requests/reserved-index").param("semester", half)).andExpect(status().isOk())
                .andExpect(jsonPath("$.files[?(@.folio == '" + folio + "')].area").value("Centro de Control C5"));
        // The legend the document carries (art. 109): its nature, the day classified, the basis, the period.
        String legend = "Documento clasificado como reservado en su totalidad el " + service.today().format(DAY)
                + ", con fundamento en LGTAIP 2025 art. 112 fr. V. Periodo de reserva: 2 años; reservado hasta el "
                + reserve.getReserveUntil().format(DAY) + ".";
        mvc.perform(get("/solicitudes/" + folio)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Leyenda que debe llevar el documento (artículo 109)")))
                .andExpect(content().string(containsString(legend)));
        mvc.perform(get("/solicitudes/reservados.csv").param("semestre", half))
                .andExpect(content().string(containsString(legend)));
        mvc.perform(get("/api/v1/requests/reserved-index").param("semester", half))
                .andExpect(jsonPath("$.files[?(@.folio == '" + folio + "')].legend").value(legend));
        mvc.perform(get("/api/v1/requests/reserved-index").param("semester", "2014-1").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Write the half-year as the year and 1 or 2")));
        mvc.perform(get("/datos/diccionario")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Índice de expedientes clasificados como reservados")))
                .andExpect(content().string(containsString("/solicitudes/reservados.csv")));

        // The committee extends it once through the API; the unit may not; a second time is the guarantor's.
        String extension = "{\"years\":3,\"harmTest\":\"" + harm + "\"}";
        String path = "/api/v1/requests/" + folio + "/committee-resolutions/" + reserve.getId() + "/reserve-extension";
        mvc.perform(post(path).header("Authorization", token(unit)).contentType(MediaType.APPLICATION_JSON)
                .content(extension)).andExpect(status().isForbidden());
        mvc.perform(post(path).header("Authorization", token(committee)).contentType(MediaType.APPLICATION_JSON)
                        .content(extension))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reserveUntil").value(reserve.getReserveUntil().plusYears(3).toString()))
                .andExpect(jsonPath("$.extensionYears").value(3));
        mvc.perform(post(path).header("Authorization", token(committee)).contentType(MediaType.APPLICATION_JSON)
                        .content(extension))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("autoridad garante")));
        mvc.perform(get("/solicitudes/" + folio)).andExpect(status().isOk())
                .andExpect(content().string(containsString("El Comité amplió una reserva")))
                .andExpect(content().string(containsString("LGTAIP 2025 art. 104 ¶3")))
                .andExpect(content().string(containsString("Periodo de reserva: 2 años, ampliado por 3 años el "
                        + service.today().format(DAY) + "; reservado hasta el "
                        + reserve.getReserveUntil().plusYears(3).format(DAY) + ".")));

        // Art. 104 ¶4: the committee asks the guarantor authority assigned to the institution today for a further
        // extension. The financial-system case needs a reserve on art. 112 fr. IV (this one is on fr. V): refused on
        // the page, nothing changes; the unit may not ask.
        LocalDate until = reserve.getReserveUntil().plusYears(3);
        String guarantorSlug = jurisdictions.authorityFor(service.institutionOf(service.request(folio)),
                service.today()).orElseThrow().authority().getSlug();
        String pagePath = "/solicitudes/" + folio + "/reservas/" + reserve.getId() + "/ampliacion-garante";
        mvc.perform(post(pagePath).with(csrf()).with(details.signedIn(committee)).param("extensionCase",
                "FINANCIAL_SYSTEM").param("years", "2").param("harmTest", harm)).andExpect(status().is3xxRedirection());
        assertThat(service.resolutions(service.request(folio)).get(0).getGuarantorAskedOn()).isNull();
        mvc.perform(post(pagePath).with(csrf()).with(details.signedIn(unit)).param("extensionCase",
                "STRATEGIC_INFRASTRUCTURE").param("years", "2").param("harmTest", harm)).andExpect(status().isForbidden());
        String apiPath = "/api/v1/requests/" + folio + "/committee-resolutions/" + reserve.getId()
                + "/guarantor-reserve-extension";
        mvc.perform(post(apiPath).header("Authorization", token(committee)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"extensionCase\":\"FINANCIAL_SYSTEM\",\"years\":2,\"harmTest\":\"" + harm + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("only to a reserve on fraction IV of article 112")));
        long asked = ledgerRows("request.reserve.guarantorAsked");
        mvc.perform(post(pagePath).with(csrf()).with(details.signedIn(committee)).param("extensionCase",
                "STRATEGIC_INFRASTRUCTURE").param("years", "2").param("harmTest", harm)).andExpect(status().is3xxRedirection());
        CommitteeResolution askedFor = service.resolutions(service.request(folio)).get(0);
        assertThat(askedFor.getGuarantorAskedOn()).isEqualTo(service.today());
        assertThat(askedFor.getGuarantorSlug()).isEqualTo(guarantorSlug);
        assertThat(ledgerRows("request.reserve.guarantorAsked")).isEqualTo(asked + 1);
        // The institution's committee cannot decide; the guarantor authority's staff can, at most the years asked.
        Account guarantor = TestAccounts.person(accounts, "Autoridad garante, reservas");
        SystemActor.run(() -> accounts.grant(guarantor.getId(), Role.GUARANTOR, guarantorSlug, null));
        String decide = pagePath + "/resolucion";
        mvc.perform(post(decide).with(csrf()).with(details.signedIn(committee)).param("grant", "true")
                .param("years", "1").param("reasons", "Subsiste el riesgo para la red de videovigilancia."))
                .andExpect(status().isForbidden());
        mvc.perform(get("/solicitudes/" + folio).with(details.signedIn(guarantor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Resolver la ampliación que pide el Comité")));
        mvc.perform(post(decide).with(csrf()).with(details.signedIn(guarantor)).param("grant", "true")
                .param("years", "3").param("reasons", "Subsiste el riesgo para la red de videovigilancia."))
                .andExpect(status().is3xxRedirection());
        assertThat(service.resolutions(service.request(folio)).get(0).getGuarantorDecidedOn()).isNull();
        mvc.perform(post(decide).with(csrf()).with(details.signedIn(guarantor)).param("grant", "true")
                .param("years", "1").param("reasons", "Subsiste el riesgo para la red de videovigilancia."))
                .andExpect(status().is3xxRedirection());
        assertThat(service.resolutions(service.request(folio)).get(0).getReserveUntil()).isEqualTo(until.plusYears(1));
        mvc.perform(get("/solicitudes/" + folio)).andExpect(status().isOk())
                .andExpect(content().string(containsString("El Comité pidió a la autoridad garante ampliar una reserva")))
                .andExpect(content().string(containsString("La autoridad garante amplió una reserva")))
                .andExpect(content().string(containsString("LGTAIP 2025 art. 104 ¶4")))
                .andExpect(content().string(containsString("ampliado de nuevo por la autoridad garante por 1 año el "
                        + service.today().format(DAY) + "; reservado hasta el " + until.plusYears(1).format(DAY))));
        mvc.perform(get("/api/v1/requests/reserved-index").param("semester", half))
                .andExpect(jsonPath("$.files[?(@.folio == '" + folio + "')].extensionYears").value(4));
        assertThat(ledgerRows("request.reserve.guarantorGranted")).isPositive();
    }

    @Test
    void aConfidentialityOnPendingComplaintsSaysItLastsOnlyWhileTheyArePending() throws Exception {
        Account committee = withRole(Role.COMMITTEE, "Comité del Ejecutivo, confidencialidad");
        AccessRequest r = service.file(new AccessRequestService.FilingRequest(java.util.List.of(INSTITUTION),
                new AccessRequest.Filing("Quejas presentadas contra el director de obras en 2026", Modality.ELECTRONIC,
                        null, NotificationMedium.PLATFORM, null))).requests().get(0);
        String folio = r.getFolio();
        String body = "{\"kind\":\"%s\",\"decision\":\"CONFIRM\",\"grounds\":\"Procedimiento de responsabilidad"
                + " en trámite.\",\"session\":\"CT-10/2026\",\"resolvedOn\":\"" + service.today()
                + "\",\"confidentialGround\":\"PENDING_PROCEEDINGS\"}";
        mvc.perform(post("/api/v1/requests/" + folio + "/committee-resolutions").header("Authorization", token(committee))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("INEXISTENCE")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("only stated on a confidentiality resolution")));
        assertThat(service.resolutions(service.request(folio))).isEmpty();
        mvc.perform(post("/api/v1/requests/" + folio + "/committee-resolutions").header("Authorization", token(committee))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("CONFIDENTIAL")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.confidentialGround").value("PENDING_PROCEEDINGS"));
        mvc.perform(get("/solicitudes/" + folio)).andExpect(status().isOk())
                .andExpect(content().string(containsString("solo mientras estén en trámite o no concluyan con una "
                        + "sanción firme (art. 115, párrafo quinto)")));
    }
}
