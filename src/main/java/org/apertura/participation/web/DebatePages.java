package org.apertura.participation.web;

import java.util.Map;
import org.apertura.participation.BudgetAction;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.Debate;
import org.apertura.participation.DebateService;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.ProjectCommentService;
import org.apertura.participation.Stance;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A process's debates (ADR 0039): the page of one (its topic, the arguments for and against side by side in numbers,
 * the threads of arguments and replies with their votes, the comment forms of {@link CommentPages}) and the form that
 * opens one for those who run the exercise.
 */
@Controller
class DebatePages {

    static final String PATH = ProcessPages.BASE + "/{slug}/debates";

    private final ParticipationService service;
    private final DebateService debates;
    private final ProjectCommentService comments;

    DebatePages(ParticipationService service, DebateService debates, ProjectCommentService comments) {
        this.service = service;
        this.debates = debates;
        this.comments = comments;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping(PATH + "/{number}")
    String debate(@PathVariable String slug, @PathVariable int number, Model model) {
        BudgetProcess process = service.process(slug);
        Debate debate = debates.debate(process, number);
        var allowed = debates.allowedOn(process, debate);
        var threads = comments.threads(debate);
        model.addAttribute("process", process);
        model.addAttribute("debate", debate);
        model.addAttribute("allowed", allowed);
        model.addAttribute("threads", threads);
        model.addAttribute("stances", Stance.values());
        model.addAttribute("sides", Map.of("FOR", ProjectCommentService.arguments(threads, Stance.FOR),
                "AGAINST", ProjectCommentService.arguments(threads, Stance.AGAINST)));
        model.addAttribute("proposing", service.allowedOn(process).may(BudgetAction.PROPOSE));
        ProcessPages.commentModel(model, slug, "debates", number, comments.scores(process),
                allowed.may(BudgetAction.MODERATE) ? comments.flagCounts(debate) : Map.of());
        return "participation/debate";
    }

    @GetMapping(PATH + "/nuevo")
    String form(@PathVariable String slug, @ModelAttribute("form") ParticipationForms.DebateForm form,
            BindingResult errors, Model model) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.CONFIGURE);
        model.addAttribute("process", process);
        return "participation/debate-form";
    }

    @PostMapping(PATH)
    String open(jakarta.servlet.http.HttpServletResponse response, @PathVariable String slug,
            @ModelAttribute("form") ParticipationForms.DebateForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.attempt(errors, () -> debates.open(slug, form.toTerms()))
                .map(d -> {
                    redirect.addFlashAttribute("notice", "participation.notice.debateOpened");
                    return "redirect:" + ProcessPages.BASE + "/" + slug + "/debates/" + d.getNumber();
                })
                .orElseGet(() -> {
                    response.setStatus(400);
                    model.addAttribute("process", service.process(slug));
                    return "participation/debate-form";
                });
    }
}
