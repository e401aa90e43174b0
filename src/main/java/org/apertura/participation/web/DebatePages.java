package org.apertura.participation.web;

import java.util.Locale;
import java.util.Map;
import org.apertura.participation.BudgetAction;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.Debate;
import org.apertura.participation.DebateService;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.ProjectCommentService;
import org.apertura.participation.Stance;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.web.FlashOutcome;
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

/**
 * A process's debates (ADR 0039): the page of one (its topic, the arguments for and against side by side in numbers,
 * the threads of arguments and replies with their votes, the comment forms of {@link CommentPages}, and for moderators
 * hiding it with a public reason or restoring it) and the form that opens one, for those who run the exercise and for
 * the process's verified voters.
 */
@Controller
class DebatePages {

    static final String PATH = ProcessPages.BASE + "/{slug}/debates";

    private final ParticipationService service;
    private final DebateService debates;
    private final ProjectCommentService comments;
    private final FlashOutcome outcome;

    DebatePages(ParticipationService service, DebateService debates, ProjectCommentService comments,
            FlashOutcome outcome) {
        this.service = service;
        this.debates = debates;
        this.comments = comments;
        this.outcome = outcome;
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
        model.addAttribute("mine", PublicActor.current().map(a -> debate.isOpenedBy(a.accountId())).orElse(false));
        ProcessPages.commentModel(model, slug, "debates", number, comments.scores(process),
                allowed.may(BudgetAction.MODERATE) ? comments.flagCounts(debate) : Map.of());
        return "participation/debate";
    }

    @GetMapping(PATH + "/nuevo")
    String form(@PathVariable String slug, @ModelAttribute("form") ParticipationForms.DebateForm form,
            BindingResult errors, Model model) {
        service.requireSignedIn();
        BudgetProcess process = service.process(slug);
        service.allowedOn(process).require(BudgetAction.OPEN_DEBATE);
        if (form.opensOn == null) {
            form.opensOn = service.today();
        }
        return form(process, model);
    }

    /** The form: those who run the exercise choose the days; a person is told it needs their residence declared. */
    private String form(BudgetProcess process, Model model) {
        model.addAttribute("process", process);
        model.addAttribute("running", service.entitledOn(process).may(BudgetAction.CONFIGURE));
        model.addAttribute("voter", service.myVote(process).isPresent());
        return "participation/debate-form";
    }

    @PostMapping(PATH + "/{number}/ocultar")
    String hide(@PathVariable String slug, @PathVariable int number, @RequestParam(required = false) String reason,
            Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.debateHidden",
                () -> debates.hide(slug, number, reason));
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/debates/" + number + "#moderacion";
    }

    @PostMapping(PATH + "/{number}/restaurar")
    String restore(@PathVariable String slug, @PathVariable int number, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.debateRestored", () -> debates.restore(slug, number));
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/debates/" + number + "#moderacion";
    }

    @PostMapping(PATH)
    String open(jakarta.servlet.http.HttpServletResponse response, @PathVariable String slug,
            @ModelAttribute("form") ParticipationForms.DebateForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return ProcessPages.opened(response, errors, () -> debates.open(slug, form.toTerms()), Debate::getNumber, slug,
                "debates", "participation.notice.debateOpened", redirect, () -> form(service.process(slug), model));
    }
}
