package org.apertura.jurisdiction.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apertura.jurisdiction.BusinessCalendar;
import org.apertura.jurisdiction.BusinessCalendars;
import org.apertura.jurisdiction.CalendarDay;
import org.apertura.jurisdiction.CalendarDayDraft;
import org.apertura.jurisdiction.CalendarDraft;
import org.apertura.jurisdiction.CalendarService;
import org.apertura.jurisdiction.GuarantorCalendar;
import org.apertura.jurisdiction.NationalCalendar;
import org.apertura.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Business-day deadlines for machines, on the national calendar ({@code nacional}: weekends and LFT art. 74) or a
 * guarantor body's calendar (by its slug, e.g. {@code idaip}); the entries a guarantor published, and writes for
 * administrators and the guarantor's staff with a bearer token.
 */
@RestController
@RequestMapping("/api/v1/calendars")
@Tag(name = "Calendars", description = "Días hábiles, calendarios de las autoridades garantes y cálculo de plazos")
class CalendarApi {

    /** The longest term anyone may ask for; legal terms are far shorter. */
    static final int MAX_DAYS = 365;

    private final BusinessCalendars calendars;
    private final CalendarService service;

    CalendarApi(BusinessCalendars calendars, CalendarService service) {
        this.calendars = calendars;
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Every calendar: the national one, then each guarantor body's, with its current version")
    List<CalendarView> calendars() {
        List<CalendarView> list = new ArrayList<>();
        list.add(new CalendarView(BusinessCalendars.NATIONAL, "Calendario nacional (LFT art. 74)", null, null, null,
                NationalCalendar.VERSION));
        for (GuarantorCalendar c : service.calendars()) {
            list.add(new CalendarView(c.slug(), c.name(), c.guarantorSlug(), c.guarantorName(), c.jurisdictionSlug(),
                    c.versionLabel()));
        }
        return list;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create the calendar of a guarantor institution (administrators or its staff)",
            security = @SecurityRequirement(name = "bearer"))
    CalendarView create(@RequestBody CalendarDraft draft) {
        GuarantorCalendar c = service.create(draft);
        return new CalendarView(c.slug(), c.name(), c.guarantorSlug(), c.guarantorName(), c.jurisdictionSlug(),
                c.versionLabel());
    }

    @GetMapping("/{calendar}/due-date")
    @Operation(summary = "When a term of N business days ends for an act on a date",
            description = "received = the date if it is a business day, else the next one; the count starts the "
                    + "business day after (LGTAIP 2025, art. 128). `version` names the calendar version used.")
    BusinessCalendars.Due dueDate(@PathVariable String calendar, @RequestParam String from, @RequestParam int days) {
        BusinessCalendar c = calendars.calendar(calendar);
        LocalDate date = date(from, "from");
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "calendar.error.days", String.valueOf(MAX_DAYS));
        }
        return new BusinessCalendars.Due(calendar, date, c.received(date), days, c.dueDate(date, days), c.version());
    }

    @GetMapping("/{calendar}/non-business-days")
    @Operation(summary = "Every non-business day of a year, with its reason and publication",
            description = "reason: WEEKEND, REST_DAY (LFT art. 74), GUARANTOR_DAY or SUSPENSION (published by the "
                    + "guarantor; detail and publication say what and where).")
    NonBusinessDays nonBusinessDays(@PathVariable String calendar, @RequestParam int year) {
        BusinessCalendar c = calendars.calendar(calendar);
        if (year < 1970 || year > 2100) {
            throw new InvalidInputException("year", "calendar.error.year");
        }
        return new NonBusinessDays(calendar, year, c.version(), c.nonBusinessDays(year));
    }

    @GetMapping("/{calendar}/days")
    @Operation(summary = "Every entry a guarantor published on its calendar, withdrawn ones marked",
            description = "Each entry says in which calendar version it was added and, if withdrawn, in which and "
                    + "why, so any older version can be rebuilt. The national calendar has no entries.")
    PublishedDays days(@PathVariable String calendar) {
        BusinessCalendar c = calendars.calendar(calendar);
        List<DayView> days = BusinessCalendars.NATIONAL.equals(calendar) ? List.of()
                : service.days(calendar).stream().map(DayView::of).toList();
        return new PublishedDays(calendar, c.version(), days);
    }

    @PostMapping("/{calendar}/days")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish a non-business day, a range or a suspension (administrators or the guarantor's staff)",
            description = "firstDay and lastDay as YYYY-MM-DD (no lastDay: one day; at most 366 days); kind "
                    + "NON_BUSINESS_DAY (default) or SUSPENSION; reason and publication (gazette and date) required. "
                    + "Raises the calendar's version.",
            security = @SecurityRequirement(name = "bearer"))
    DayView addDay(@PathVariable String calendar, @RequestBody CalendarDayDraft draft) {
        return DayView.of(service.addDay(calendar, draft));
    }

    @PostMapping("/{calendar}/days/{id}/withdrawal")
    @Operation(summary = "Withdraw a published entry with a public reason (administrators or the guarantor's staff)",
            description = "The entry is kept, marked withdrawn; the calendar's version rises.",
            security = @SecurityRequirement(name = "bearer"))
    DayView withdraw(@PathVariable String calendar, @PathVariable long id, @RequestBody Withdrawal withdrawal) {
        return DayView.of(service.withdraw(calendar, id, withdrawal.reason()));
    }

    static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "calendar.error.date");
        }
    }

    record CalendarView(String slug, String name, String guarantor, String guarantorName, String jurisdiction,
            String version) {
    }

    record NonBusinessDays(String calendar, int year, String version, List<NationalCalendar.NonBusinessDay> days) {
    }

    record PublishedDays(String calendar, String version, List<DayView> days) {
    }

    record Withdrawal(String reason) {
    }

    record DayView(long id, LocalDate firstDay, LocalDate lastDay, BusinessCalendar.Kind kind, String reason,
            String publication, int addedInVersion, boolean withdrawn, Integer withdrawnInVersion,
            String withdrawalReason, Instant recordedAt, String recordedBy) {

        static DayView of(CalendarDay d) {
            return new DayView(d.id(), d.firstDay(), d.lastDay(), d.kind(), d.reason(), d.publication(),
                    d.addedInVersion(), d.withdrawn(), d.withdrawnInVersion(), d.withdrawalReason(), d.recordedAt(),
                    d.recordedBy());
        }
    }
}
