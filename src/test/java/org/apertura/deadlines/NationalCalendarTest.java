package org.apertura.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** LFT art. 74, checked against dates looked up by hand in the calendar. */
class NationalCalendarTest {

    @Test
    void theRestDaysOf2026() {
        assertThat(NationalCalendar.restDays(2026)).containsExactly(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-02-02"), LocalDate.parse("2026-03-16"), LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-09-16"), LocalDate.parse("2026-11-16"), LocalDate.parse("2026-12-25"));
    }

    @Test
    void theTransferOfFederalExecutivePower() {
        assertThat(NationalCalendar.restDays(2024)).contains(LocalDate.parse("2024-10-01"));
        assertThat(NationalCalendar.restDays(2030)).contains(LocalDate.parse("2030-10-01"));
        assertThat(NationalCalendar.restDays(2018)).contains(LocalDate.parse("2018-12-01"))
                .doesNotContain(LocalDate.parse("2018-10-01"));
        assertThat(NationalCalendar.restDays(2025)).doesNotContain(LocalDate.parse("2025-10-01"));
    }

    @Test
    void weekendsAndRestDaysAreNotBusinessDays() {
        assertThat(NationalCalendar.isBusinessDay(LocalDate.parse("2026-11-16"))).isFalse(); // Monday, 20 Nov observed
        assertThat(NationalCalendar.isBusinessDay(LocalDate.parse("2026-11-21"))).isFalse(); // Saturday
        assertThat(NationalCalendar.isBusinessDay(LocalDate.parse("2026-11-24"))).isTrue();  // Tuesday
    }

    @Test
    void noticeCountsBusinessDaysAfterThePublication() {
        // Published Friday 2026-11-13; Monday 16 is a rest day: 17, 18, 19, 20, 23 are five business days.
        assertThat(NationalCalendar.businessDaysBetween(LocalDate.parse("2026-11-13"), LocalDate.parse("2026-11-23")))
                .isEqualTo(5);
        assertThat(NationalCalendar.businessDaysBetween(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-23")))
                .isZero();
    }

    @Test
    void aTermStartsTheBusinessDayAfterTheActIsReceived() {
        assertThat(NationalCalendar.dueDate(LocalDate.parse("2026-11-13"), 5)).isEqualTo("2026-11-23");
        assertThat(NationalCalendar.received(LocalDate.parse("2026-11-14"))).isEqualTo("2026-11-17");
        assertThat(NationalCalendar.dueDate(LocalDate.parse("2026-11-14"), 1)).isEqualTo("2026-11-18");
        assertThat(NationalCalendar.dueDate(LocalDate.parse("2026-12-24"), 2)).isEqualTo("2026-12-29");
        assertThat(NationalCalendar.dueDate(LocalDate.parse("2026-11-22"), 0)).isEqualTo("2026-11-23");
    }

    @Test
    void theNonBusinessDaysOfAYear() {
        var days = NationalCalendar.nonBusinessDays(2026);
        assertThat(days).hasSize(104 + 7);
        assertThat(days).contains(new NationalCalendar.NonBusinessDay(LocalDate.parse("2026-11-16"), "REST_DAY"),
                new NationalCalendar.NonBusinessDay(LocalDate.parse("2026-11-21"), "WEEKEND"));
    }
}
