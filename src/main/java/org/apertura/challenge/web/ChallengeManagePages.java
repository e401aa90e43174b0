package org.apertura.challenge.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apertura.actionplan.Commitment;
import org.apertura.challenge.Challenge;
import org.apertura.challenge.ChallengeAction;
import org.apertura.challenge.ChallengeKind;
import org.apertura.challenge.ChallengeService;
import org.apertura.platform.Texts;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.FormErrors;
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

/** Where the exercise's coordinator creates and runs a challenge: schedule, rubric, jury, results, follow-up. */
@Controller
class ChallengeManagePages {

    private final ChallengeService service;
    private final org.apertura.actionplan.ActionPlanService plans;
    private final FlashOutcome outcome;

    ChallengeManagePages(ChallengeService service, org.apertura.actionplan.ActionPlanService plans,
            FlashOutcome outcome) {
        this.service = service;
        this.plans = plans;
        this.outcome = outcome;
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/retos/nuevo")
    String newChallenge(@RequestParam("compromiso") Long commitmentId,
            @ModelAttribute("form") ChallengeForms.ChallengeForm form, BindingResult errors, Model model) {
        service.allowedFor(commitmentId).require(ChallengeAction.CREATE);
        if (form.kind == null) {
            form.kind = ChallengeKind.HACKATHON;
        }
        return form(model, plans.commitment(commitmentId), null);
    }

    @PostMapping("/retos")
    String create(@RequestParam("compromiso") Long commitmentId,
            @ModelAttribute("form") ChallengeForms.ChallengeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.create(commitmentId, form.toDraft()), redirect,
                "challenge.notice.drafted", c -> "/retos/" + c.getSlug() + "/gestion",
                () -> form(model, plans.commitment(commitmentId), null));
    }

    @GetMapping("/retos/{slug}/editar")
    String edit(@PathVariable String slug, Model model) {
        Challenge c = service.challenge(slug);
        requireRuns(c);
        model.addAttribute("form", ChallengeForms.ChallengeForm.of(c));
        return form(model, service.commitmentOf(c), c);
    }

    @PostMapping("/retos/{slug}/editar")
    String change(@PathVariable String slug, @ModelAttribute("form") ChallengeForms.ChallengeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(errors, () -> service.change(slug, form.toDraft()), redirect,
                "challenge.notice.changed", c -> "/retos/" + c.getSlug() + "/gestion", () -> {
            Challenge c = service.challenge(slug);
            return form(model, service.commitmentOf(c), c);
        });
    }

    private String form(Model model, Commitment commitment, Challenge existing) {
        model.addAttribute("commitment", commitment);
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", ChallengeKind.values());
        return "challenge/form";
    }

    @GetMapping("/retos/{slug}/gestion")
    String manage(@PathVariable String slug, Model model) {
        Challenge c = service.challenge(slug);
        requireRuns(c);
        model.addAttribute("c", c);
        model.addAttribute("d", service.detail(slug));
        model.addAttribute("jury", service.jury(c));
        model.addAttribute("scoringStarted", service.scoringStarted(c));
        model.addAttribute("judging", c.judgingOn(service.today()));
        model.addAttribute("missing", service.missingScores(c));
        model.addAttribute("milestones", service.milestones(c));
        model.addAttribute("allowed", service.allowedOn(c));
        return "challenge/manage";
    }

    /** Publishes a draft (ADR 0061): it becomes public and goes to the ledger, or the page says why not. */
    @PostMapping("/retos/{slug}/publicar")
    String publish(@PathVariable String slug, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "challenge.notice.challengePublished", () -> service.publish(slug));
        return "redirect:/retos/" + slug + "/gestion";
    }

    /** The management page's forms: a rubric criterion, a juror, a follow-up (ids {@code criterion-name}, ...). */
    static final FlashOutcome.Form CRITERION_FORM = FlashOutcome.Form.of("criterion", "name", "description", "weight");
    static final FlashOutcome.Form JUROR_FORM = FlashOutcome.Form.of("juror", "email");
    static final FlashOutcome.Form FOLLOW_UP_FORM = FlashOutcome.Form.of("followup", "submission", "milestone", "note");

    @PostMapping("/retos/{slug}/criterios")
    String addCriterion(@PathVariable String slug, @RequestParam(required = false) String name,
            @RequestParam(required = false) String description, @RequestParam(required = false) String weight,
            Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, CRITERION_FORM, "challenge.notice.rubric",
                () -> service.addCriterion(slug, name, description, Texts.integer(weight, null)));
        return "redirect:/retos/" + slug + "/gestion#rubrica";
    }

    @PostMapping("/retos/{slug}/criterios/{id}/quitar")
    String removeCriterion(@PathVariable String slug, @PathVariable Long id, Locale locale,
            RedirectAttributes redirect) {
        outcome.run(redirect, locale, "challenge.notice.rubric", () -> service.removeCriterion(slug, id));
        return "redirect:/retos/" + slug + "/gestion#rubrica";
    }

    @PostMapping("/retos/{slug}/jurado")
    String addJuror(@PathVariable String slug, @RequestParam(required = false) String email, Locale locale,
            RedirectAttributes redirect) {
        outcome.run(redirect, locale, JUROR_FORM, "challenge.notice.jury", () -> service.addJuror(slug, email));
        return "redirect:/retos/" + slug + "/gestion#jurado";
    }

    @PostMapping("/retos/{slug}/jurado/{id}/quitar")
    String removeJuror(@PathVariable String slug, @PathVariable Long id, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "challenge.notice.jury", () -> service.removeJuror(slug, id));
        return "redirect:/retos/" + slug + "/gestion#jurado";
    }

    @PostMapping("/retos/{slug}/resultados")
    String publish(@PathVariable String slug, @RequestParam Map<String, String> params, Locale locale,
            RedirectAttributes redirect) {
        Map<Long, String> awards = new HashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("premio-")) {
                Integer id = Texts.integer(key.substring("premio-".length()), null);
                if (id != null) {
                    awards.put(id.longValue(), value);
                }
            }
        });
        boolean done = outcome.run(redirect, locale, "challenge.notice.published",
                () -> service.publishResults(slug, awards));
        return done ? "redirect:/retos/" + slug + "#resultados" : "redirect:/retos/" + slug + "/gestion#resultados";
    }

    @PostMapping("/retos/{slug}/seguimiento")
    String followUp(@PathVariable String slug, @RequestParam(required = false) String submission,
            @RequestParam(required = false) String milestone, @RequestParam(required = false) String note,
            Locale locale, RedirectAttributes redirect) {
        boolean done = outcome.run(redirect, locale, FOLLOW_UP_FORM, "challenge.notice.followUp",
                () -> service.linkFollowUp(slug, id(submission), id(milestone), note));
        return done ? "redirect:/retos/" + slug + "#seguimiento" : "redirect:/retos/" + slug + "/gestion#seguimiento";
    }

    private void requireRuns(Challenge c) {
        service.allowedOn(c).require(ChallengeAction.MANAGE);
    }

    private static Long id(String text) {
        Integer n = Texts.integer(text, null);
        return n == null ? null : n.longValue();
    }
}
