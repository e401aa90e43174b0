package org.apertura.jurisdiction;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The business calendars deadlines are counted on, by name: {@code nacional} (weekends and LFT art. 74) and
 * each guarantor body's calendar (the national one plus the days it publishes). Every answer carries the
 * calendar's version, which other modules record with each deadline they compute.
 */
@Component
public class BusinessCalendars {

    public static final String NATIONAL = "nacional";

    /** The calendar a jurisdiction's deadlines are counted on: its guarantor's, or the national one. */
    public String calendarOf(Jurisdiction jurisdiction) {
        return NATIONAL;
    }

    public boolean exists(String calendar) {
        return NATIONAL.equals(calendar);
    }

    /** The version of a calendar now. */
    public String version(String calendar) {
        require(calendar);
        return NationalCalendar.VERSION;
    }

    public boolean isBusinessDay(String calendar, LocalDate day) {
        require(calendar);
        return NationalCalendar.isBusinessDay(day);
    }

    /** The day an act on {@code day} counts as received: that day if a business day, else the next one. */
    public LocalDate received(String calendar, LocalDate day) {
        require(calendar);
        return NationalCalendar.received(day);
    }

    /** The end of a term of {@code days} business days for an act on {@code from} (LGTAIP 2025 art. 128). */
    public Due dueDate(String calendar, LocalDate from, int days) {
        require(calendar);
        return new Due(calendar, from, NationalCalendar.received(from), days, NationalCalendar.dueDate(from, days),
                NationalCalendar.VERSION);
    }

    /** Business days strictly after {@code from} up to and including {@code to}. */
    public int businessDaysBetween(String calendar, LocalDate from, LocalDate to) {
        require(calendar);
        return NationalCalendar.businessDaysBetween(from, to);
    }

    public List<NationalCalendar.NonBusinessDay> nonBusinessDays(String calendar, int year) {
        require(calendar);
        return NationalCalendar.nonBusinessDays(year);
    }

    private void require(String calendar) {
        if (!exists(calendar)) {
            throw new org.apertura.platform.NotFoundException("calendar " + calendar);
        }
    }

    /** A computed deadline and the calendar version it was computed with. */
    public record Due(String calendar, LocalDate from, LocalDate received, int days, LocalDate dueDate,
            String version) {
    }
}
