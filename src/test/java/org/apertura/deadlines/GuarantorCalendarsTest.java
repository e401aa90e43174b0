package org.apertura.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionDraft;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;

/**
 * Guarantor calendars and law rule sets through the API, the pages and the service, on the demo (the IDAIP's
 * calendar) and on a fresh state made for each test, so writes here never move the demo's deadlines.
 */
@IntegrationTest
class GuarantorCalendarsTest {

    static final String DAY = "{\"firstDay\":\"%s\",\"lastDay\":%s,\"kind\":\"%s\",\"reason\":%s,\"publication\":%s}";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    JurisdictionService jurisdictions;
    @Autowired
    CalendarService service;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    LawRules rules;
    @Autowired
    LedgerService ledger;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theIdaipCalendarMovesDeadlinesAndSaysWhy() throws Exception {
        mvc.perform(get("/api/v1/calendars"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].slug").value("nacional"))
                .andExpect(jsonPath("$[?(@.slug == 'idaip')].guarantor").value(hasItem("idaip")))
                .andExpect(jsonPath("$[?(@.slug == 'idaip')].jurisdiction").value(hasItem("durango")));
        // Holy Thursday and Friday 2026 are closed on the IDAIP's calendar only.
        mvc.perform(get("/api/v1/calendars/nacional/due-date").param("from", "2026-03-30").param("days", "5"))
                .andExpect(jsonPath("$.dueDate").value("2026-04-06"));
        mvc.perform(get("/api/v1/calendars/idaip/due-date").param("from", "2026-03-30").param("days", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.calendar").value("idaip"))
                .andExpect(jsonPath("$.received").value("2026-03-30"))
                .andExpect(jsonPath("$.dueDate").value("2026-04-08"))
                .andExpect(jsonPath("$.version").value(startsWith("idaip/v")))
                .andExpect(jsonPath("$.version").value(containsString("+nacional/LFT-74/DOF-2024-09-30")));
        // Filed during the winter suspension: received when it ends.
        mvc.perform(get("/api/v1/calendars/idaip/due-date").param("from", "2026-12-22").param("days", "1"))
                .andExpect(jsonPath("$.received").value("2027-01-04"))
                .andExpect(jsonPath("$.dueDate").value("2027-01-05"));
        mvc.perform(get("/api/v1/calendars/idaip/non-business-days").param("year", "2026"))
                .andExpect(jsonPath("$.days[?(@.date == '2026-04-02')].reason").value(hasItem("GUARANTOR_DAY")))
                .andExpect(jsonPath("$.days[?(@.date == '2026-04-02')].publication")
                        .value(hasItem(containsString("Acuerdo de demostración"))))
                .andExpect(jsonPath("$.days[?(@.date == '2026-12-23')].reason").value(hasItem("SUSPENSION")))
                .andExpect(jsonPath("$.days[?(@.date == '2026-11-16')].reason").value(hasItem("REST_DAY")));
        mvc.perform(get("/api/v1/calendars/idaip/days"))
                .andExpect(jsonPath("$.days[?(@.firstDay == '2025-04-17')].lastDay").value(hasItem("2025-04-18")))
                .andExpect(jsonPath("$.days[0].addedInVersion").value(2))
                .andExpect(jsonPath("$.days[0].withdrawn").value(false));
        assertThat(calendars.calendarOf(jurisdictions.get("durango"))).isEqualTo("idaip");
        assertThat(calendars.calendarOf(jurisdictions.get("tepehuanes"))).isEqualTo("idaip");
        assertThat(calendars.calendarOf(jurisdictions.get("mexico"))).isEqualTo(BusinessCalendars.NATIONAL);
    }

    @Test
    void badInputIsA400InTheCallersLanguageAndUnknownCalendarsA404() throws Exception {
        mvc.perform(get("/api/v1/calendars/idaip/due-date").param("from", "30/03/2026").param("days", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("Escriba la fecha como AAAA-MM-DD, por ejemplo 2026-11-24."));
        mvc.perform(get("/api/v1/calendars/idaip/due-date").param("from", "2026-03-30").param("days", "366")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("365")));
        mvc.perform(get("/api/v1/calendars/idaip/due-date").param("from", "2026-03-30").param("days", "-3"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/calendars/idaip/non-business-days").param("year", "1492"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        for (String path : List.of("/due-date?from=2026-03-30&days=5", "/non-business-days?year=2026", "/days")) {
            mvc.perform(get("/api/v1/calendars/atlantida" + path)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/law-rules/LEY-DE-ATLANTIDA")).andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDescriptionListsTheNewEndpoints() throws Exception {
        mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/calendars/{calendar}/days/{id}/withdrawal")))
                .andExpect(content().string(containsString("/api/v1/calendars/{calendar}/non-business-days")))
                .andExpect(content().string(containsString("/api/v1/law-rules/{code}")))
                .andExpect(content().string(containsString("/api/v1/law-rules/adoptions")));
    }

    @Test
    void theGuarantorsStaffPublishesAndWithdrawsAndTheHistoryAndVersionFollow() throws Exception {
        Fresh f = freshStateWithCalendar();
        Account staff = TestAccounts.person(accounts, "Personal del garante");
        SystemActor.run(() -> accounts.grant(staff.getId(), Role.GUARANTOR, f.calendar, null));
        String token = bearer(staff);
        long entries = ledger.verify().entries();

        String body = mvc.perform(post("/api/v1/calendars/" + f.calendar + "/days").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DAY.formatted("2026-06-01", "\"2026-06-05\"", "SUSPENSION",
                                "\"Falla de la Plataforma Nacional\"", "\"Periódico Oficial de prueba, 2026-05-29\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("SUSPENSION"))
                .andExpect(jsonPath("$.addedInVersion").value(2))
                .andExpect(jsonPath("$.recordedBy").value("Personal del garante"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(calendars.version(f.calendar)).isEqualTo(f.calendar + "/v2+nacional/LFT-74/DOF-2024-09-30");
        // Filed Mon 1 June 2026, in the suspension: received Mon 8, five days are 9 to 12 and 15 June.
        assertThat(calendars.dueDate(f.calendar, LocalDate.parse("2026-06-01"), 5).dueDate()).isEqualTo("2026-06-15");
        assertThat(ledger.verify().entries()).isEqualTo(entries + 1);
        mvc.perform(get("/api/v1/ledger").param("subjectKind", "calendar").param("subjectId", f.calendar))
                .andExpect(jsonPath("$.entries[-1:].type").value(hasItem("calendar.day.added")))
                .andExpect(jsonPath("$.entries[-1:].payload.version").value(hasItem(f.calendar + "/v2+nacional/LFT-74/DOF-2024-09-30")))
                .andExpect(jsonPath("$.entries[-1:].payload.publication").value(hasItem("Periódico Oficial de prueba, 2026-05-29")));

        mvc.perform(post("/api/v1/calendars/" + f.calendar + "/days/" + id + "/withdrawal").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"La plataforma sí funcionó\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawn").value(true))
                .andExpect(jsonPath("$.withdrawnInVersion").value(3))
                .andExpect(jsonPath("$.withdrawalReason").value("La plataforma sí funcionó"));
        assertThat(calendars.dueDate(f.calendar, LocalDate.parse("2026-06-01"), 5).dueDate()).isEqualTo("2026-06-08");
        assertThat(calendars.calendarAt(f.calendar, 2).isBusinessDay(LocalDate.parse("2026-06-03"))).isFalse();
        mvc.perform(get("/api/v1/calendars/" + f.calendar + "/days"))
                .andExpect(jsonPath("$.version").value(f.calendar + "/v3+nacional/LFT-74/DOF-2024-09-30"))
                .andExpect(jsonPath("$.days[0].withdrawn").value(true));
        mvc.perform(post("/api/v1/calendars/" + f.calendar + "/days/" + id + "/withdrawal").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Otra vez\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("calendars.error.alreadyWithdrawn"));
        assertThat(ledger.verify().entries()).isEqualTo(entries + 2);
        assertThat(ledger.verify().valid()).isTrue();
    }

    @Test
    void writesAreRefusedWithoutTheRoleAndBadEntriesChangeNothing() throws Exception {
        Fresh f = freshStateWithCalendar();
        String day = DAY.formatted("2026-06-01", "null", "NON_BUSINESS_DAY", "\"Día de prueba\"", "\"Gaceta, 2026-05-01\"");
        mvc.perform(post("/api/v1/calendars/" + f.calendar + "/days").contentType(MediaType.APPLICATION_JSON).content(day))
                .andExpect(status().isUnauthorized());
        Account neighbour = TestAccounts.person(accounts, "Vecino");
        mvc.perform(post("/api/v1/calendars/" + f.calendar + "/days").header("Authorization", bearer(neighbour))
                        .contentType(MediaType.APPLICATION_JSON).content(day))
                .andExpect(status().isForbidden());
        Account otherGuarantor = TestAccounts.person(accounts, "Personal de otro garante");
        SystemActor.run(() -> accounts.grant(otherGuarantor.getId(), Role.GUARANTOR, "idaip", null));
        mvc.perform(post("/api/v1/calendars/" + f.calendar + "/days").header("Authorization", bearer(otherGuarantor))
                        .contentType(MediaType.APPLICATION_JSON).content(day))
                .andExpect(status().isForbidden());
        // Another guarantor authority of the same state (e.g. its legislative comptroller) keeps its own calendar only.
        Account sameState = TestAccounts.person(accounts, "Personal de la contraloría del congreso");
        SystemActor.run(() -> {
            jurisdictions.createInstitution(new InstitutionDraft("contraloria-" + f.suffix(), "Contraloría " + f.suffix(),
                    null, f.state(), Branch.LEGISLATIVE, true, null, null));
            accounts.grant(sameState.getId(), Role.GUARANTOR, "contraloria-" + f.suffix(), null);
        });
        mvc.perform(post("/api/v1/calendars/" + f.calendar + "/days").header("Authorization", bearer(sameState))
                        .contentType(MediaType.APPLICATION_JSON).content(day))
                .andExpect(status().isForbidden());
        assertThat(service.days(f.calendar)).isEmpty();

        String admin = bearer(TestAccounts.admin(accounts));
        mvc.perform(post("/api/v1/calendars/" + f.calendar + "/days").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content(day)).andExpect(status().isCreated());
        long entries = ledger.verify().entries();
        String version = calendars.version(f.calendar);
        mvc.perform(post("/api/v1/calendars/" + f.calendar + "/days").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DAY.formatted("2026-05-30", "\"2026-06-02\"", "SUSPENSION", "\"Encimada\"", "\"Gaceta\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("firstDay"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Se encima con una entrada vigente")));
        mvc.perform(post("/api/v1/calendars/" + f.calendar + "/days").header("Authorization", admin)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(DAY.formatted("2027-01-01", "\"2028-03-01\"", "SUSPENSION", "\"  \"", "null")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("lastDay"))
                .andExpect(jsonPath("$.errors[0].message").value("A period can span at most 366 days."))
                .andExpect(jsonPath("$.errors[1].field").value("reason"))
                .andExpect(jsonPath("$.errors[2].field").value("publication"));
        mvc.perform(post("/api/v1/calendars/" + f.calendar + "/days").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DAY.formatted("2026-07-10", "\"2026-07-09\"", "SUSPENSION", "\"Al revés\"", "\"Gaceta\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("calendars.error.lastBeforeFirst"));
        assertThat(calendars.version(f.calendar)).isEqualTo(version);
        assertThat(ledger.verify().entries()).isEqualTo(entries);
        assertThat(service.days(f.calendar)).hasSize(1);
    }

    @Test
    void aListenerInAnotherModuleHearsTheChangeInsideTheTransaction() {
        Fresh f = freshStateWithCalendar();
        List<String> heard = new ArrayList<>();
        ApplicationListener<PayloadApplicationEvent<CalendarChanged>> listener = event -> {
            CalendarChanged changed = event.getPayload();
            heard.add(changed.calendar() + " " + changed.version() + " " + changed.firstDay() + ".." + changed.lastDay()
                    + " in transaction: " + TransactionSynchronizationManager.isActualTransactionActive()
                    + ", now " + calendars.dueDate(changed.calendar(), LocalDate.parse("2026-09-14"), 1).dueDate());
        };
        context.addApplicationListener(listener);
        try {
            SystemActor.run(() -> service.addDay(f.calendar, new CalendarDayDraft("2026-09-15", null, null,
                    "Día de prueba", "Gaceta de prueba, 2026-09-01")));
        } finally {
            context.removeApplicationListener(listener);
        }
        // Mon 14 Sep 2026: 15 closed by the guarantor, 16 a rest day: the next business day is Thu 17.
        assertThat(heard).containsExactly(f.calendar + " " + f.calendar + "/v2+nacional/LFT-74/DOF-2024-09-30 "
                + "2026-09-15..2026-09-15 in transaction: true, now 2026-09-17");
    }

    @Test
    void aJurisdictionAdoptsARuleSetFromADayAndItsMunicipalitiesFollow() throws Exception {
        Fresh f = freshStateWithCalendar();
        String town = "municipio-" + f.suffix;
        SystemActor.run(() -> jurisdictions.createJurisdiction(new JurisdictionDraft(town, "Municipio " + f.suffix,
                JurisdictionLevel.MUNICIPALITY, f.state, null, null, null)));
        Jurisdiction state = jurisdictions.get(f.state);
        assertThat(rules.forAct(state, LocalDate.parse("2025-07-01")).code()).isEqualTo("LGTAIP-2025");
        assertThat(rules.forAct(state, LocalDate.parse("2025-03-20")).code()).isEqualTo("LGTAIP-2015");

        String adoption = "{\"jurisdictionSlug\":\"" + f.state + "\",\"ruleSetCode\":\"VARIANTE-15-10\","
                + "\"effectiveFrom\":\"2025-06-01\"}";
        mvc.perform(post("/api/v1/law-rules/adoptions").header("Authorization", bearer(TestAccounts.person(accounts, "Persona sin rol")))
                        .contentType(MediaType.APPLICATION_JSON).content(adoption))
                .andExpect(status().isForbidden());
        long entries = ledger.verify().entries();
        String admin = bearer(TestAccounts.admin(accounts));
        mvc.perform(post("/api/v1/law-rules/adoptions").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content(adoption))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ruleSetCode").value("VARIANTE-15-10"));
        mvc.perform(post("/api/v1/law-rules/adoptions").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content(adoption))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
        assertThat(ledger.verify().entries()).isEqualTo(entries + 1);

        RuleSet variant = rules.forAct(state, LocalDate.parse("2025-07-01"));
        assertThat(variant.code()).isEqualTo("VARIANTE-15-10");
        assertThat(variant.term(Term.ANSWER).businessDays()).isEqualTo(15);
        assertThat(variant.term(Term.EXTENSION).businessDays()).isEqualTo(10);
        assertThat(rules.forAct(state, LocalDate.parse("2025-05-31")).code()).isEqualTo("LGTAIP-2025");
        assertThat(rules.forAct(jurisdictions.get(town), LocalDate.parse("2025-07-01")).code()).isEqualTo("VARIANTE-15-10");
        assertThat(rules.forAct(jurisdictions.get("durango"), LocalDate.parse("2025-07-01")).code()).isEqualTo("LGTAIP-2025");

        mvc.perform(get("/api/v1/law-rules"))
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("LGTAIP-2025", "LGTAIP-2015",
                        "VARIANTE-15-10", "DGO-LTAIP-2016")));
        mvc.perform(get("/api/v1/law-rules/VARIANTE-15-10"))
                .andExpect(jsonPath("$.terms[?(@.term == 'ANSWER')].businessDays").value(hasItem(15)))
                .andExpect(jsonPath("$.terms.length()").value(Term.values().length));
        mvc.perform(get("/plazos"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("VARIANTE-15-10")))
                .andExpect(content().string(containsString("no es la ley de ningún estado")))
                .andExpect(content().string(containsString("Responder la solicitud")))
                .andExpect(content().string(containsString("Estado " + f.suffix + ": VARIANTE-15-10, para actos desde el 01/06/2025.")));
    }

    @Test
    void thePublicPageComputesOnTheChosenCalendar() throws Exception {
        mvc.perform(get("/calendario").param("calendario", "idaip").param("desde", "2026-03-30").param("dias", "5")
                        .param("anio", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("miércoles 08/04/2026")))
                .andExpect(content().string(containsString("Jueves y Viernes Santo")))
                .andExpect(content().string(containsString("Acuerdo de demostración IDAIP/DEMO/2026-01")))
                .andExpect(content().string(containsString("idaip/v")))
                .andExpect(content().string(containsString("href=\"/plazos\"")));
        mvc.perform(get("/calendario").param("desde", "2026-03-30").param("dias", "5"))
                .andExpect(content().string(containsString("lunes 06/04/2026")))
                .andExpect(content().string(not(containsString("Jueves y Viernes Santo"))));
        mvc.perform(get("/calendario").param("calendario", "atlantida")).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorPublishesADayInTheAdminPagesWithCsrfAndFieldErrors() throws Exception {
        Fresh f = freshStateWithCalendar();
        Account admin = TestAccounts.admin(accounts);
        Account person = TestAccounts.person(accounts, "Curiosa");
        mvc.perform(get("/admin/calendarios").with(details.signedIn(person))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendarios").with(details.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Calendario de días inhábiles del IDAIP (demostración)")));
        String path = "/admin/calendarios/" + f.calendar + "/dias";
        mvc.perform(post(path).with(details.signedIn(admin)).param("firstDay", "2026-10-12").param("reason", "x")
                        .param("publication", "y"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path).with(details.signedIn(admin)).with(csrf()).param("firstDay", "12/10/2026")
                        .param("kind", "NON_BUSINESS_DAY").param("reason", "Día de la Raza").param("publication", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"firstDay-error\"")))
                .andExpect(content().string(containsString("id=\"publication-error\"")))
                .andExpect(content().string(containsString("value=\"D&iacute;a de la Raza\"")));
        assertThat(service.days(f.calendar)).isEmpty();
        mvc.perform(post(path).with(details.signedIn(admin)).with(csrf()).param("firstDay", "2026-10-12")
                        .param("kind", "NON_BUSINESS_DAY").param("reason", "Día de la Raza")
                        .param("publication", "Gaceta de prueba, 2026-10-01"))
                .andExpect(status().is3xxRedirection());
        CalendarDay added = service.days(f.calendar).get(0);
        assertThat(added.recordedBy()).isEqualTo("Administración de prueba");
        mvc.perform(post(path + "/" + added.id() + "/retiro").with(details.signedIn(admin)).with(csrf()).param("motivo", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"motivo-" + added.id() + "-error\"")));
        mvc.perform(post(path + "/" + added.id() + "/retiro").with(details.signedIn(admin)).with(csrf())
                        .param("motivo", "Se publicó por error"))
                .andExpect(status().is3xxRedirection());
        assertThat(service.days(f.calendar).get(0).withdrawn()).isTrue();

        mvc.perform(post("/admin/plazos").with(details.signedIn(admin)).with(csrf()).param("jurisdictionSlug", f.state)
                        .param("ruleSetCode", "VARIANTE-15-10").param("effectiveFrom", "el lunes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"effectiveFrom-error\"")));
        assertThat(rules.forAct(jurisdictions.get(f.state), LocalDate.parse("2026-10-12")).code()).isEqualTo("LGTAIP-2025");
        mvc.perform(post("/admin/plazos").with(details.signedIn(admin)).with(csrf()).param("jurisdictionSlug", f.state)
                        .param("ruleSetCode", "VARIANTE-15-10").param("effectiveFrom", "2026-01-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(rules.forAct(jurisdictions.get(f.state), LocalDate.parse("2026-10-12")).code()).isEqualTo("VARIANTE-15-10");
    }

    @Test
    void theDatabaseRefusesWhatTheServiceRefuses() {
        Fresh f = freshStateWithCalendar();
        long id = service.get(f.calendar).id();
        String insert = "insert into calendar_day (calendar_id, first_day, last_day, kind, reason, publication, "
                + "added_in_version, recorded_at, recorded_by) values (?, ?, ?, ?, 'Motivo', 'Gaceta', 2, ?, 'prueba')";
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        for (Object[] bad : List.of(
                new Object[] {LocalDate.parse("2026-05-02"), LocalDate.parse("2026-05-01"), "SUSPENSION"},
                new Object[] {LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-02"), "SUSPENSION"},
                new Object[] {LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-01"), "HOLIDAY"})) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(insert)
                            .params(id, bad[0], bad[1], bad[2], now).update())
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
        assertThat(jdbc.sql(insert).params(id, LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01"),
                "SUSPENSION", now).update()).isEqualTo(1);
    }

    /** A new state with its own guarantor body and an empty calendar, so a test's writes stay its own. */
    Fresh freshStateWithCalendar() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String state = "estado-" + suffix;
        String guarantor = "garante-" + suffix;
        SystemActor.run(() -> {
            jurisdictions.createJurisdiction(new JurisdictionDraft(state, "Estado " + suffix, JurisdictionLevel.STATE,
                    "mexico", null, null, null));
            jurisdictions.createInstitution(new InstitutionDraft(guarantor, "Instituto de Transparencia " + suffix,
                    null, state, Branch.AUTONOMOUS, true, null, null));
            service.create(new CalendarDraft(guarantor, null, null));
        });
        return new Fresh(suffix, state, guarantor);
    }

    String bearer(Account account) {
        return "Bearer " + accounts.createToken(account.getId(), "calendario").secret();
    }

    record Fresh(String suffix, String state, String calendar) {
    }
}
