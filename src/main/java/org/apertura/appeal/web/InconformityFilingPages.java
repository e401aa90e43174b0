package org.apertura.appeal.web;

import java.time.LocalDate;
import org.apertura.appeal.Inconformity;
import org.apertura.appeal.InconformityCause;
import org.apertura.appeal.InconformityDraft;
import org.apertura.appeal.InconformityService;
import org.apertura.platform.Texts;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.web.FormErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The requester's form to challenge an appeal's resolution before the federal authority (LGTAIP 2025 arts. 163–165):
 * reachable signed in as the request's requester or with its follow-up key (hidden field {@code clave}).
 */
@Controller
class InconformityFilingPages {

    private final InconformityService service;

    InconformityFilingPages(InconformityService service) {
        this.service = service;
    }

    /**
     * The filing form: the causes of art. 163, whether the request concerns federal public resources (art. 162) and
     * the day the appellant says they were notified of the resolution.
     */
    public static class InconformityForm extends RemedyForm<InconformityCause> {
        private boolean federalResources;
        private String notifiedOn;

        public boolean isFederalResources() {
            return federalResources;
        }

        public void setFederalResources(boolean federalResources) {
            this.federalResources = federalResources;
        }

        public String getNotifiedOn() {
            return notifiedOn;
        }

        public void setNotifiedOn(String notifiedOn) {
            this.notifiedOn = notifiedOn;
        }
    }

    @GetMapping("/inconformidades/nueva")
    String form(@RequestParam String recurso, @ModelAttribute("form") InconformityForm form, Model model) {
        if (!service.isAppellantOf(recurso, form.getClave())) {
            throw new AccessDeniedException("only the requester challenges");
        }
        return page(recurso, false, model);
    }

    @PostMapping("/inconformidades/nueva")
    String file(@RequestParam(required = false) String recurso, @ModelAttribute("form") InconformityForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        Long me = PublicActor.currentId();
        var filed = FormErrors.attempt(binding, () -> service.file(recurso, new InconformityDraft(form.getCauses(),
                form.isFederalResources(), date(form.getNotifiedOn()), form.getReasons()), me, form.getClave()));
        return RemedyForm.outcome(filed, response, () -> page(recurso, false, model), redirect,
                "inconformity.notice.filed", i -> "/inconformidades/" + i.getFolio());
    }

    /** The local authority's form to forward a recurso filed with it in writing (art. 164 ¶2). */
    @GetMapping("/recursos/{folio}/inconformidad-escrita")
    String forwardForm(@org.springframework.web.bind.annotation.PathVariable("folio") String recurso,
            @ModelAttribute("form") InconformityForm form, Model model) {
        if (!service.forwardsFor(recurso)) {
            throw new AccessDeniedException("only the local authority forwards");
        }
        return page(recurso, true, model);
    }

    @PostMapping("/recursos/{folio}/inconformidad-escrita")
    String forward(@org.springframework.web.bind.annotation.PathVariable("folio") String recurso,
            @ModelAttribute("form") InconformityForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        var filed = FormErrors.attempt(binding, () -> service.forwardWritten(recurso, new InconformityDraft(
                form.getCauses(), form.isFederalResources(), date(form.getNotifiedOn()), form.getReasons()),
                Texts.day(form.getWrittenOn(), "writtenOn")));
        return RemedyForm.outcome(filed, response, () -> page(recurso, true, model), redirect,
                "inconformity.notice.forwarded", i -> "/inconformidades/" + i.getFolio());
    }

    /**
     * The form to file a recurso de inconformidad, or with {@code forwarding} the local authority's form to forward
     * one filed with it in writing; {@code prefix} starts the keys of the messages the two forms word differently.
     */
    private String page(String appealFolio, boolean forwarding, Model model) {
        if (forwarding) {
            model.addAttribute("forwarding", true);
        }
        model.addAttribute("prefix", forwarding ? "inconformity.forward." : "inconformity.file.");
        model.addAttribute("appealFolio", appealFolio);
        Inconformity.Window window = service.window(appealFolio).orElse(null);
        model.addAttribute("window", window);
        model.addAttribute("late", window != null && !window.openOn(service.today()));
        model.addAttribute("federal", service.federalAuthority(service.today()).orElse(null));
        model.addAttribute("causes", InconformityCause.values());
        model.addAttribute("localName", service.localAuthorityName(appealFolio));
        return "appeal/inconformity-form";
    }

    private static LocalDate date(String value) {
        return Texts.day(value, "notifiedOn");
    }
}
