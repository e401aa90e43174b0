package org.apertura.appeal.web;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apertura.appeal.AppealCause;
import org.apertura.appeal.AppealDraft;
import org.apertura.appeal.AppealService;
import org.apertura.platform.Texts;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.web.FormErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The requester's form to appeal a request: reachable signed in as the requester, or with the request's
 * private follow-up key (kept in the hidden field {@code clave}). Nobody else sees it.
 */
@Controller
class AppealFilingPages {

    private final AppealService service;

    AppealFilingPages(AppealService service) {
        this.service = service;
    }

    /** The filing form: the general law's causes (art. 145) and those a state law adds. */
    public static class AppealForm extends RemedyForm<AppealCause> {
        private Set<String> extraCauses = new LinkedHashSet<>();

        public Set<String> getExtraCauses() {
            return extraCauses;
        }

        public void setExtraCauses(Set<String> extraCauses) {
            this.extraCauses = extraCauses == null ? new LinkedHashSet<>() : extraCauses;
        }
    }

    @GetMapping("/solicitudes/{folio}/recurso")
    String form(@PathVariable String folio, @ModelAttribute("form") AppealForm form, Model model) {
        requireRequester(folio, form.getClave());
        return page(folio, model);
    }

    @PostMapping("/solicitudes/{folio}/recurso")
    String file(@PathVariable String folio, @ModelAttribute("form") AppealForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        Long me = PublicActor.currentId();
        var filed = FormErrors.attempt(binding,
                () -> service.file(folio, new AppealDraft(form.getCauses(), form.getExtraCauses(),
                        form.getReasons()), me, form.getClave()));
        return RemedyForm.outcome(filed, response, () -> page(folio, model), redirect, "appeal.notice.filed",
                appeal -> "/recursos/" + appeal.getFolio());
    }

    /** The Transparency Unit's form to forward an appeal filed with it in person or by post (art. 144 ¶2). */
    @GetMapping("/solicitudes/{folio}/recurso/remitir")
    String forwardForm(@PathVariable String folio, @ModelAttribute("form") AppealForm form, Model model) {
        if (!service.forwardsFor(folio)) {
            throw new AccessDeniedException("only the request's Transparency Unit forwards");
        }
        model.addAttribute("forwarding", true);
        return page(folio, model);
    }

    @PostMapping("/solicitudes/{folio}/recurso/remitir")
    String forward(@PathVariable String folio, @ModelAttribute("form") AppealForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        var filed = FormErrors.attempt(binding, () -> service.forwardWritten(folio, new AppealDraft(form.getCauses(),
                form.getExtraCauses(), form.getReasons()), Texts.day(form.getWrittenOn(),
                "writtenOn")));
        return RemedyForm.outcome(filed, response, () -> {
            model.addAttribute("forwarding", true);
            return page(folio, model);
        }, redirect, "appeal.notice.forwarded", appeal -> "/recursos/" + appeal.getFolio());
    }

    private void requireRequester(String folio, String clave) {
        if (!service.isRequesterOf(folio, clave)) {
            throw new AccessDeniedException("only the requester appeals");
        }
    }

    private String page(String folio, Model model) {
        model.addAttribute("requestFolio", folio);
        model.addAttribute("window", service.window(folio).orElse(null));
        model.addAttribute("panel", service.panel(folio));
        model.addAttribute("causes", AppealCause.values());
        // A state law's own causes (e.g. Durango's fr. XIV), after the general law's thirteen (art. 145).
        model.addAttribute("extraCauses", service.extraCauses(folio));
        return "appeal/appeal-form";
    }
}
