package org.apertura.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.apertura.deadlines.BusinessCalendar.Closure;
import org.apertura.deadlines.BusinessCalendar.Kind;
import org.junit.jupiter.api.Test;

/**
 * An institution's calendar as an overlay on its guarantor authority's (legal review 2026-12 §2.6), and the
 * after-hours cut-off and time zone of online filings (§2.2), without Spring. Every date worked by hand on a
 * printed calendar; LGTAIP 2025 art. 128 (terms in business days, from the day after) and art. 134 ¶1 (20 days).
 */
class InstitutionCalendarTest {

    static final String GAZETTE = "Acuerdo de prueba, 2026-01-15";
    static final Closure HOLY_WEEK = new Closure(day("2026-04-02"), day("2026-04-03"), Kind.NON_BUSINESS_DAY,
            "Jueves y Viernes Santo", GAZETTE);
    /** Like LGTAIP 2025 Transitorio Décimo Octavo: the authority's own procedures only, request handling spared. */
    static final Closure OWN_PROCEDURES_ONLY = new Closure(day("2026-04-13"), day("2026-04-17"), Kind.SUSPENSION,
            "Suspensión de los recursos ante la autoridad", GAZETTE, true);
    static final Closure PATRON_SAINT = new Closure(day("2026-04-08"), day("2026-04-08"), Kind.NON_BUSINESS_DAY,
            "Fiesta patronal", "Acuerdo de Cabildo, 2026-01-20");

    final BusinessCalendar authority = BusinessCalendar.of("idaip", 4, List.of(HOLY_WEEK, OWN_PROCEDURES_ONLY));
    final BusinessCalendar institution = BusinessCalendar.overlay("tepehuanes", 2, authority, List.of(PATRON_SAINT),
            null);

    @Test
    void theInstitutionsDaysAddToTheAuthoritysAndTheAuthorityOnlySuspensionStaysOut() {
        // A request filed Wednesday 1 April 2026, 5 business days.
        // National: 2, 3, 6, 7, 8 April.
        // Authority (closes 2–3 April and 13–17 April): 6, 7, 8, 9, 10 April.
        assertThat(authority.dueDate(day("2026-04-01"), 5)).isEqualTo("2026-04-10");
        // Institution: the authority's 2–3 April, plus its own 8 April, but not 13–17 April: 6, 7, 9, 10, 13.
        assertThat(institution.dueDate(day("2026-04-01"), 5)).isEqualTo("2026-04-13");
        assertThat(institution.isBusinessDay(day("2026-04-14"))).isTrue();
        assertThat(authority.isBusinessDay(day("2026-04-14"))).isFalse();
        assertThat(institution.excludedFromBase()).containsExactly(OWN_PROCEDURES_ONLY);
        assertThat(institution.ownClosures()).containsExactly(PATRON_SAINT);
    }

    @Test
    void theAnswerTermOfARequestToTheInstitution() {
        // Filed Monday 30 March 2026, 20 business days (art. 134 ¶1), counted from Tuesday 31 March.
        // Business days on the institution's calendar: 31 Mar (1); 1 Apr (2); 2–3 closed; 6, 7 (3, 4); 8 closed;
        // 9, 10 (5, 6); 13–17 (7–11, the authority-only suspension does not count here); 20–24 (12–16);
        // 27–30 (17–20). Due Thursday 30 April.
        assertThat(institution.dueDate(day("2026-03-30"), 20)).isEqualTo("2026-04-30");
        // On the authority's own calendar (13–17 April closed; 1 May a rest day, LFT art. 74 fr. IV) the same act
        // ends Thursday 7 May: 31 Mar (1); 1 Apr (2); 6–10 (3–7); 20–24 (8–12); 27–30 (13–16); 4–7 May (17–20).
        assertThat(authority.dueDate(day("2026-03-30"), 20)).isEqualTo("2026-05-07");
    }

    @Test
    void theVersionNamesBothLayersAndTheYearsListSaysWhoClosedEachDay() {
        assertThat(institution.version()).isEqualTo("tepehuanes/v2+idaip/v4+" + NationalCalendar.VERSION);
        List<NationalCalendar.NonBusinessDay> april = institution.nonBusinessDays(2026).stream()
                .filter(d -> d.date().getMonthValue() == 4 && d.date().getDayOfWeek().getValue() < 6).toList();
        assertThat(april).extracting(NationalCalendar.NonBusinessDay::date)
                .containsExactly(day("2026-04-02"), day("2026-04-03"), day("2026-04-08"));
        assertThat(april).extracting(NationalCalendar.NonBusinessDay::reason)
                .containsExactly("GUARANTOR_DAY", "GUARANTOR_DAY", "INSTITUTION_DAY");
    }

    @Test
    void onlyASuspensionCanBeLimitedToTheAuthority() {
        assertThatThrownBy(() -> new Closure(day("2026-04-08"), day("2026-04-08"), Kind.NON_BUSINESS_DAY, "x", "y",
                true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFilingAfterTheCutoffCountsAsMadeTheNextDayInTheJurisdictionsTimeZone() {
        ZoneId mexicoCity = ZoneId.of("America/Mexico_City");
        BusinessCalendar withCutoff = BusinessCalendar.overlay("tepehuanes", 2, authority, List.of(PATRON_SAINT),
                LocalTime.of(15, 0));
        // Tuesday 7 April 2026 14:59 in Mexico City (UTC−6 all year since 2022) = 20:59 UTC: that day.
        assertThat(withCutoff.receivedAt(Instant.parse("2026-04-07T20:59:00Z"), mexicoCity)).isEqualTo("2026-04-07");
        // 15:00 sharp = 21:00 UTC: the next day, Wednesday 8 April, is the institution's own closed day, so it is
        // received Thursday 9 April; 20 business days then run from Friday 10 April.
        assertThat(withCutoff.receivedAt(Instant.parse("2026-04-07T21:00:00Z"), mexicoCity)).isEqualTo("2026-04-09");
        // Friday 10 April 16:00 → Saturday → received Monday 13 April (the authority-only suspension does not
        // close it here).
        assertThat(withCutoff.receivedAt(Instant.parse("2026-04-10T22:00:00Z"), mexicoCity)).isEqualTo("2026-04-13");
        // Without a cut-off the whole day counts.
        assertThat(institution.receivedAt(Instant.parse("2026-04-07T23:59:00Z"), mexicoCity)).isEqualTo("2026-04-07");
        // An overlay without its own cut-off uses its authority's.
        BusinessCalendar authorityAt18 = authority.withCutoff(LocalTime.of(18, 0));
        assertThat(BusinessCalendar.overlay("t", 1, authorityAt18, List.of(), null).cutoff()).isEqualTo("18:00");
    }

    @Test
    void theTimeZoneDecidesTheDayNearMidnight() {
        // 05:30 UTC on Tuesday 7 April 2026: still Monday 6 April 23:30 in Mexico City (UTC−6), but already
        // Tuesday 00:30 in Cancún (Quintana Roo, UTC−5 all year); Tijuana (UTC−7 in April, daylight time) says
        // Monday 22:30.
        Instant at = Instant.parse("2026-04-07T05:30:00Z");
        assertThat(BusinessCalendar.filingDay(at, ZoneId.of("America/Mexico_City"), null)).isEqualTo("2026-04-06");
        assertThat(BusinessCalendar.filingDay(at, ZoneId.of("America/Cancun"), null)).isEqualTo("2026-04-07");
        assertThat(BusinessCalendar.filingDay(at, ZoneId.of("America/Tijuana"), null)).isEqualTo("2026-04-06");
        // With an 18:00 cut-off, 00:30 UTC on Tuesday 7 April is Monday 18:30 in Mexico City: Tuesday.
        assertThat(BusinessCalendar.filingDay(Instant.parse("2026-04-07T00:30:00Z"),
                ZoneId.of("America/Mexico_City"), LocalTime.of(18, 0))).isEqualTo("2026-04-07");
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
