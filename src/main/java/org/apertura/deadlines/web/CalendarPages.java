package org.apertura.deadlines.web;

import org.apertura.platform.time.Today;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apertura.deadlines.BusinessCalendar;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.deadlines.CalendarService;
import org.apertura.deadlines.GuarantorCalendar;
import org.apertura.deadlines.LawRules;
import org.apertura.deadlines.Term;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public pages: {@code /calendario}, where anyone picks a calendar (national or a guarantor's), computes a
 * deadline in business days and sees the year's non-business days with their publication; and {@code /plazos},
 * every law rule set with each term's days and article.
 */
@Controller
class CalendarPages implements org.apertura.platform.web.SitemapSource {

    private final Today today;
    private final BusinessCalendars calendars;
    private final CalendarService service;
    private final LawRules rules;
    private final org.apertura.jurisdiction.JurisdictionService jurisdictions;

    CalendarPages(Today today, BusinessCalendars calendars, CalendarService service, LawRules rules,
            org.apertura.jurisdiction.JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
        this.today = today;
        this.calendars = calendars;
        this.service = service;
        this.rules = rules;
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        return java.util.stream.Stream.of("/calendario", "/plazos").limit(limit).toList();
    }

    @GetMapping("/calendario")
    String calendar(@RequestParam(required = false) String calendario, @RequestParam(required = false) String desde,
            @RequestParam(required = false) String dias, @RequestParam(required = false) Integer anio, Model model) {
        LocalDate today = this.today.date();
        String chosen = calendario == null || calendario.isBlank() ? BusinessCalendars.NATIONAL : calendario;
        BusinessCalendar calendar = calendars.calendar(chosen);
        int year = anio == null || anio < 1970 || anio > 2100 ? today.getYear() : anio;
        model.addAttribute("calendars", service.calendars());
        model.addAttribute("calendario", chosen);
        model.addAttribute("national", BusinessCalendars.NATIONAL.equals(chosen));
        model.addAttribute("year", year);
        model.addAttribute("nonBusinessDays", calendar.nonBusinessDays(year).stream()
                .filter(d -> d.date().getDayOfWeek() != DayOfWeek.SATURDAY
                        && d.date().getDayOfWeek() != DayOfWeek.SUNDAY)
                .toList());
        model.addAttribute("desde", desde == null ? today.toString() : desde);
        model.addAttribute("dias", dias == null ? "20" : dias);
        model.addAttribute("version", calendar.version());
        // Both layers in words: whose calendar it is, the base it adds to, what of the base it leaves out, and
        // the after-hours cut-off of online filings in the jurisdiction's time zone.
        GuarantorCalendar listed = BusinessCalendars.NATIONAL.equals(chosen) ? null : service.get(chosen);
        model.addAttribute("listed", listed);
        model.addAttribute("baseCalendar", calendar.base().orElse(null));
        model.addAttribute("excluded", calendar.excludedFromBase());
        model.addAttribute("cutoff", calendar.cutoff());
        model.addAttribute("zone", listed == null ? BusinessCalendars.DEFAULT_ZONE.getId()
                : service.timeZoneOf(jurisdictions.get(listed.jurisdictionSlug())).getId());
        if (desde != null || dias != null) {
            try {
                LocalDate from = LocalDate.parse(desde == null ? "" : desde.strip());
                int days = Integer.parseInt(dias == null ? "" : dias.strip());
                if (days < 0 || days > 365) {
                    model.addAttribute("problem", "calendar.error.days.page");
                } else {
                    model.addAttribute("received", calendar.received(from));
                    model.addAttribute("dueDate", calendar.dueDate(from, days));
                    model.addAttribute("days", days);
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                model.addAttribute("problem", "calendar.error.input");
            }
        }
        return "deadlines/calendar";
    }

    @GetMapping("/plazos")
    String terms(Model model) {
        model.addAttribute("sets", rules.all());
        model.addAttribute("terms", List.of(Term.values()));
        model.addAttribute("adoptions", service.adoptions());
        return "deadlines/terms";
    }
}
