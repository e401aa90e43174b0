package org.apertura.deadlines.web;

import java.util.List;
import java.util.Locale;
import org.apertura.deadlines.BusinessCalendar;
import org.apertura.deadlines.CalendarService;
import org.apertura.deadlines.GuarantorCalendar;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.deadlines.LawRules;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators create guarantor calendars, publish days, ranges and suspensions, and withdraw them with a
 * reason. Every problem is shown next to its field and nothing is saved until every rule holds.
 */
@Controller
class CalendarAdminPages {

    private final CalendarService service;
    private final JurisdictionService jurisdictions;
    private final LawRules rules;
    private final MessageSource messages;

    CalendarAdminPages(CalendarService service, JurisdictionService jurisdictions, LawRules rules,
            MessageSource messages) {
        this.service = service;
        this.jurisdictions = jurisdictions;
        this.rules = rules;
        this.messages = messages;
    }

    @ModelAttribute("kinds")
    BusinessCalendar.Kind[] kinds() {
        return BusinessCalendar.Kind.values();
    }

    @GetMapping("/admin/calendarios")
    String list(Model model) {
        model.addAttribute("form", new CalendarForms.NewCalendar());
        model.addAttribute("adoption", new CalendarForms.Adoption());
        model.addAttribute("zone", new CalendarForms.TimeZone());
        return listPage(model);
    }

    @PostMapping("/admin/zonas-horarias")
    String setTimeZone(@ModelAttribute("zone") CalendarForms.TimeZone zone, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> {
                    service.setTimeZone(zone.getJurisdictionSlug(), zone.getTimeZone());
                    return zone;
                }, redirect,
                "calendars.notice.timeZone", done -> "/admin/calendarios#zonas", () -> {
                    model.addAttribute("form", new CalendarForms.NewCalendar());
                    model.addAttribute("adoption", new CalendarForms.Adoption());
                    return listPage(model);
                });
    }

    @PostMapping("/admin/calendarios/{slug}/corte")
    String setCutoff(@PathVariable String slug, @ModelAttribute("cutoff") CalendarForms.Cutoff cutoff,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        service.get(slug);
        return FormErrors.submit(errors, () -> service.setCutoff(slug, cutoff.toDraft()), redirect,
                "calendars.notice.cutoff", done -> "/admin/calendarios/" + slug + "#corte", () -> {
                    model.addAttribute("form", new CalendarForms.NewDay());
                    return calendarPage(slug, model);
                });
    }

    @PostMapping("/admin/plazos")
    String adopt(@ModelAttribute("adoption") CalendarForms.Adoption adoption, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.adopt(adoption.toDraft()), redirect,
                "lawrules.notice.adopted", done -> "/admin/calendarios#plazos", () -> {
                    model.addAttribute("form", new CalendarForms.NewCalendar());
                    model.addAttribute("zone", new CalendarForms.TimeZone());
                    return listPage(model);
                });
    }

    @PostMapping("/admin/calendarios")
    String create(@ModelAttribute("form") CalendarForms.NewCalendar form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.create(form.toDraft()), redirect,
                "calendars.notice.created", created -> "/admin/calendarios/" + created.slug(), () -> {
                    model.addAttribute("adoption", new CalendarForms.Adoption());
                    model.addAttribute("zone", new CalendarForms.TimeZone());
                    return listPage(model);
                });
    }

    @GetMapping("/admin/calendarios/{slug}")
    String calendar(@PathVariable String slug, Model model) {
        model.addAttribute("form", new CalendarForms.NewDay());
        return calendarPage(slug, model);
    }

    @PostMapping("/admin/calendarios/{slug}/dias")
    String addDay(@PathVariable String slug, @ModelAttribute("form") CalendarForms.NewDay form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        service.get(slug);
        return FormErrors.submit(errors, () -> service.addDay(slug, form.toDraft()), redirect,
                "calendars.notice.added", day -> "/admin/calendarios/" + slug + "#dia-" + day.id(),
                () -> calendarPage(slug, model));
    }

    @PostMapping("/admin/calendarios/{slug}/dias/{id}/retiro")
    String withdraw(@PathVariable String slug, @PathVariable long id,
            @RequestParam(name = "motivo", required = false) String reason, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            service.withdraw(slug, id, reason);
            redirect.addFlashAttribute("notice", "calendars.notice.withdrawn");
            return "redirect:/admin/calendarios/" + slug + "#dia-" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("form", new CalendarForms.NewDay());
            model.addAttribute("withdrawing", id);
            model.addAttribute("withdrawReason", reason);
            model.addAttribute("withdrawProblems", e.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)).toList());
            return calendarPage(slug, model);
        }
    }

    private String listPage(Model model) {
        model.addAttribute("calendars", service.calendars());
        model.addAttribute("guarantors", service.guarantorsWithoutCalendar());
        model.addAttribute("institutions", service.institutionsWithoutCalendar());
        model.addAttribute("zones", CalendarService.MEXICAN_ZONES);
        model.addAttribute("zonesByJurisdiction", jurisdictions.all().stream().collect(java.util.stream.Collectors
                .toMap(j -> j.getSlug(), j -> service.timeZoneOf(j).getId())));
        model.addAttribute("jurisdictions", jurisdictions.all());
        model.addAttribute("sets", rules.all());
        model.addAttribute("adoptions", service.adoptions());
        return "deadlines/admin-calendars";
    }

    private String calendarPage(String slug, Model model) {
        GuarantorCalendar calendar = service.get(slug);
        model.addAttribute("calendar", calendar);
        model.addAttribute("days", service.days(slug));
        model.addAttribute("overlays", service.overlaysOf(slug));
        if (!model.containsAttribute("cutoff")) {
            CalendarForms.Cutoff cutoff = new CalendarForms.Cutoff();
            cutoff.setCutoffTime(calendar.cutoff() == null ? null : calendar.cutoff().toString());
            cutoff.setCutoffPublication(calendar.cutoffPublication());
            model.addAttribute("cutoff", cutoff);
        }
        if (!model.containsAttribute("withdrawing")) {
            model.addAttribute("withdrawing", -1L);
            model.addAttribute("withdrawProblems", List.of());
        }
        return "deadlines/admin-calendar";
    }
}
