package org.apertura.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.deadlines.BusinessCalendar;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.deadlines.CalendarDayDraft;
import org.apertura.deadlines.CalendarDraft;
import org.apertura.deadlines.CalendarService;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionDraft;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A guarantor closes a day of its calendar: an admitted appeal whose resolution term crosses it is due one
 * business day later, says so in a public step (page and ledger); a day closed after its terms moves nothing.
 * A fresh state with its own guarantor and calendar, so no other test sees the closed days.
 */
@IntegrationTest
class AppealRecomputeFlowTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
    JurisdictionService jurisdictions;
    @Autowired
    CalendarService calendarService;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    LedgerService ledger;

    @Test
    void aDayClosedInsideAnAdmittedAppealsResolutionTermMovesItsDueDateAndOneOutsideMovesNothing() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String calendar = "garante-" + suffix;
        Account guarantor = TestAccounts.person(accounts, "Comisionada " + suffix);
        SystemActor.run(() -> {
            jurisdictions.createJurisdiction(new JurisdictionDraft("estado-" + suffix, "Estado " + suffix,
                    JurisdictionLevel.STATE, "mexico", null, null, null));
            jurisdictions.createInstitution(new InstitutionDraft(calendar, "Garante " + suffix, null,
                    "estado-" + suffix, org.apertura.jurisdiction.Branch.AUTONOMOUS, true, null, null));
            jurisdictions.createInstitution(new InstitutionDraft("salud-" + suffix, "Secretaría de Salud " + suffix,
                    null, "estado-" + suffix, org.apertura.jurisdiction.Branch.EXECUTIVE, false, null, null));
            calendarService.create(new CalendarDraft(calendar, null, null));
            accounts.grant(guarantor.getId(), Role.GUARANTOR, calendar, null);
        });
        String key = "clave-" + suffix;
        String request = fixtures.answered("salud-" + suffix, fixtures.today(),
                AppealFixtures.Requester.anonymous("lectora-" + suffix + "@example.org", key));
        String folio = appeals.file(request, new AppealDraft(Set.of(AppealCause.INCOMPLETE),
                "Faltan los anexos de los contratos."), null, key).getFolio();
        mvc.perform(post("/recursos/" + folio + "/admision").with(details.signedIn(guarantor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Appeal admitted = appeals.byFolio(folio);
        assertThat(admitted.getStage()).isEqualTo(AppealStage.ADMITTED);
        LocalDate due = admitted.getResolutionDue();
        String versionBefore = calendars.version(calendar);

        // A day closed well after the resolution and allegations terms moves nothing.
        LocalDate after = calendars.dueDate(calendar, due, 10).dueDate();
        SystemActor.run(() -> calendarService.addDay(calendar, new CalendarDayDraft(after.toString(), null,
                BusinessCalendar.Kind.NON_BUSINESS_DAY, "Aniversario del instituto", "Periódico Oficial, " + after)));
        assertThat(appeals.byFolio(folio).getResolutionDue()).isEqualTo(due);
        assertThat(appeals.steps(admitted)).noneMatch(s -> s.getType() == AppealStepType.DEADLINE_RECOMPUTED);

        // A day closed inside the resolution term moves its due date one business day later.
        LocalDate inside = calendars.dueDate(calendar, admitted.getAdmittedOn(), 1).dueDate();
        SystemActor.run(() -> calendarService.addDay(calendar, new CalendarDayDraft(inside.toString(), null,
                BusinessCalendar.Kind.NON_BUSINESS_DAY, "Suspensión por falla de la plataforma",
                "Periódico Oficial, " + inside)));
        Appeal moved = appeals.byFolio(folio);
        LocalDate newDue = calendars.dueDate(calendar, due, 1).dueDate();
        assertThat(moved.getResolutionDue()).isEqualTo(newDue).isEqualTo(calendars.dueDate(calendar,
                admitted.getAdmittedOn(), appeals.termDays(moved, org.apertura.deadlines.Term.APPEAL_RESOLUTION))
                .dueDate());
        assertThat(moved.getCalendarVersion()).isEqualTo(calendars.version(calendar)).isNotEqualTo(versionBefore);
        AppealStep step = appeals.steps(moved).stream().filter(s -> s.getType() == AppealStepType.DEADLINE_RECOMPUTED
                && s.getTerm() == org.apertura.deadlines.Term.APPEAL_RESOLUTION).findFirst().orElseThrow();
        assertThat(step.getDueDate()).isEqualTo(newDue);
        assertThat(step.getTermFrom()).isEqualTo(admitted.getAdmittedOn());
        assertThat(step.getNote()).contains(due + " → " + newDue).contains(calendars.version(calendar));
        assertThat(ledger.subjectAfter("appeal", folio, 0, 100)).extracting(LedgerEntry::getType)
                .contains("appeal.deadline.recomputed");
        mvc.perform(get("/recursos/" + folio)).andExpect(status().isOk())
                .andExpect(content().string(containsString("El plazo se recalculó por un cambio del calendario")))
                .andExpect(content().string(containsString(newDue.format(DAY))));
    }
}
