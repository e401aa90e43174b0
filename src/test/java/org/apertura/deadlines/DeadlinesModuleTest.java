package org.apertura.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apertura.OwnDatabase;
import org.apertura.StillClock;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.GuarantorDrafts;
import org.apertura.jurisdiction.GuarantorKind;
import org.apertura.jurisdiction.GuarantorService;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionDraft;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Deadlines with the modules it needs (the directory, the ledger, and plain language for the directory: a Spring
 * Modulith module test, docs/adr/0083) on a database of its own that starts empty (H2, or PostgreSQL under -Ppostgres),
 * with no demo and a clock that stands still. Its fixtures are made here through the directory's and the module's own
 * services: Durango, its guarantor and a comptroller, each with a calendar, and a water utility of Tepehuanes whose own
 * calendar overlays its authority's.
 *
 * <p>An institution's own calendar follows its guarantor authority (issue 20; review 2026-12 §2.6): when the authority
 * assigned to it changes, its base moves to the new authority's calendar in the same transaction, so the new base's
 * days count on it; the ledger says so, and {@link CalendarChanged} names the calendar and the days ahead whose terms
 * may move — the open requests and appeals counted on it are recomputed by their modules on that event
 * (AccessRequestFlowTest, AppealRecomputeTest), so this test replaces the shared context's CalendarRebaseTest.
 */
@Import(StillClock.class)
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"platform", "plainlanguage"},
        verifyAutomatically = false,
        webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
class DeadlinesModuleTest {

    static final LocalDate TODAY = StillClock.TODAY;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.register(registry, "deadlines");
    }

    @Autowired
    JurisdictionService directory;
    @Autowired
    GuarantorService guarantors;
    @Autowired
    CalendarService calendars;
    @Autowired
    BusinessCalendars business;
    @Autowired
    LedgerService ledger;

    @Test
    void anInstitutionsCalendarFollowsItsNewAuthoritysCalendarFromTheDayItIsAssigned(PublishedEvents events) {
        LocalDate closed = LocalDate.parse("2026-11-04"); // a Wednesday the comptroller closes
        SystemActor.run(() -> {
            directory.createJurisdiction(new JurisdictionDraft("mexico", "México", JurisdictionLevel.FEDERAL, null,
                    null, null, null));
            directory.createJurisdiction(new JurisdictionDraft("durango", "Durango", JurisdictionLevel.STATE,
                    "mexico", "10", null, null));
            directory.createJurisdiction(new JurisdictionDraft("tepehuanes", "Tepehuanes",
                    JurisdictionLevel.MUNICIPALITY, "durango", "10032", null, null));
            directory.createInstitution(new InstitutionDraft("garante-durango", "Garante de Durango", null, "durango",
                    Branch.AUTONOMOUS, true, null, null));
            calendars.create(new CalendarDraft("garante-durango", "garante-durango", "Calendario del garante"));
            directory.createInstitution(new InstitutionDraft("contraloria-durango", "Contraloría de Durango", null,
                    "durango", Branch.EXECUTIVE, true, null, null));
            guarantors.register(new GuarantorDrafts.Authority("contraloria-durango", GuarantorKind.LOCAL_COMPTROLLER,
                    "LGTAIP 2025, art. 3 fr. IV", "2025-03-21", null, null));
            calendars.create(new CalendarDraft("contraloria-durango", "contraloria-durango",
                    "Calendario de la contraloría"));
            calendars.addDay("contraloria-durango", new CalendarDayDraft(closed.toString(), null, null,
                    "Día inhábil de la contraloría", "Periódico Oficial de Durango, 2026-10-15"));
            directory.createInstitution(new InstitutionDraft("agua-tepehuanes", "Sistema de Agua de Tepehuanes", null,
                    "tepehuanes", Branch.MUNICIPAL, false, null, null));
            calendars.create(new CalendarDraft("agua-tepehuanes", "agua-tepehuanes", "Calendario del Sistema de Agua"));
        });
        GuarantorCalendar before = calendars.get("agua-tepehuanes");
        assertThat(before.baseSlug()).as("without assignments, its state's guarantor").isEqualTo("garante-durango");
        assertThat(business.isBusinessDay("agua-tepehuanes", closed)).isTrue();
        assertThat(events.ofType(CalendarChanged.class).matchingValue(CalendarChanged::calendar, "agua-tepehuanes"))
                .as("its creation moves no term").isEmpty();

        // From today the utility is heard by the comptroller: its calendar follows, in the same transaction.
        SystemActor.run(() -> guarantors.assign(new GuarantorDrafts.Assignment("tepehuanes", null,
                "agua-tepehuanes", "contraloria-durango", TODAY.toString(), null,
                "Acuerdo de prueba que asigna el Sistema de Agua a la contraloría")));

        GuarantorCalendar after = calendars.get("agua-tepehuanes");
        assertThat(after.baseSlug()).isEqualTo("contraloria-durango");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(business.version("agua-tepehuanes")).contains("contraloria-durango");
        assertThat(business.isBusinessDay("agua-tepehuanes", closed)).as("the new base's day counts on it").isFalse();
        assertThat(events.ofType(CalendarChanged.class).matchingValue(CalendarChanged::calendar, "agua-tepehuanes"))
                .singleElement().satisfies(change -> {
                    assertThat(change.firstDay()).isEqualTo(TODAY);
                    assertThat(change.lastDay()).isEqualTo(TODAY.plusYears(CalendarService.REBASE_HORIZON_YEARS));
                    assertThat(change.version()).isEqualTo(business.version("agua-tepehuanes"));
                });
        assertThat(ledger.subjectAfter("calendar", "agua-tepehuanes", 0, 10)).extracting(LedgerEntry::getType)
                .containsExactly("calendar.created", "calendar.rebased");
        assertThat(ledger.subjectAfter("calendar", "agua-tepehuanes", 0, 10).get(1).getPayload())
                .contains("garante-durango", "contraloria-durango", "2026-11-02");
        assertThat(ledger.verify().valid()).isTrue();

        // Nothing else moves when nothing changed.
        assertThat(calendars.rebaseOverlays(TODAY)).isEmpty();
    }
}
