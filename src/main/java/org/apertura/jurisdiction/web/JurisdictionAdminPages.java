package org.apertura.jurisdiction.web;

import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.plainlanguage.AnalysisView;
import org.apertura.plainlanguage.PlainLanguageService;
import org.apertura.platform.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Administrators create and edit jurisdictions and institutions. Every problem is shown next to its
 * field, and nothing is saved until every rule holds.
 */
@Controller
class JurisdictionAdminPages {

    /** A second submit button: show the citizen-language score of the text without saving. */
    static final String REVIEW = "revisar";

    private final JurisdictionService service;
    private final PlainLanguageService plainLanguage;
    private final MessageSource messages;

    JurisdictionAdminPages(JurisdictionService service, PlainLanguageService plainLanguage, MessageSource messages) {
        this.service = service;
        this.plainLanguage = plainLanguage;
        this.messages = messages;
    }

    @ModelAttribute("levels")
    JurisdictionLevel[] levels() {
        return JurisdictionLevel.values();
    }

    @ModelAttribute("branches")
    Branch[] branches() {
        return Branch.values();
    }

    @GetMapping("/admin/jurisdicciones/nueva")
    String newJurisdiction(Model model) {
        model.addAttribute("form", new JurisdictionForm());
        return jurisdictionForm(model, null);
    }

    @PostMapping("/admin/jurisdicciones")
    String createJurisdiction(@ModelAttribute("form") JurisdictionForm form, BindingResult errors, Model model,
            @RequestParam(name = REVIEW, required = false) String review, RedirectAttributes redirect) {
        if (review != null) {
            return jurisdictionForm(model, null);
        }
        return FormErrors.submit(errors, () -> service.createJurisdiction(form.toDraft()), redirect,
                "jurisdiction.notice.created", saved -> "/jurisdicciones/" + saved.getSlug(),
                () -> jurisdictionForm(model, null));
    }

    @GetMapping("/admin/jurisdicciones/{slug}/editar")
    String editJurisdiction(@PathVariable String slug, Model model) {
        model.addAttribute("form", JurisdictionForm.of(service.get(slug)));
        return jurisdictionForm(model, slug);
    }

    @PostMapping("/admin/jurisdicciones/{slug}")
    String updateJurisdiction(@PathVariable String slug, @ModelAttribute("form") JurisdictionForm form,
            BindingResult errors, Model model, @RequestParam(name = REVIEW, required = false) String review,
            RedirectAttributes redirect) {
        service.get(slug);
        if (review != null) {
            return jurisdictionForm(model, slug);
        }
        return FormErrors.submit(errors, () -> service.updateJurisdiction(slug, form.toDraft()), redirect,
                "jurisdiction.notice.updated", saved -> "/jurisdicciones/" + saved.getSlug(),
                () -> jurisdictionForm(model, slug));
    }

    @GetMapping("/admin/instituciones/nueva")
    String newInstitution(@RequestParam(name = "jurisdiccion", required = false) String jurisdiction, Model model) {
        InstitutionForm form = new InstitutionForm();
        form.setJurisdictionSlug(service.find(jurisdiction).map(Jurisdiction::getSlug).orElse(null));
        model.addAttribute("form", form);
        return institutionForm(model, null);
    }

    @PostMapping("/admin/instituciones")
    String createInstitution(@ModelAttribute("form") InstitutionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.createInstitution(form.toDraft()), redirect,
                "institution.notice.created",
                saved -> "/jurisdicciones/" + form.getJurisdictionSlug() + "#" + saved.getSlug(),
                () -> institutionForm(model, null));
    }

    @GetMapping("/admin/instituciones/{slug}/editar")
    String editInstitution(@PathVariable String slug, Model model) {
        model.addAttribute("form", InstitutionForm.of(service.institution(slug)));
        return institutionForm(model, slug);
    }

    @PostMapping("/admin/instituciones/{slug}")
    String updateInstitution(@PathVariable String slug, @ModelAttribute("form") InstitutionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        service.institution(slug);
        return FormErrors.submit(errors, () -> service.updateInstitution(slug, form.toDraft()), redirect,
                "institution.notice.updated",
                saved -> "/jurisdicciones/" + form.getJurisdictionSlug() + "#" + saved.getSlug(),
                () -> institutionForm(model, slug));
    }

    private String jurisdictionForm(Model model, String editing) {
        model.addAttribute("editing", editing);
        if (model.getAttribute("form") instanceof JurisdictionForm form && form.getDescription() != null
                && !form.getDescription().isBlank()
                && form.getDescription().length() <= PlainLanguageService.MAX_CHARACTERS) {
            model.addAttribute("descriptionLanguage", AnalysisView.of(plainLanguage.analyse(form.getDescription()),
                    messages, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("parents", service.all().stream()
                .filter(j -> j.getLevel() != JurisdictionLevel.MUNICIPALITY && !j.getSlug().equals(editing)).toList());
        return "jurisdiction/admin-jurisdiction";
    }

    private String institutionForm(Model model, String editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("jurisdictions", service.all());
        return "jurisdiction/admin-institution";
    }
}
