package org.apertura.deadlines.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apertura.deadlines.BusinessCalendar;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.deadlines.CalendarDay;
import org.apertura.deadlines.CalendarDayDraft;
import org.apertura.deadlines.CalendarDraft;
import org.apertura.deadlines.CalendarService;
import org.apertura.deadlines.GuarantorCalendar;
import org.apertura.deadlines.NationalCalendar;
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
@Tag(name = "api.tag.calendars", description = "api.tag.calendars.description")
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
    @Operation(summary = "api.op.jurisdiction.calendars")
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
    @Operation(summary = "api.op.jurisdiction.calendar-create", security = @SecurityRequirement(name = "bearer"))
    CalendarView create(@RequestBody CalendarDraft draft) {
        GuarantorCalendar c = service.create(draft);
        return new CalendarView(c.slug(), c.name(), c.guarantorSlug(), c.guarantorName(), c.jurisdictionSlug(),
                c.versionLabel());
    }

    @GetMapping("/{calendar}/due-date")
    @Operation(summary = "api.op.jurisdiction.due-date", description = "api.op.jurisdiction.due-date.description")
    BusinessCalendars.Due dueDate(@PathVariable String calendar, @RequestParam String from, @RequestParam int days) {
        BusinessCalendar c = calendars.calendar(calendar);
        LocalDate date = date(from, "from");
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "calendar.error.days", String.valueOf(MAX_DAYS));
        }
        return new BusinessCalendars.Due(calendar, date, c.received(date), days, c.dueDate(date, days), c.version());
    }

    @GetMapping("/{calendar}/non-business-days")
    @Operation(summary = "api.op.jurisdiction.non-business-days",
            description = "api.op.jurisdiction.non-business-days.description")
    NonBusinessDays nonBusinessDays(@PathVariable String calendar, @RequestParam int year) {
        BusinessCalendar c = calendars.calendar(calendar);
        if (year < 1970 || year > 2100) {
            throw new InvalidInputException("year", "calendar.error.year");
        }
        return new NonBusinessDays(calendar, year, c.version(), c.nonBusinessDays(year));
    }

    @GetMapping("/{calendar}/days")
    @Operation(summary = "api.op.jurisdiction.calendar-days",
            description = "api.op.jurisdiction.calendar-days.description")
    PublishedDays days(@PathVariable String calendar) {
        BusinessCalendar c = calendars.calendar(calendar);
        List<DayView> days = BusinessCalendars.NATIONAL.equals(calendar) ? List.of()
                : service.days(calendar).stream().map(DayView::of).toList();
        return new PublishedDays(calendar, c.version(), days);
    }

    @PostMapping("/{calendar}/days")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.jurisdiction.calendar-add-day",
            description = "api.op.jurisdiction.calendar-add-day.description",
            security = @SecurityRequirement(name = "bearer"))
    DayView addDay(@PathVariable String calendar, @RequestBody CalendarDayDraft draft) {
        return DayView.of(service.addDay(calendar, draft));
    }

    @PostMapping("/{calendar}/days/{id}/withdrawal")
    @Operation(summary = "api.op.jurisdiction.calendar-withdraw",
            description = "api.op.jurisdiction.calendar-withdraw.description",
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
