package org.apertura.accessinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.deadlines.BusinessCalendar;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.deadlines.CalendarDayDraft;
import org.apertura.deadlines.CalendarDraft;
import org.apertura.deadlines.CalendarService;
import org.apertura.deadlines.CutoffDraft;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionDraft;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Request terms on the institution's own calendar overlaying its guarantor authority's, the after-hours cut-off and
 * the jurisdiction's time zone of online filings, and the law named on the acuse (issue 20, review 2026-12 §2.2,
 * §2.6, §6 item 5), on the demo's Tepehuanes town hall and on a fresh state per test.
 */
@IntegrationTest
class RequestCalendarsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccessRequestService service;
    @Autowired
    RequestDeadlines deadlines;
    @Autowired
    CalendarService calendarService;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    JurisdictionService jurisdictions;
    @Autowired
    LedgerService ledger;
    @Autowired
    org.apertura.platform.mail.MailOutbox outbox;

    @Test
    void theDemosTownHallCountsOnItsOwnDaysOverTheIdaipsAndCutsOffAtThree() throws Exception {
        var tepehuanes = jurisdictions.institution("ayuntamiento-tepehuanes");
        assertThat(calendars.calendarOfInstitution(tepehuanes)).isEqualTo("ayuntamiento-tepehuanes");
        assertThat(calendars.version("ayuntamiento-tepehuanes")).startsWith("ayuntamiento-tepehuanes/v")
                .contains("+idaip/v");
        // Monday 2 February 2026 is a rest day (LFT art. 74 fr. II); Tuesday 3 is the town hall's own day.
        // On the IDAIP's calendar an act that Monday is received Tuesday 3 and a 1-day term ends Wednesday 4;
        // on the town hall's it is received Wednesday 4 and ends Thursday 5.
        assertThat(calendars.dueDate("idaip", LocalDate.parse("2026-02-02"), 1).dueDate()).isEqualTo("2026-02-04");
        assertThat(calendars.dueDate("ayuntamiento-tepehuanes", LocalDate.parse("2026-02-02"), 1).dueDate())
                .isEqualTo("2026-02-05");
        // The IDAIP's winter suspension reaches the town hall (not limited to its own procedures).
        assertThat(calendars.isBusinessDay("ayuntamiento-tepehuanes", LocalDate.parse("2026-12-23"))).isFalse();
        // Cut-off 15:00 in Durango (America/Mexico_City, UTC−6): Tuesday 7 April 2026 at 14:59 is that day,
        // at 15:30 (21:30 UTC) the next one.
        assertThat(deadlines.onlineFilingDay(tepehuanes, Instant.parse("2026-04-07T20:59:00Z"))).isEqualTo("2026-04-07");
        assertThat(deadlines.onlineFilingDay(tepehuanes, Instant.parse("2026-04-07T21:30:00Z"))).isEqualTo("2026-04-08");
        // Other institutions of Durango have no cut-off and count on the IDAIP's calendar.
        var congress = jurisdictions.institution("congreso-durango");
        assertThat(calendars.calendarOfInstitution(congress)).isEqualTo("idaip");
        assertThat(deadlines.onlineFilingDay(congress, Instant.parse("2026-04-07T21:30:00Z"))).isEqualTo("2026-04-07");
        mvc.perform(get("/calendario").param("calendario", "ayuntamiento-tepehuanes").param("anio", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Este es el calendario propio de H. Ayuntamiento de Tepehuanes")))
                .andExpect(content().string(containsString("Día inhábil publicado por la institución")))
                .andExpect(content().string(containsString("Hora de corte: una solicitud en línea presentada a las 15:00")));
    }

    @Test
    void aRequestToAnInstitutionWithItsOwnCalendarIsCountedOnTheOverlayAndTheAcuseSaysTheLawIsTheFallback()
            throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> {
            jurisdictions.createJurisdiction(new JurisdictionDraft("estado-" + s, "Estado " + s, JurisdictionLevel.STATE,
                    "mexico", null, null, null));
            jurisdictions.createInstitution(new InstitutionDraft("garante-" + s, "Garante " + s, null, "estado-" + s,
                    Branch.AUTONOMOUS, true, null, null));
            jurisdictions.createInstitution(new InstitutionDraft("salud-" + s, "Secretaría de Salud " + s, null,
                    "estado-" + s, Branch.EXECUTIVE, false, null, null));
        });
        // The institution's calendar needs its authority's first.
        assertThatThrownBy(() -> SystemActor.run(() -> calendarService.create(new CalendarDraft("salud-" + s, null,
                null)))).isInstanceOf(InvalidInputException.class).hasMessageContaining("noBase");
        SystemActor.run(() -> {
            calendarService.create(new CalendarDraft("garante-" + s, null, null));
            calendarService.create(new CalendarDraft("salud-" + s, null, null));
        });
        assertThat(calendarService.get("salud-" + s).baseSlug()).isEqualTo("garante-" + s);
        AccessRequest r = service.file(new AccessRequestService.FilingRequest(List.of("salud-" + s),
                new AccessRequest.Filing("Abasto de medicamentos en 2026", Modality.ELECTRONIC, null,
                        org.apertura.accessinfo.NotificationMedium.EMAIL, "abasto-" + s + "@ejemplo.mx")))
                .requests().get(0);
        assertThat(r.getCalendar()).isEqualTo("salud-" + s);
        LocalDate due = r.getDueDate();
        // A day the authority closes inside the term moves the institution's request, through the overlay.
        LocalDate inside = calendars.dueDate("salud-" + s, r.getReceivedOn(), 1).dueDate();
        SystemActor.run(() -> calendarService.addDay("garante-" + s, new CalendarDayDraft(inside.toString(), null,
                BusinessCalendar.Kind.NON_BUSINESS_DAY, "Aniversario del instituto", "Periódico Oficial de prueba")));
        AccessRequest moved = service.request(r.getFolio());
        assertThat(moved.getDueDate()).isEqualTo(calendars.dueDate("salud-" + s, due, 1).dueDate());
        assertThat(moved.getCalendarVersion()).startsWith("salud-" + s + "/v1+garante-" + s + "/v2+");
        // the requester is told, by the outbox's batch of the recompute (one mail per moved request)
        assertThat(outbox.messagesTo("abasto-" + s + "@ejemplo.mx")).filteredOn(m -> m.getSubject().startsWith(
                "Cambió el plazo")).singleElement().satisfies(m -> assertThat(m.getBody())
                        .contains(r.getFolio(), "Fecha límite: " + moved.getDueDate(), "/solicitudes/" + r.getFolio()));
        // A suspension the authority limits to its own procedures does not move it.
        LocalDate later = calendars.dueDate("salud-" + s, r.getReceivedOn(), 3).dueDate();
        SystemActor.run(() -> calendarService.addDay("garante-" + s, new CalendarDayDraft(later.toString(), null,
                BusinessCalendar.Kind.SUSPENSION, "Suspensión de los recursos", "Periódico Oficial de prueba", true)));
        assertThat(service.request(r.getFolio()).getDueDate()).isEqualTo(moved.getDueDate());
        assertThat(calendars.isBusinessDay("garante-" + s, later)).isFalse();
        assertThat(calendars.isBusinessDay("salud-" + s, later)).isTrue();
        // A state's procedure under the general law says so, on the acuse and on the request page.
        AppliedLaw law = service.lawOf(r);
        assertThat(law.code()).isEqualTo("LGTAIP-2025");
        assertThat(law.fallback()).isTrue();
        mvc.perform(get("/solicitudes/" + r.getFolio())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Se aplica la ley general como supletoria")));
        mvc.perform(get("/acuses/" + r.getFilingId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Se aplica la ley general como supletoria")));
    }

    @Test
    void timeZonesAndCutoffsAreCheckedAndRecorded() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> {
            jurisdictions.createJurisdiction(new JurisdictionDraft("qroo-" + s, "Quintana Roo " + s,
                    JurisdictionLevel.STATE, "mexico", null, null, null));
            jurisdictions.createJurisdiction(new JurisdictionDraft("mun-" + s, "Municipio " + s,
                    JurisdictionLevel.MUNICIPALITY, "qroo-" + s, null, null, null));
            jurisdictions.createInstitution(new InstitutionDraft("garante-q-" + s, "Garante Q " + s, null, "qroo-" + s,
                    Branch.AUTONOMOUS, true, null, null));
            calendarService.create(new CalendarDraft("garante-q-" + s, null, null));
        });
        assertThat(calendars.zoneOf(jurisdictions.get("mun-" + s))).isEqualTo(BusinessCalendars.DEFAULT_ZONE);
        assertThatThrownBy(() -> SystemActor.run(() -> calendarService.setTimeZone("qroo-" + s, "Europe/Madrid")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("timeZone");
        SystemActor.run(() -> calendarService.setTimeZone("qroo-" + s, "America/Cancun"));
        // A municipality without its own zone uses its state's.
        assertThat(calendars.zoneOf(jurisdictions.get("mun-" + s))).isEqualTo(ZoneId.of("America/Cancun"));
        assertThatThrownBy(() -> SystemActor.run(() -> calendarService.setCutoff("garante-q-" + s,
                new CutoffDraft("25:00", "Periódico Oficial")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cutoffTime");
        assertThatThrownBy(() -> SystemActor.run(() -> calendarService.setCutoff("garante-q-" + s,
                new CutoffDraft("17:00", " ")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cutoffPublication");
        assertThat(calendarService.get("garante-q-" + s).cutoff()).isNull();
        SystemActor.run(() -> calendarService.setCutoff("garante-q-" + s, new CutoffDraft("17:00", "Periódico Oficial")));
        assertThat(calendarService.get("garante-q-" + s).cutoff()).isEqualTo("17:00");
        assertThat(calendarService.get("garante-q-" + s).version()).isEqualTo(2);
    }

    @Test
    void actsBeforeAnyModelledLawHaveNoRuleSet() {
        // A unit registering a request received on 3 November 2014 is refused (AccessRequestService.register):
        // the LGTAIP 2015, the first modelled law, governs from 5 May 2015.
        var durango = jurisdictions.get("municipio-de-durango");
        assertThat(deadlines.hasRuleSet(durango, LocalDate.parse("2014-11-03"))).isFalse();
        assertThat(deadlines.hasRuleSet(durango, LocalDate.parse("2015-05-05"))).isTrue();
        assertThat(deadlines.firstModelledDay()).isEqualTo("2015-05-05");
    }
}
