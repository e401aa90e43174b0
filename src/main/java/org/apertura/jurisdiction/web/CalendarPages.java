package org.apertura.jurisdiction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.apertura.jurisdiction.NationalCalendar;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A public page where anyone computes a deadline in business days and sees the year's non-business days. */
@Controller
class CalendarPages {

    private final Clock clock;

    CalendarPages(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/calendario")
    String calendar(@RequestParam(required = false) String desde, @RequestParam(required = false) String dias,
            @RequestParam(required = false) Integer anio, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Mexico_City")));
        int year = anio == null || anio < 1970 || anio > 2100 ? today.getYear() : anio;
        model.addAttribute("year", year);
        model.addAttribute("nonBusinessDays", NationalCalendar.nonBusinessDays(year).stream()
                .filter(d -> "REST_DAY".equals(d.reason())).toList());
        model.addAttribute("desde", desde == null ? today.toString() : desde);
        model.addAttribute("dias", dias == null ? "20" : dias);
        model.addAttribute("version", NationalCalendar.VERSION);
        if (desde != null || dias != null) {
            try {
                LocalDate from = LocalDate.parse(desde == null ? "" : desde);
                int days = Integer.parseInt(dias == null ? "" : dias.strip());
                if (days < 0 || days > 365) {
                    model.addAttribute("problem", "calendar.error.days.page");
                } else {
                    model.addAttribute("received", NationalCalendar.received(from));
                    model.addAttribute("dueDate", NationalCalendar.dueDate(from, days));
                    model.addAttribute("days", days);
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                model.addAttribute("problem", "calendar.error.input");
            }
        }
        return "jurisdiction/calendar";
    }
}
