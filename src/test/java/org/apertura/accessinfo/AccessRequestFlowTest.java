package org.apertura.accessinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A request's whole path through the pages, as people take it: filed without a name to two institutions,
 * the acuse with the right due date (HTML and PDF), the private follow-up, the unit's clarification and the
 * requester's reply restarting the term, the committee's extension, the answer with a file; bad input and
 * wrong people refused with nothing changed; and the requester never named in public.
 */
@IntegrationTest
class AccessRequestFlowTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
    MailOutbox outbox;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    JurisdictionService jurisdictions;
    @Autowired
    org.apertura.ledger.LedgerService ledger;

    Account withRole(Role role, String institution, String name) {
        Account a = TestAccounts.person(accounts, name);
        SystemActor.run(() -> accounts.grant(a.getId(), role, institution, null));
        return a;
    }

    String expectedDue(String institution, LocalDate from, int days) {
        var jurisdiction = jurisdictions.institution(institution).getJurisdiction();
        return calendars.dueDate(calendars.calendarOf(jurisdiction), from, days).dueDate().format(DAY);
    }

    @Test
    void aRequestGoesFromFilingWithoutANameToAnAnswerWithAnExtension() throws Exception {
        String marker = "marca-" + UUID.randomUUID().toString().substring(0, 8);
        String email = marker + "@correo.mx";
        long before = requests.count();
        var history = ledger.after(0, 1_000_000);
        long seq = history.isEmpty() ? 0 : history.get(history.size() - 1).getSeq();

        mvc.perform(get("/solicitudes/nueva")).andExpect(status().isOk())
                .andExpect(content().string(containsString("No necesita dar su nombre")));
        MvcResult filed = mvc.perform(post("/solicitudes").with(csrf())
                        .param("institutions", "idaip", "poder-ejecutivo-durango")
                        .param("description", "Los contratos de obra pública de 2025 con sus montos")
                        .param("modality", "ELECTRONIC").param("medium", "EMAIL").param("contactEmail", email))
                .andExpect(status().is3xxRedirection()).andReturn();
        String acuse = filed.getResponse().getRedirectedUrl();
        String key = (String) filed.getFlashMap().get("followKey");
        assertThat(acuse).startsWith("/acuses/");
        assertThat(key).hasSizeGreaterThan(20);
        assertThat(requests.count()).isEqualTo(before + 2);
        List<AccessRequest> both = service.filing(acuse.substring("/acuses/".length()));
        assertThat(both).extracting(AccessRequest::getInstitutionSlug).containsExactlyInAnyOrder("idaip",
                "poder-ejecutivo-durango");
        AccessRequest request = both.stream().filter(r -> r.getInstitutionSlug().equals("idaip")).findFirst().orElseThrow();
        assertThat(request.getFolio()).matches("idaip-\\d{4}-\\d{6}");
        String due = expectedDue("idaip", service.today(), 20);

        mvc.perform(get(acuse).flashAttr("followKey", key)).andExpect(status().isOk())
                .andExpect(content().string(containsString(request.getFolio())))
                .andExpect(content().string(containsString(due)))
                .andExpect(content().string(containsString("/seguimiento/" + key)))
                .andExpect(content().string(not(containsString(email))));
        byte[] pdf = mvc.perform(get(acuse + ".pdf")).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(request.getFolio()).contains(due).contains("No se pidió nombre").doesNotContain(marker);
        }
        List<OutboxMail> mails = outbox.messagesTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getBody()).contains(request.getFolio()).contains("/seguimiento/" + key);
        mvc.perform(get("/seguimiento/" + key)).andExpect(status().isOk())
                .andExpect(content().string(containsString(request.getFolio())));
        mvc.perform(get("/seguimiento/no-es-una-clave")).andExpect(status().isNotFound());
        // Typed (or pasted with a stray space and line break) in the follow-up box, the key opens the same page.
        mvc.perform(get("/seguimiento").param("clave", " " + key.substring(0, 5) + "\n" + key.substring(5) + " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/seguimiento/" + key));
        mvc.perform(get("/seguimiento").param("clave", key + "x")).andExpect(status().isOk())
                .andExpect(content().string(containsString("No encontramos solicitudes con esa clave")));
        mvc.perform(get("/seguimiento").param("clave", "<x>")).andExpect(status().isOk())
                .andExpect(content().string(containsString("No encontramos solicitudes con esa clave")));
        mvc.perform(get("/seguimiento").param("clave", "  ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Escriba la clave de seguimiento de su acuse.")));
        mvc.perform(get("/seguimiento")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Clave de seguimiento")))
                .andExpect(content().string(not(containsString("No encontramos"))));

        // The unit turns it and asks for clarification; the answer clock stops.
        Account unit = withRole(Role.TRANSPARENCY_UNIT, "idaip", "Unidad IDAIP");
        Account stranger = TestAccounts.person(accounts, "Otra persona");
        mvc.perform(post("/solicitudes/" + request.getFolio() + "/turnar").with(csrf()).with(details.signedIn(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/solicitudes/" + request.getFolio() + "/turnar").with(csrf()).with(details.signedIn(unit)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/solicitudes/" + request.getFolio() + "/aclaracion").with(csrf()).with(details.signedIn(unit))
                .param("question", "¿De qué dependencia ejecutora?")).andExpect(status().is3xxRedirection());
        assertThat(service.request(request.getFolio()).getStage()).isEqualTo(Stage.CLARIFICATION_REQUESTED);
        assertThat(outbox.messagesTo(email)).hasSize(2);
        mvc.perform(post("/solicitudes/" + request.getFolio() + "/aclaracion").with(csrf()).with(details.signedIn(unit))
                .param("question", "¿Otra vez?")).andExpect(status().is3xxRedirection());
        assertThat(service.steps(service.request(request.getFolio()))).filteredOn(s -> s.getType().getKey().startsWith("clarification"))
                .hasSize(1);

        // A stranger cannot reply; the requester replies with the key and the term starts again.
        mvc.perform(post("/solicitudes/" + request.getFolio() + "/aclaracion/respuesta").with(csrf())
                .param("reply", "Secretaría de Comunicaciones").param("clave", "falsa"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/entrar"));
        assertThat(service.request(request.getFolio()).getStage()).isEqualTo(Stage.CLARIFICATION_REQUESTED);
        mvc.perform(post("/solicitudes/" + request.getFolio() + "/aclaracion/respuesta").with(csrf())
                        .param("reply", "Secretaría de Comunicaciones y Obras Públicas").param("clave", key))
                .andExpect(status().is3xxRedirection());
        AccessRequest replied = service.request(request.getFolio());
        assertThat(replied.getStage()).isEqualTo(Stage.IN_PROCESS);
        assertThat(replied.getDueDate().format(DAY)).isEqualTo(expectedDue("idaip", service.today(), 20));

        // The committee extends it; the unit answers with a file.
        Account committee = withRole(Role.COMMITTEE, "idaip", "Comité IDAIP");
        mvc.perform(post("/solicitudes/" + request.getFolio() + "/comite").with(csrf()).with(details.signedIn(unit))
                .param("kind", "EXTENSION").param("decision", "CONFIRM").param("grounds", "x").param("session", "CT-1")
                .param("resolvedOn", service.today().toString())).andExpect(status().isForbidden());
        mvc.perform(post("/solicitudes/" + request.getFolio() + "/comite").with(csrf()).with(details.signedIn(committee))
                .param("kind", "EXTENSION").param("decision", "CONFIRM")
                .param("grounds", "Se requiere revisar 340 expedientes en tres áreas.").param("session", "CT-EXT-04/2026")
                .param("resolvedOn", service.today().toString())).andExpect(status().is3xxRedirection());
        AccessRequest extended = service.request(request.getFolio());
        assertThat(extended.getStage()).isEqualTo(Stage.EXTENDED);
        assertThat(extended.getDueDate().format(DAY)).isEqualTo(expectedDue("idaip", replied.getDueDate(), 10));

        MockMultipartFile file = new MockMultipartFile("archivos", "contratos-2025.csv", "text/csv",
                "contrato,monto\nOP-01,1500000\n".getBytes());
        mvc.perform(multipart("/solicitudes/" + request.getFolio() + "/respuesta").file(file).with(csrf())
                .with(details.signedIn(unit)).param("outcome", "DELIVERED")
                .param("text", "Se entrega la relación de contratos de obra pública 2025.")).andExpect(status().is3xxRedirection());
        AccessRequest answered = service.request(request.getFolio());
        assertThat(answered.getStage()).isEqualTo(Stage.ANSWERED);
        assertThat(answered.getAnsweredOnTime()).isTrue();

        String page = mvc.perform(get("/solicitudes/" + request.getFolio())).andExpect(status().isOk())
                .andExpect(content().string(containsString("contratos-2025.csv")))
                .andExpect(content().string(containsString("Se amplió el plazo de respuesta")))
                .andExpect(content().string(containsString("LGTAIP 2025 art. 134 ¶2")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(marker).doesNotContain(key);
        Long fileId = service.publicFiles(answered).get(0).getId();
        mvc.perform(get("/solicitudes/" + request.getFolio() + "/archivos/" + fileId)).andExpect(status().isOk())
                .andExpect(content().string(containsString("OP-01")));

        // Public outputs never carry who asked.
        for (String path : List.of("/solicitudes", "/solicitudes?q=contratos+obra", "/solicitudes.csv",
                "/api/v1/requests?q=contrato", "/api/v1/requests/" + request.getFolio(), "/api/v1/ledger?after=" + seq,
                "/solicitudes/cifras", "/api/v1/requests/figures", "/solicitudes/institucion/idaip/feed.atom",
                "/acuses/" + request.getFilingId(), "/solicitudes/cifras.csv?idioma=en")) {
            String body = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(path).doesNotContain(marker).doesNotContain(key);
        }
        assertThat(mvc.perform(get("/solicitudes/institucion/idaip/feed.atom")).andReturn().getResponse()
                .getContentAsString()).contains(request.getFolio() + ": Se respondió");
        assertThat(mvc.perform(get("/api/v1/ledger?after=" + seq)).andReturn().getResponse().getContentAsString())
                .contains("request.answered").contains(request.getFolio());
        mvc.perform(get("/api/v1/requests").param("q", "CONTRATOS públicos")).andExpect(status().isOk())
                .andExpect(jsonPath("$.requests[?(@.folio == '" + request.getFolio() + "')]").exists());
    }

    @Autowired
    org.apertura.deadlines.CalendarService calendarService;

    @Test
    void aDayTheGuarantorClosesMovesTheOpenDeadlinesItCrossesAndSaysSoOnEachRequest() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> {
            jurisdictions.createJurisdiction(new org.apertura.jurisdiction.JurisdictionDraft("estado-" + suffix,
                    "Estado " + suffix, org.apertura.jurisdiction.JurisdictionLevel.STATE, "mexico", null, null, null));
            jurisdictions.createInstitution(new org.apertura.jurisdiction.InstitutionDraft("garante-" + suffix,
                    "Garante " + suffix, null, "estado-" + suffix, org.apertura.jurisdiction.Branch.AUTONOMOUS, true, null,
                    null));
            jurisdictions.createInstitution(new org.apertura.jurisdiction.InstitutionDraft("salud-" + suffix,
                    "Secretaría de Salud " + suffix, null, "estado-" + suffix, org.apertura.jurisdiction.Branch.EXECUTIVE,
                    false, null, null));
            calendarService.create(new org.apertura.deadlines.CalendarDraft("garante-" + suffix, null, null));
        });
        AccessRequest r = service.file(new AccessRequestService.FilingRequest(List.of("salud-" + suffix),
                new AccessRequest.Filing("Abasto de medicamentos en 2026", Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null))).requests().get(0);
        assertThat(r.getCalendar()).isEqualTo("garante-" + suffix);
        LocalDate due = r.getDueDate();
        String versionBefore = r.getCalendarVersion();
        // Another, whose unit asked for clarification: the requester's term to reply is the one that runs.
        AccessRequest c = service.file(new AccessRequestService.FilingRequest(List.of("salud-" + suffix),
                new AccessRequest.Filing("Mantenimiento de ambulancias " + suffix, Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null))).requests().get(0);
        Account unit = withRole(Role.TRANSPARENCY_UNIT, "salud-" + suffix, "Unidad " + suffix);
        mvc.perform(post("/solicitudes/" + c.getFolio() + "/aclaracion").with(csrf()).with(details.signedIn(unit))
                .param("question", "¿De qué hospitales?")).andExpect(status().is3xxRedirection());
        AccessRequest asked = requests.findById(c.getId()).orElseThrow();
        assertThat(asked.getStage()).isEqualTo(Stage.CLARIFICATION_REQUESTED);
        // A day closed after the due date moves nothing.
        LocalDate after = due.plusDays(10);
        SystemActor.run(() -> calendarService.addDay("garante-" + suffix, new org.apertura.deadlines.CalendarDayDraft(
                after.toString(), null, org.apertura.deadlines.BusinessCalendar.Kind.NON_BUSINESS_DAY,
                "Aniversario del instituto", "Periódico Oficial de prueba, " + after)));
        assertThat(service.request(r.getFolio()).getDueDate()).isEqualTo(due);
        assertThat(service.steps(r)).noneMatch(e -> e.getType() == RequestEventType.DEADLINE_RECOMPUTED);

        // A day closed inside the term moves the due date one business day later.
        long versionOfR = requests.findById(r.getId()).orElseThrow().version();
        LocalDate inside = calendars.dueDate("garante-" + suffix, r.getReceivedOn(), 1).dueDate();
        SystemActor.run(() -> calendarService.addDay("garante-" + suffix, new org.apertura.deadlines.CalendarDayDraft(
                inside.toString(), null, org.apertura.deadlines.BusinessCalendar.Kind.NON_BUSINESS_DAY,
                "Suspensión por falla de la plataforma", "Periódico Oficial de prueba, " + inside)));
        AccessRequest moved = service.request(r.getFolio());
        assertThat(moved.getDueDate()).isEqualTo(calendars.dueDate("garante-" + suffix, due, 1).dueDate())
                .isEqualTo(calendars.dueDate("garante-" + suffix, r.getReceivedOn(), 20).dueDate());
        assertThat(moved.getCalendarVersion()).isNotEqualTo(versionBefore)
                .isEqualTo(calendars.version("garante-" + suffix));
        RequestEvent step = service.steps(moved).stream().filter(e -> e.getType() == RequestEventType.DEADLINE_RECOMPUTED)
                .findFirst().orElseThrow();
        assertThat(step.getDueDate()).isEqualTo(moved.getDueDate());
        assertThat(step.getNote()).contains(due.toString()).contains(moved.getDueDate().toString());
        mvc.perform(get("/solicitudes/" + r.getFolio())).andExpect(status().isOk())
                .andExpect(content().string(containsString("El plazo se recalculó por un cambio del calendario")))
                .andExpect(content().string(containsString(moved.getDueDate().format(DAY))));
        // The clarification's term moved too; only the recomputed columns were written (docs/adr/0085): the rest of
        // the request is as it was, its text still found by the search, and its version counts the change, so an
        // edit begun before it fails instead of writing the old dates back.
        AccessRequest movedToo = requests.findById(c.getId()).orElseThrow();
        assertThat(movedToo.getClarificationDue())
                .isEqualTo(calendars.dueDate("garante-" + suffix, asked.getClarificationDue(), 1).dueDate());
        assertThat(movedToo.getCalendarVersion()).isEqualTo(calendars.version("garante-" + suffix));
        assertThat(movedToo.version()).isEqualTo(asked.version() + 1);
        assertThat(moved.version()).isEqualTo(versionOfR + 1);
        assertThat(movedToo.getStage()).isEqualTo(Stage.CLARIFICATION_REQUESTED);
        assertThat(movedToo.getClarificationQuestion()).isEqualTo("¿De qué hospitales?");
        assertThat(movedToo.getDescription()).isEqualTo(asked.getDescription());
        assertThat(service.steps(movedToo)).filteredOn(e -> e.getType() == RequestEventType.DEADLINE_RECOMPUTED)
                .singleElement().satisfies(e -> assertThat(e.getDueDate()).isEqualTo(movedToo.getClarificationDue()));
        mvc.perform(get("/api/v1/requests").param("q", "ambulancias " + suffix)).andExpect(status().isOk())
                .andExpect(jsonPath("$.requests[?(@.folio == '" + c.getFolio() + "')]").exists());
        // Each moved deadline is in the public history, chained as any other entry.
        assertThat(ledger.subjectAfter("request", c.getFolio(), 0, 100)).filteredOn(e -> e.getType().equals(
                "request.deadline.recomputed")).singleElement().satisfies(e -> assertThat(e.getPayload())
                        .contains("\"calendarVersion\":\"" + movedToo.getCalendarVersion() + "\""));
        assertThat(ledger.verifyRecent().valid()).isTrue();
    }

    @Test
    void theApiOfRequestsAndAppealsIsInTheOpenApiDocument() throws Exception {
        String docs = mvc.perform(get("/api/docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(docs).contains("\"/api/v1/requests\"", "\"/api/v1/requests/{folio}\"", "\"/api/v1/requests/figures\"",
                "\"/api/v1/appeals\"", "\"/api/v1/appeals/{folio}\"");
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingIsFiled() throws Exception {
        long before = requests.count();
        mvc.perform(post("/solicitudes").with(csrf()).param("description", " ").param("modality", "ELECTRONIC")
                        .param("medium", "EMAIL").param("contactEmail", "no-es-correo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elija al menos una institución")))
                .andExpect(content().string(containsString("Este dato es obligatorio")))
                .andExpect(content().string(containsString("correo electrónico válido")));
        assertThat(requests.count()).isEqualTo(before);

        Account person = TestAccounts.person(accounts, "Persona con ficha");
        String token = "Bearer " + accounts.createToken(person.getId(), "api").secret();
        mvc.perform(post("/api/v1/requests").header("Authorization", token).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"institutions\":[\"no-existe\"],\"description\":\"Algo\",\"modality\":\"ELECTRONIC\","
                                + "\"medium\":\"PLATFORM\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("One of the institutions chosen does not exist")));
        assertThat(requests.count()).isEqualTo(before);
        mvc.perform(post("/api/v1/requests").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"institutions\":[\"congreso-durango\"],\"description\":\"Las iniciativas de 2025\","
                                + "\"modality\":\"ELECTRONIC\",\"medium\":\"PLATFORM\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requests[0].institution").value("congreso-durango"));
        mvc.perform(get("/mis-solicitudes").with(details.signedIn(person))).andExpect(status().isOk())
                .andExpect(content().string(containsString("congreso-durango-")));
    }

    @Test
    void aUnitRegistersARequestReceivedInPersonAndSeesItsQueueByDaysLeft() throws Exception {
        Account unit = withRole(Role.TRANSPARENCY_UNIT, "ayuntamiento-durango", "Unidad municipal");
        LocalDate yesterday = service.today().minusDays(1);
        mvc.perform(post("/unidad/ayuntamiento-durango/registrar").with(csrf()).with(details.signedIn(unit))
                        .param("channel", "ONLINE").param("receivedOn", service.today().plusDays(3).toString())
                        .param("description", "Presupuesto de alumbrado").param("modality", "SIMPLE_COPY")
                        .param("medium", "NOTICE_BOARD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elija el medio por el que llegó")))
                .andExpect(content().string(containsString("no puede ser futura")));
        MvcResult done = mvc.perform(post("/unidad/ayuntamiento-durango/registrar").with(csrf()).with(details.signedIn(unit))
                        .param("channel", "IN_PERSON").param("receivedOn", yesterday.toString())
                        .param("description", "Presupuesto de alumbrado público 2026").param("modality", "SIMPLE_COPY")
                        .param("medium", "NOTICE_BOARD"))
                .andExpect(status().is3xxRedirection()).andReturn();
        AccessRequest r = service.filing(done.getResponse().getRedirectedUrl().substring("/acuses/".length())).get(0);
        assertThat(r.getChannel()).isEqualTo(Channel.IN_PERSON);
        assertThat(r.getDueDate().format(DAY)).isEqualTo(expectedDue("ayuntamiento-durango", yesterday, 20));
        mvc.perform(get("/unidad/ayuntamiento-durango/solicitudes").with(details.signedIn(unit))).andExpect(status().isOk())
                .andExpect(content().string(containsString(r.getFolio())));
        mvc.perform(get("/unidad/ayuntamiento-durango/solicitudes").with(details.signedIn(TestAccounts.person(accounts, "Persona ajena"))))
                .andExpect(status().isForbidden());
        // The inbox filters by urgency and words, and downloads as the unit sees it; only the unit reads it.
        mvc.perform(get("/unidad/ayuntamiento-durango/solicitudes").param("situacion", "OVERDUE").with(details.signedIn(unit)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(r.getFolio()))));
        mvc.perform(get("/unidad/ayuntamiento-durango/solicitudes").param("situacion", "ON_TIME")
                        .param("q", "alumbrado publico").with(details.signedIn(unit)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Folio " + r.getFolio())));
        mvc.perform(get("/unidad/ayuntamiento-durango/solicitudes.csv").param("q", "alumbrado").with(details.signedIn(unit)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(r.getFolio())))
                .andExpect(content().string(containsString("Con tiempo")))
                .andExpect(content().string(containsString("En persona, en la Unidad de Transparencia")));
        mvc.perform(get("/unidad/ayuntamiento-durango/solicitudes.csv").with(details.signedIn(TestAccounts.person(accounts, "Otra persona ajena"))))
                .andExpect(status().isForbidden());

        // Copies beyond twenty pages cost; the unit records the payment and the information stays available.
        mvc.perform(post("/solicitudes/" + r.getFolio() + "/respuesta").with(csrf()).with(details.signedIn(unit))
                .param("outcome", "DELIVERED").param("text", "Copias simples del presupuesto.").param("pages", "48")
                .param("cost", "96.00")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/solicitudes/" + r.getFolio())).andExpect(content().string(containsString("Costo de reproducción")));
        mvc.perform(post("/solicitudes/" + r.getFolio() + "/pago").with(csrf()).with(details.signedIn(unit))
                .param("paidOn", service.today().toString())).andExpect(status().is3xxRedirection());
        AccessRequest paid = service.request(r.getFolio());
        assertThat(paid.getAvailableUntil()).isEqualTo(calendars.dueDate(paid.getCalendar(), service.today(), 60).dueDate());
        mvc.perform(get("/solicitudes/" + r.getFolio())).andExpect(content().string(containsString(
                "la información está disponible hasta el " + paid.getAvailableUntil().format(DAY))));
    }

    @Autowired
    RequestTermsRefresh termsRefresh;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void termsMarkedStaleByTheMigrationAreMadeAgainAtStartUpAndFoundBySearch() throws Exception {
        var row = jdbc.queryForMap("SELECT id, folio, description, search_terms FROM access_request WHERE search_terms LIKE '% contrat %'"
                + " ORDER BY id FETCH FIRST 1 ROWS ONLY");
        String words = String.join(" ", java.util.Arrays.stream(((String) row.get("description")).split("\\s+"))
                .limit(8).toList());
        jdbc.update("UPDATE access_request SET search_terms = '#' WHERE id = ?", row.get("id"));
        mvc.perform(get("/api/v1/requests").param("q", words))
                .andExpect(jsonPath("$.requests[?(@.folio == '" + row.get("folio") + "')]").doesNotExist());

        termsRefresh.run(null);

        assertThat(jdbc.queryForObject("SELECT search_terms FROM access_request WHERE id = ?", String.class,
                row.get("id"))).isEqualTo(row.get("search_terms"));
        mvc.perform(get("/api/v1/requests").param("q", words))
                .andExpect(jsonPath("$.requests[?(@.folio == '" + row.get("folio") + "')]").exists());
    }
}
