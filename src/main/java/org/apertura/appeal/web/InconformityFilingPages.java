package org.apertura.appeal.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apertura.appeal.Inconformity;
import org.apertura.appeal.InconformityCause;
import org.apertura.appeal.InconformityDraft;
import org.apertura.appeal.InconformityService;
import org.apertura.platform.Texts;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
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

    /** The filing form. */
    public static class InconformityForm {
        private Set<InconformityCause> causes = new LinkedHashSet<>();
        private boolean federalResources;
        private String notifiedOn;
        private String reasons;
        private String clave;
        private String writtenOn;

        public String getWrittenOn() {
            return writtenOn;
        }

        public void setWrittenOn(String writtenOn) {
            this.writtenOn = writtenOn;
        }

        public Set<InconformityCause> getCauses() {
            return causes;
        }

        public void setCauses(Set<InconformityCause> causes) {
            this.causes = causes == null ? new LinkedHashSet<>() : causes;
        }

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

        public String getReasons() {
            return reasons;
        }

        public void setReasons(String reasons) {
            this.reasons = reasons;
        }

        public String getClave() {
            return clave;
        }

        public void setClave(String clave) {
            this.clave = clave;
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
        if (filed.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(recurso, false, model);
        }
        Inconformity i = filed.get();
        redirect.addFlashAttribute("notice", "inconformity.notice.filed");
        return "redirect:/inconformidades/" + i.getFolio();
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
        if (filed.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(recurso, true, model);
        }
        redirect.addFlashAttribute("notice", "inconformity.notice.forwarded");
        return "redirect:/inconformidades/" + filed.get().getFolio();
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
