package org.apertura.actionplan.web;

import java.time.LocalDate;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.CommitmentKitImport;
import org.apertura.actionplan.PlanAction;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.kits.KitImports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the runners of an exercise import another instance's commitment kit into a draft plan (issue 18,
 * docs/KITS.md): the kit's ZIP, with this government's code, lead institution and dates. The result is a draft
 * commitment showing where it was adapted from; a refused kit says why, in the reader's language, and changes nothing.
 */
@Controller
class KitImportPages {

    private final ActionPlanService service;
    private final CommitmentKitImport kits;
    private final JurisdictionService jurisdictions;

    KitImportPages(ActionPlanService service, CommitmentKitImport kits, JurisdictionService jurisdictions) {
        this.service = service;
        this.kits = kits;
        this.jurisdictions = jurisdictions;
    }

    /** The upload and how to adapt it; the file is bound as a field so its problems show beside it. */
    public static class KitForm {
        public MultipartFile kit;
        public String code;
        public String leadInstitutionSlug;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate startDate;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate endDate;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/planes/{id}/compromisos/importar")
    String form(@PathVariable Long id, @ModelAttribute("form") KitForm form, BindingResult errors, Model model) {
        service.require(service.exerciseOf(service.plan(id)), PlanAction.IMPORT_KIT);
        return page(id, model, false);
    }

    @GetMapping("/planes/{id}/importar-plan")
    String planForm(@PathVariable Long id, @ModelAttribute("form") KitForm form, BindingResult errors, Model model) {
        service.require(service.exerciseOf(service.plan(id)), PlanAction.IMPORT_KIT);
        return page(id, model, true);
    }

    /** A plan's kit: each of its commitments becomes a draft commitment of this plan, attributed to its original. */
    @PostMapping("/planes/{id}/importar-plan")
    String importPlanKit(@PathVariable Long id, @ModelAttribute("form") KitForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return KitImports.page(errors, form.kit, in -> kits.importPlanInto(id, new CommitmentKitImport.Adapting(null,
                form.leadInstitutionSlug, form.startDate, form.endDate), in), redirect, "kit.notice.importedPlan",
                added -> "/planes/" + id, () -> page(id, model, true));
    }

    @PostMapping("/planes/{id}/compromisos/importar")
    String importKit(@PathVariable Long id, @ModelAttribute("form") KitForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return KitImports.page(errors, form.kit, in -> kits.importInto(id, new CommitmentKitImport.Adapting(form.code,
                form.leadInstitutionSlug, form.startDate, form.endDate), in), redirect, "kit.notice.imported",
                commitment -> "/compromisos/" + commitment.getId(), () -> page(id, model, false));
    }

    private String page(Long planId, Model model, boolean wholePlan) {
        model.addAttribute("plan", service.plan(planId));
        model.addAttribute("suffix", wholePlan ? ".plan" : "");
        model.addAttribute("action", wholePlan ? "/planes/{id}/importar-plan" : "/planes/{id}/compromisos/importar");
        model.addAttribute("institutions", jurisdictions.allInstitutions());
        return "actionplan/import-kit";
    }
}
