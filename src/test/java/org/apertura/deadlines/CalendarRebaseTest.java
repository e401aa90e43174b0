package org.apertura.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.accessinfo.Modality;
import org.apertura.accessinfo.NotificationMedium;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.GuarantorDrafts;
import org.apertura.jurisdiction.GuarantorKind;
import org.apertura.jurisdiction.GuarantorService;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An institution's own calendar follows its guarantor authority when the authority assigned to it changes (issue 20;
 * review 2026-12 §2.6): its base moves to the new authority's calendar, the ledger says so, and the open requests
 * counted on it are recomputed, each with a public step. A municipal body of Tepehuanes made for the test, so the
 * demo's calendars stay as they are.
 */
@IntegrationTest
class CalendarRebaseTest {

    @Autowired
    JurisdictionService directory;
    @Autowired
    GuarantorService guarantors;
    @Autowired
    CalendarService calendars;
    @Autowired
    BusinessCalendars business;
    @Autowired
    AccessRequestService requests;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInstitutionCalendarMovesToItsNewAuthoritysCalendarAndItsOpenTermsAreRecomputed() {
        LocalDate today = requests.today();
        SystemActor.run(() -> {
            directory.createInstitution(new InstitutionDraft("agua-tepehuanes", "Sistema de Agua de Tepehuanes", null,
                    "tepehuanes", Branch.MUNICIPAL, false, null, null));
            directory.createInstitution(new InstitutionDraft("contraloria-prueba-rebase", "Contraloría de prueba", null,
                    "durango", Branch.EXECUTIVE, true, null, null));
            guarantors.register(new GuarantorDrafts.Authority("contraloria-prueba-rebase",
                    GuarantorKind.LOCAL_COMPTROLLER, "LGTAIP 2025, art. 3 fr. IV (prueba)", "2025-03-21", null, null));
            calendars.create(new CalendarDraft("contraloria-prueba-rebase", "contraloria-prueba-rebase",
                    "Calendario de la contraloría de prueba"));
            calendars.create(new CalendarDraft("agua-tepehuanes", "agua-tepehuanes", "Calendario del Sistema de Agua"));
        });
        GuarantorCalendar before = calendars.get("agua-tepehuanes");
        assertThat(before.baseSlug()).isNotEqualTo("contraloria-prueba-rebase");
        AccessRequest open = requests.file(new AccessRequestService.FilingRequest(List.of("agua-tepehuanes"),
                new AccessRequest.Filing("Tarifas de agua potable de 2026 por colonia", Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null))).requests().get(0);
        assertThat(open.getCalendar()).isEqualTo("agua-tepehuanes");
        long rebased = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE type = 'calendar.rebased'",
                Long.class);

        // From today the body is heard by the test comptroller: its calendar follows, in the same transaction.
        SystemActor.run(() -> guarantors.assign(new GuarantorDrafts.Assignment("tepehuanes", null,
                "agua-tepehuanes", "contraloria-prueba-rebase", today.toString(), null,
                "Acuerdo de prueba que asigna el Sistema de Agua a la contraloría")));

        GuarantorCalendar after = calendars.get("agua-tepehuanes");
        assertThat(after.baseSlug()).isEqualTo("contraloria-prueba-rebase");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(business.version("agua-tepehuanes")).contains("contraloria-prueba-rebase");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE type = 'calendar.rebased'", Long.class))
                .isEqualTo(rebased + 1);
        AccessRequest recomputed = requests.request(open.getFolio());
        assertThat(recomputed.getCalendarVersion()).contains("contraloria-prueba-rebase");
        // The answer term, counted again on the new layers: the new base has no day of its own.
        assertThat(recomputed.getDueDate()).isEqualTo(business.dueDate("agua-tepehuanes", recomputed.getReceivedOn(), 20)
                .dueDate());
        if (!recomputed.getDueDate().equals(open.getDueDate())) {
            assertThat(requests.steps(recomputed)).extracting(s -> s.getType().getKey()).contains("deadline.recomputed");
        }
        // Nothing else changes when nothing changed.
        assertThat(calendars.rebaseOverlays(today)).isEmpty();
    }
}
