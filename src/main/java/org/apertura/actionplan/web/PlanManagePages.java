package org.apertura.actionplan.web;

import org.apertura.actionplan.PlanAction;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.ActorSector;
import org.apertura.actionplan.OgpValue;
import org.apertura.actionplan.Theme;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.InvalidInputException;
import org.apertura.plainlanguage.AnalysisView;
import org.apertura.plainlanguage.PlainLanguageService;
import org.apertura.platform.web.FlashOutcome;
import org.springframework.context.i18n.LocaleContextHolder;
import org.apertura.platform.web.FormErrors;
import org.apertura.secretariat.SecretariatService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a secretariat's coordinator builds the exercise, its plan, commitments and milestones, and approves it. */
@Controller
class PlanManagePages {

    private final ActionPlanService service;
    private final SecretariatService secretariat;
    private final JurisdictionService jurisdictions;
    private final FlashOutcome outcome;
    private final PlainLanguageService plainLanguage;
    private final org.springframework.context.MessageSource messages;

    PlanManagePages(ActionPlanService service, SecretariatService secretariat, JurisdictionService jurisdictions,
            FlashOutcome outcome, PlainLanguageService plainLanguage, org.springframework.context.MessageSource messages) {
        this.service = service;
        this.secretariat = secretariat;
        this.jurisdictions = jurisdictions;
        this.outcome = outcome;
        this.plainLanguage = plainLanguage;
        this.messages = messages;
    }

    /** The citizen-language score of a public text, for beside its field; null when there is no text. */
    private AnalysisView language(String text) {
        return text == null || text.isBlank() || text.length() > PlainLanguageService.MAX_CHARACTERS ? null
                : AnalysisView.of(plainLanguage.analyse(text), messages, LocaleContextHolder.getLocale());
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/ejercicios/nuevo")
    String newExercise(@ModelAttribute("form") PlanForms.ExerciseForm form, BindingResult errors, Model model) {
        service.allowedAtPlatform().require(PlanAction.CREATE_EXERCISE);
        return exerciseForm(model);
    }

    @PostMapping("/ejercicios")
    String createExercise(@ModelAttribute("form") PlanForms.ExerciseForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.createExercise(form.toDraft()), redirect,
                "exercise.notice.created", exercise -> "/ejercicios/" + exercise.getSlug(), () -> exerciseForm(model));
    }

    @GetMapping("/ejercicios/{slug}/planes/nuevo")
    String newPlan(@PathVariable String slug, @ModelAttribute("form") PlanForms.PlanForm form, BindingResult errors,
            Model model) {
        service.require(service.exercise(slug), PlanAction.CREATE_PLAN);
        model.addAttribute("exercise", service.exercise(slug));
        return "actionplan/new-plan";
    }

    @PostMapping("/ejercicios/{slug}/planes")
    String createPlan(@PathVariable String slug, @ModelAttribute("form") PlanForms.PlanForm form, BindingResult errors,
            Model model, @RequestParam(name = "revisar", required = false) String review, RedirectAttributes redirect) {
        model.addAttribute("presentationLanguage", language(form.presentation));
        if (review != null) {
            model.addAttribute("exercise", service.exercise(slug));
            return "actionplan/new-plan";
        }
        return FormErrors.submit(errors, () -> service.createPlan(slug, form.toDraft()), redirect,
                "plan.notice.created", plan -> "/planes/" + plan.getId(), () -> {
                    model.addAttribute("exercise", service.exercise(slug));
                    return "actionplan/new-plan";
                });
    }

    @GetMapping("/planes/{id}/compromisos/nuevo")
    String newCommitment(@PathVariable Long id, @ModelAttribute("form") PlanForms.CommitmentForm form,
            BindingResult errors, Model model) {
        service.require(service.exerciseOf(service.plan(id)), PlanAction.ADD_COMMITMENT);
        return commitmentForm(id, model);
    }

    @PostMapping("/planes/{id}/compromisos")
    String createCommitment(@PathVariable Long id, @ModelAttribute("form") PlanForms.CommitmentForm form,
            BindingResult errors, Model model, @RequestParam(name = "revisar", required = false) String review,
            RedirectAttributes redirect) {
        model.addAttribute("summaryLanguage", language(form.summary));
        if (review != null) {
            return commitmentForm(id, model);
        }
        return FormErrors.submit(errors, () -> service.addCommitment(id, form.toDraft()), redirect,
                "commitment.notice.created", commitment -> "/compromisos/" + commitment.getId(),
                () -> commitmentForm(id, model));
    }

    @GetMapping("/compromisos/{id}/hitos/nuevo")
    String newMilestone(@PathVariable Long id, @ModelAttribute("form") PlanForms.MilestoneForm form,
            BindingResult errors, Model model) {
        service.require(service.exerciseOf(service.plan(service.commitment(id).getPlanId())), PlanAction.ADD_MILESTONE);
        model.addAttribute("commitment", service.commitment(id));
        return "actionplan/new-milestone";
    }

    @PostMapping("/compromisos/{id}/hitos")
    String createMilestone(@PathVariable Long id, @ModelAttribute("form") PlanForms.MilestoneForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.addMilestone(id, form.toDraft()), redirect,
                "milestone.notice.created", milestone -> "/compromisos/" + id, () -> {
                    model.addAttribute("commitment", service.commitment(id));
                    return "actionplan/new-milestone";
                });
    }

    @GetMapping("/compromisos/{id}/editar")
    String editCommitment(@PathVariable Long id, Model model) {
        service.require(service.exerciseOf(service.plan(service.commitment(id).getPlanId())),
                PlanAction.REVISE_COMMITMENT);
        model.addAttribute("commitment", service.commitment(id));
        PlanForms.RevisionForm form = PlanForms.RevisionForm.of(service.commitment(id));
        model.addAttribute("form", form);
        model.addAttribute("summaryLanguage", language(form.summary));
        return "actionplan/edit-commitment";
    }

    @PostMapping("/compromisos/{id}")
    String reviseCommitment(@PathVariable Long id, @ModelAttribute("form") PlanForms.RevisionForm form,
            BindingResult errors, Model model, @RequestParam(name = "revisar", required = false) String review,
            RedirectAttributes redirect) {
        model.addAttribute("summaryLanguage", language(form.summary));
        if (review != null) {
            model.addAttribute("commitment", service.commitment(id));
            return "actionplan/edit-commitment";
        }
        return FormErrors.submit(errors, () -> service.revise(id, form.toText(), form.reason), redirect,
                "commitment.notice.revised", commitment -> "/compromisos/" + id + "#versiones", () -> {
                    model.addAttribute("commitment", service.commitment(id));
                    return "actionplan/edit-commitment";
                });
    }

    /** The plan page's approval form (fields {@code plan-approvalSession}, {@code plan-approvalAgreement}). */
    static final FlashOutcome.Form APPROVAL_FORM = FlashOutcome.Form.of("plan", "approvalSession", "approvalAgreement");

    @PostMapping("/planes/{id}/aprobar")
    String approve(@PathVariable Long id, @RequestParam(required = false) Integer session,
            @RequestParam(required = false) Integer agreement, java.util.Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, APPROVAL_FORM, "plan.notice.approved", () -> {
            if (session == null || agreement == null) {
                throw new InvalidInputException(session == null ? "approvalSession" : "approvalAgreement",
                        "plan.error.noSuchAgreement");
            }
            service.approve(id, session, agreement);
        });
        return "redirect:/planes/" + id + "#aprobacion";
    }

    @PostMapping("/planes/{id}/publicar")
    String publish(@PathVariable Long id, java.util.Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "plan.notice.published", () -> service.publish(id));
        return "redirect:/planes/" + id + "#aprobacion";
    }

    private String exerciseForm(Model model) {
        model.addAttribute("bodies", secretariat.bodies());
        model.addAttribute("licences", org.apertura.platform.kits.ContentLicence.values());
        return "actionplan/new-exercise";
    }

    private String commitmentForm(Long planId, Model model) {
        model.addAttribute("plan", service.plan(planId));
        model.addAttribute("institutions", jurisdictions.allInstitutions());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("values", OgpValue.values());
        model.addAttribute("actorSectors", ActorSector.values());
        return "actionplan/new-commitment";
    }
}
