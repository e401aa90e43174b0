package org.apertura.jurisdiction.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apertura.jurisdiction.NationalCalendar;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Business-day deadlines for machines. Today the national calendar ({@code nacional}: weekends and LFT art. 74);
 * guarantor authorities' own calendars come with the access-to-information work.
 */
@RestController
@RequestMapping("/api/v1/calendars")
@Tag(name = "Calendars", description = "Días hábiles y cálculo de plazos")
class CalendarApi {

    /** The longest term anyone may ask for; legal terms are far shorter. */
    static final int MAX_DAYS = 365;
    static final String NATIONAL = "nacional";

    @GetMapping("/{calendar}/due-date")
    @Operation(summary = "When a term of N business days ends for an act on a date",
            description = "received = the date if it is a business day, else the next one; the count starts the "
                    + "business day after (LGTAIP 2025, art. 128).")
    DueDate dueDate(@PathVariable String calendar, @RequestParam String from, @RequestParam int days) {
        requireNational(calendar);
        LocalDate date = date(from, "from");
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "calendar.error.days", String.valueOf(MAX_DAYS));
        }
        return new DueDate(calendar, date, NationalCalendar.received(date), days, NationalCalendar.dueDate(date, days),
                NationalCalendar.VERSION);
    }

    @GetMapping("/{calendar}/non-business-days")
    @Operation(summary = "Every non-business day of a year, with its reason (WEEKEND or REST_DAY)")
    NonBusinessDays nonBusinessDays(@PathVariable String calendar, @RequestParam int year) {
        requireNational(calendar);
        if (year < 1970 || year > 2100) {
            throw new InvalidInputException("year", "calendar.error.year");
        }
        return new NonBusinessDays(calendar, year, NationalCalendar.VERSION, NationalCalendar.nonBusinessDays(year));
    }

    static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "calendar.error.date");
        }
    }

    private static void requireNational(String calendar) {
        if (!NATIONAL.equals(calendar)) {
            throw new NotFoundException("calendar " + calendar);
        }
    }

    record DueDate(String calendar, LocalDate from, LocalDate received, int days, LocalDate dueDate, String version) {
    }

    record NonBusinessDays(String calendar, int year, String version, List<NationalCalendar.NonBusinessDay> days) {
    }
}
