package org.apertura.participation.web;

import java.util.Locale;
import org.apertura.participation.BudgetAction;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.Debate;
import org.apertura.participation.DebateReport;
import org.apertura.participation.DebateReportService;
import org.apertura.participation.DebateService;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.BudgetComments;
import org.apertura.participation.ReportReason;
import org.apertura.participation.ReportResolution;
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
 * the comment engine's section with the arguments, replies and votes (ADR 0067, "Done"), reporting the debate, and for
 * moderators hiding it with a public reason or restoring it), the form that opens one, for those who run the exercise
 * and for the process's verified voters, the process's queue of reported debates, and turning a closed debate into a
 * draft commitment (ADR 0081).
 */
@Controller
class DebatePages {

    static final String PATH = ProcessPages.BASE + "/{slug}/debates";

    private final ParticipationService service;
    private final DebateService debates;
    private final BudgetComments comments;
    private final FlashOutcome outcome;
    private final DebateReportService reports;
    private final org.apertura.platform.items.PublicItems items;
    private final org.apertura.platform.web.CsvExport csv;

    /** The columns of a process's debates (ADR 0039): the same fields as the API's list. */
    static final java.util.List<String> DEBATE_COLUMNS = java.util.List.of("participation.debate.number",
            "participation.debate.title", "participation.debate.description", "participation.debate.opensOn",
            "participation.debate.closesOn", "participation.debate.argumentsFor",
            "participation.debate.argumentsAgainst", "participation.debate.comments",
            "participation.debate.hiddenReason", "participation.debate.commitmentCode",
            "participation.debate.commitmentTitle");

    DebatePages(ParticipationService service, DebateService debates, BudgetComments comments,
            FlashOutcome outcome, DebateReportService reports, org.apertura.platform.items.PublicItems items,
            org.apertura.platform.web.CsvExport csv) {
        this.csv = csv;
        this.items = items;
        this.reports = reports;
        this.service = service;
        this.debates = debates;
        this.comments = comments;
        this.outcome = outcome;
    }

    @InitBinder("form")
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    /** A process's debates as a public list: a hidden one by its number, days and public reason only. */
    @GetMapping(ProcessPages.BASE + "/{slug}/debates.csv")
    org.springframework.http.ResponseEntity<byte[]> debatesCsv(@PathVariable String slug) {
        BudgetProcess process = service.process(slug);
        return csv.download(process.getSlug() + "-debates.csv", DEBATE_COLUMNS, comments.debates(process).stream()
                .<java.util.List<?>>map(d -> java.util.Arrays.asList(d.number(), d.title(), d.description(),
                        d.opensOn(), d.closesOn(), d.argumentsFor(), d.argumentsAgainst(), d.comments(),
                        d.hiddenReason(), d.commitmentCode(), d.commitmentTitle())).toList());
    }

    @GetMapping(PATH + "/{number}")
    String debate(@PathVariable String slug, @PathVariable int number, Model model) {
        BudgetProcess process = service.process(slug);
        Debate debate = debates.debate(process, number);
        var allowed = debates.allowedOn(process, debate);
        model.addAttribute("process", process);
        model.addAttribute("debate", debate);
        model.addAttribute("allowed", allowed);
        model.addAttribute("sides", comments.sides(debate));
        model.addAttribute("proposing", service.allowedOn(process).may(BudgetAction.PROPOSE));
        model.addAttribute("mine", PublicActor.current().map(a -> debate.isOpenedBy(a.accountId())).orElse(false));
        model.addAttribute("reasonMax", DebateReport.MAX_REASON);
        model.addAttribute("reportReasons", ReportReason.values());
        model.addAttribute("noteMax", DebateReport.MAX_NOTE);
        model.addAttribute("reported", allowed.may(BudgetAction.MODERATE) ? reports.pendingCount(debate) : 0L);
        model.addAttribute("panels", items.panels("pd-debate", debate.getId().toString()));
        model.addAttribute("drafted", debates.drafted(debate).orElse(null));
        if (allowed.may(BudgetAction.DRAFT_COMMITMENT)) {
            model.addAttribute("draftPlans", debates.draftPlans(process));
            model.addAttribute("leads", debates.leadChoices());
        }
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

    /** The debate page's form that hides it ({@code debate-reason}). */
    static final FlashOutcome.Form HIDE_FORM = FlashOutcome.Form.of("debate", "reason");
    /** The debate page's report form ({@code report-reportReason}, the choices, and {@code report-note}). */
    static final FlashOutcome.Form REPORT_FORM = FlashOutcome.Form.of("report", "reportReason", "note");
    /** The debate page's form that turns it into a draft commitment ({@code pd-plan}, {@code pd-code}, ...). */
    static final FlashOutcome.Form COMMITMENT_FORM = FlashOutcome.Form.of("pd", "plan", "code", "title", "description",
            "leadInstitutionSlug");

    @PostMapping(PATH + "/{number}/ocultar")
    String hide(@PathVariable String slug, @PathVariable int number, @RequestParam(required = false) String reason,
            Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, HIDE_FORM, "participation.notice.debateHidden",
                () -> debates.hide(slug, number, reason));
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/debates/" + number + "#moderacion";
    }

    /**
     * A signed-in person reports the debate with a reason (its comments are flagged through the comment engine's
     * section, with a reason of their own, and moderated in the shared queue).
     */
    @PostMapping(PATH + "/{number}/reportar")
    String report(@PathVariable String slug, @PathVariable int number,
            @RequestParam(required = false) ReportReason reportReason, @RequestParam(required = false) String note,
            Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, REPORT_FORM, "participation.notice.reported",
                () -> reports.report(slug, number, reportReason, note));
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/debates/" + number;
    }

    /** The process's reported debates, for its moderators (comments wait in the comment engine's queue). */
    @GetMapping(ProcessPages.BASE + "/{slug}/moderacion")
    String queue(@PathVariable String slug, Model model) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.MODERATE);
        model.addAttribute("process", process);
        model.addAttribute("reports", reports.pending(process));
        model.addAttribute("reasonMax", DebateReport.MAX_REASON);
        return "participation/moderation";
    }

    /** A moderator resolves the pending reports of a debate: hidden with a public reason, or dismissed. */
    @PostMapping(ProcessPages.BASE + "/{slug}/moderacion/reportes")
    String resolve(@PathVariable String slug, @RequestParam(required = false) Integer debate,
            @RequestParam(required = false) ReportResolution resolution,
            @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        // The queue's hiding form of the debate: its reason has the id hide-dN-reason.
        FlashOutcome.Form form = debate == null ? null : FlashOutcome.Form.of("hide-d" + debate, "reason");
        outcome.run(redirect, locale, form,
                resolution == ReportResolution.HIDDEN ? "participation.notice.reportsHidden"
                        : "participation.notice.reportsDismissed",
                () -> reports.resolve(slug, debate, resolution, reason));
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/moderacion#reportes";
    }

    /**
     * Those who draft the exercise's commitments turn a debate whose last day has passed into a draft commitment of a
     * plan being drafted (ADR 0081); the debate's page then names it, and the commitment's page the debate.
     */
    @PostMapping(PATH + "/{number}/compromiso")
    String draftCommitment(@PathVariable String slug, @PathVariable int number,
            @RequestParam(required = false) Long plan, @RequestParam(required = false) String code,
            @RequestParam(required = false) String title, @RequestParam(required = false) String description,
            @RequestParam(required = false) String leadInstitutionSlug, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, COMMITMENT_FORM, "participation.notice.debateCommitted",
                () -> debates.draftCommitment(slug, number,
                        new DebateService.CommitmentTerms(plan, code, title, description, leadInstitutionSlug)));
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/debates/" + number + "#compromiso";
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
