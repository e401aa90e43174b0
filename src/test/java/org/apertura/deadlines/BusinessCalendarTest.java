package org.apertura.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.apertura.deadlines.BusinessCalendar.Closure;
import org.apertura.deadlines.BusinessCalendar.Entry;
import org.apertura.deadlines.BusinessCalendar.Kind;
import org.junit.jupiter.api.Test;

/** The calendar arithmetic without Spring: dates checked by hand against a printed calendar. */
class BusinessCalendarTest {

    static final String GAZETTE = "Acuerdo de prueba, 2026-01-15";
    static final Closure HOLY_WEEK_2026 = new Closure(day("2026-04-02"), day("2026-04-03"), Kind.NON_BUSINESS_DAY,
            "Jueves y Viernes Santo", GAZETTE);
    static final Closure WINTER_2026 = new Closure(day("2026-12-18"), day("2027-01-06"), Kind.SUSPENSION,
            "Periodo vacacional de invierno", GAZETTE);

    final BusinessCalendar national = BusinessCalendar.national();
    final BusinessCalendar guarantor = BusinessCalendar.of("idaip", 3, List.of(WINTER_2026, HOLY_WEEK_2026));

    /**
     * Art. 128: a term counts from the business day after the act is received, so it never ends before the act, nor
     * before the day the act counts as received, whatever closures, weekends or year ends fall around it: every day of
     * a year across the winter suspension and Holy Week, on the national calendar and on the guarantor's, zero to ten
     * days (checked in a loop, one assertion on what went wrong, to stay fast).
     */
    @Test
    void aTermNeverEndsBeforeItsActOrTheDayItCountsAsReceived() {
        List<String> wrong = new java.util.ArrayList<>();
        for (BusinessCalendar calendar : List.of(national, guarantor)) {
            for (LocalDate from = day("2026-03-01"); from.isBefore(day("2027-03-01")); from = from.plusDays(1)) {
                LocalDate received = calendar.received(from);
                for (int days = 0; days <= 10; days++) {
                    LocalDate due = calendar.dueDate(from, days);
                    if (received.isBefore(from) || due.isBefore(received)
                            || calendar.businessDaysBetween(received, due) != days) {
                        wrong.add(calendar.name() + " " + from + " +" + days + " → " + due);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aTermCrossingChristmasAndNewYearSkipsBoth() {
        // Tue 22 Dec 2026: 23, 24, (25 rest day, 26-27 weekend), 28, 29, 30.
        assertThat(national.dueDate(day("2026-12-22"), 5)).isEqualTo("2026-12-30");
        // Tue 29 Dec 2026: 30, 31, (Fri 1 Jan rest day, weekend), 4, 5, 6 January 2027.
        assertThat(national.dueDate(day("2026-12-29"), 5)).isEqualTo("2027-01-06");
        assertThat(national.isBusinessDay(day("2027-01-01"))).isFalse();
        assertThat(national.businessDaysBetween(day("2026-12-24"), day("2027-01-04"))).isEqualTo(5);
    }

    @Test
    void theMovingMondaysOfSeveralYears() {
        assertThat(NationalCalendar.restDays(2025)).contains(day("2025-02-03"), day("2025-03-17"), day("2025-11-17"))
                .doesNotContain(day("2025-02-05"), day("2025-03-21"), day("2025-11-20"));
        assertThat(NationalCalendar.restDays(2027)).contains(day("2027-02-01"), day("2027-03-15"), day("2027-11-15"));
        assertThat(NationalCalendar.restDays(2028)).contains(day("2028-02-07"), day("2028-03-20"), day("2028-11-20"));
        assertThat(NationalCalendar.restDays(2029)).contains(day("2029-02-05"), day("2029-03-19"), day("2029-11-19"));
        // Monday 15 November 2027 is closed, so a term from Friday 12 moves a day.
        assertThat(national.dueDate(day("2027-11-12"), 1)).isEqualTo("2027-11-16");
    }

    @Test
    void theSixYearlyTransferOfPower() {
        assertThat(national.isBusinessDay(day("2024-10-01"))).isFalse();   // a Tuesday
        assertThat(national.isBusinessDay(day("2030-10-01"))).isFalse();   // a Tuesday
        assertThat(NationalCalendar.restDays(2018)).contains(day("2018-12-01"));
        assertThat(NationalCalendar.restDays(2012)).contains(day("2012-12-01"));
        assertThat(NationalCalendar.restDays(2025)).doesNotContain(day("2025-10-01"), day("2025-12-01"));
        assertThat(national.isBusinessDay(day("2025-10-01"))).isTrue();    // a Wednesday
        assertThat(NationalCalendar.restDays(2030)).doesNotContain(day("2030-12-01"));
    }

    @Test
    void aGuarantorsOwnDaysMoveADueDate() {
        // Mon 30 March 2026, five days: nationally 31, 1, 2, 3, 6 April; the guarantor closes 2 and 3 April.
        assertThat(national.dueDate(day("2026-03-30"), 5)).isEqualTo("2026-04-06");
        assertThat(guarantor.dueDate(day("2026-03-30"), 5)).isEqualTo("2026-04-08");
        assertThat(guarantor.businessDaysBetween(day("2026-03-30"), day("2026-04-08"))).isEqualTo(5);
    }

    @Test
    void aSuspensionRangeMovesADueDateIntoTheNextYear() {
        // Wed 16 December 2026, three days: nationally 17, 18, 21; suspended 18 Dec to 6 Jan: 17, 7 and 8 Jan.
        assertThat(national.dueDate(day("2026-12-16"), 3)).isEqualTo("2026-12-21");
        assertThat(guarantor.dueDate(day("2026-12-16"), 3)).isEqualTo("2027-01-08");
    }

    @Test
    void anActOnAClosedDayIsReceivedTheNextBusinessDay() {
        assertThat(national.received(day("2026-04-02"))).isEqualTo("2026-04-02");
        assertThat(guarantor.received(day("2026-04-02"))).isEqualTo("2026-04-06");
        assertThat(guarantor.received(day("2026-12-25"))).isEqualTo("2027-01-07");
        assertThat(guarantor.dueDate(day("2026-04-04"), 0)).isEqualTo("2026-04-06");
    }

    @Test
    void theYearsNonBusinessDaysSayWhyAndWhereTheyWerePublished() {
        var days = guarantor.nonBusinessDays(2026);
        assertThat(days).contains(
                new NationalCalendar.NonBusinessDay(day("2026-04-02"), "GUARANTOR_DAY", "Jueves y Viernes Santo", GAZETTE),
                new NationalCalendar.NonBusinessDay(day("2026-12-21"), "SUSPENSION", "Periodo vacacional de invierno", GAZETTE),
                new NationalCalendar.NonBusinessDay(day("2026-12-25"), "REST_DAY"),
                new NationalCalendar.NonBusinessDay(day("2026-04-04"), "WEEKEND"));
        // 111 national days, plus 2 in Holy Week, plus the 9 weekdays of 18-31 Dec but 25 Dec.
        assertThat(days).hasSize(111 + 2 + 9);
        assertThat(national.nonBusinessDays(2026)).isEqualTo(NationalCalendar.nonBusinessDays(2026));
    }

    @Test
    void versionsNameBothPartsAndOldOnesCanBeRebuilt() {
        assertThat(national.version()).isEqualTo("nacional/LFT-74/DOF-2024-09-30");
        assertThat(guarantor.version()).isEqualTo("idaip/v3+nacional/LFT-74/DOF-2024-09-30");
        List<Entry> history = List.of(new Entry(1, HOLY_WEEK_2026, 2, 3, "Se publicó con fecha equivocada"),
                new Entry(2, WINTER_2026, 3, null, null));
        BusinessCalendar v1 = BusinessCalendar.at("idaip", 1, history);
        BusinessCalendar v2 = BusinessCalendar.at("idaip", 2, history);
        BusinessCalendar v3 = BusinessCalendar.at("idaip", 3, history);
        assertThat(v1.closures()).isEmpty();
        assertThat(v2.isBusinessDay(day("2026-04-02"))).isFalse();
        assertThat(v3.isBusinessDay(day("2026-04-02"))).isTrue();
        assertThat(v3.isBusinessDay(day("2026-12-21"))).isFalse();
        assertThat(v2.version()).isNotEqualTo(v3.version()).isEqualTo("idaip/v2+nacional/LFT-74/DOF-2024-09-30");
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> national.dueDate(day("2026-01-05"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Closure(day("2026-01-05"), day("2026-01-04"), Kind.SUSPENSION, "x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
