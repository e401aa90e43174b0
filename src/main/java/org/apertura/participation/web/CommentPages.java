package org.apertura.participation.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.participation.BudgetAction;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.ProjectComment;
import org.apertura.participation.ProjectCommentService;
import org.apertura.participation.Stance;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.FlashOutcome;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Comments on a project's or a debate's page (ADR 0027, 0039): comment (in a debate, an argument for or against)
 * and reply, vote up or down, flag, and — for the secretariat's people — hide with a
 * reason, restore, and the queue of flagged comments. Plain forms that redirect back to the comment: no script needed.
 */
@Controller
class CommentPages {

    static final String PROJECT = ProcessPages.BASE + "/{slug}/proyectos/{number}";
    /** A debate's page: it takes comments the same way as a project's (ADR 0039). */
    static final String DEBATE = ProcessPages.BASE + "/{slug}/debates/{number}";
    static final List<String> COMMENT_COLUMNS = List.of("participation.comment.id", "participation.number",
            "participation.comment.debate", "participation.comment.replyTo", "participation.comment.stance",
            "participation.comment.official", "participation.comment.author", "participation.comment.postedAt",
            "participation.comment.text", "participation.comment.hiddenAt", "participation.comment.reason",
            "participation.comment.votesUp", "participation.comment.votesDown");

    private final ParticipationService service;
    private final ProjectCommentService comments;
    private final FlashOutcome outcome;
    private final CsvExport csv;
    private final org.apertura.participation.DebateReportService reports;

    CommentPages(ParticipationService service, ProjectCommentService comments, FlashOutcome outcome, CsvExport csv,
            org.apertura.participation.DebateReportService reports) {
        this.reports = reports;
        this.service = service;
        this.comments = comments;
        this.outcome = outcome;
        this.csv = csv;
    }

    @PostMapping({PROJECT + "/comentarios", DEBATE + "/comentarios"})
    String post(@PathVariable String slug, jakarta.servlet.http.HttpServletRequest request, @PathVariable int number,
            @RequestParam(required = false) Long replyTo, @RequestParam(required = false) Stance stance,
            @RequestParam(required = false) String body, Locale locale, RedirectAttributes redirect) {
        ProjectComment[] posted = new ProjectComment[1];
        boolean done = outcome.run(redirect, locale, "participation.notice.commented",
                () -> posted[0] = comments.post(on(slug, request, number), replyTo, stance, body));
        if (!done) {
            redirect.addFlashAttribute("commentDraft", body);
            redirect.addFlashAttribute("draftReplyTo", replyTo);
            return back(slug, request, number, replyTo == null ? "comentar" : "comentario-" + replyTo);
        }
        return back(slug, request, number, "comentario-" + posted[0].getId());
    }

    @PostMapping({PROJECT + "/comentarios/{id}/marcar", DEBATE + "/comentarios/{id}/marcar"})
    String flag(@PathVariable String slug, jakarta.servlet.http.HttpServletRequest request, @PathVariable int number, @PathVariable long id,
            Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.flagged", () -> comments.flag(on(slug, request, number), id));
        return back(slug, request, number, "comentario-" + id);
    }

    @PostMapping({PROJECT + "/comentarios/{id}/votar", DEBATE + "/comentarios/{id}/votar"})
    String rate(@PathVariable String slug, jakarta.servlet.http.HttpServletRequest request, @PathVariable int number, @PathVariable long id,
            @RequestParam(required = false, defaultValue = "0") int vote, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.commentRated",
                () -> comments.rate(on(slug, request, number), id, vote));
        return back(slug, request, number, "comentario-" + id);
    }

    @PostMapping({PROJECT + "/comentarios/{id}/ocultar", DEBATE + "/comentarios/{id}/ocultar"})
    String hide(@PathVariable String slug, jakarta.servlet.http.HttpServletRequest request, @PathVariable int number, @PathVariable long id,
            @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.commentHidden",
                () -> comments.hide(on(slug, request, number), id, reason));
        return back(slug, request, number, "comentario-" + id);
    }

    @PostMapping({PROJECT + "/comentarios/{id}/restaurar", DEBATE + "/comentarios/{id}/restaurar"})
    String restore(@PathVariable String slug, jakarta.servlet.http.HttpServletRequest request, @PathVariable int number,
            @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.commentRestored",
                () -> comments.restore(on(slug, request, number), id));
        return back(slug, request, number, "comentario-" + id);
    }

    /** Where the form was posted: a debate's address, or a project's. */
    private static boolean debate(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().contains("/debates/");
    }

    private static ProjectCommentService.On on(String slug, jakarta.servlet.http.HttpServletRequest request,
            int number) {
        return new ProjectCommentService.On(slug, debate(request), number);
    }

    /** The flagged comments still shown, for the secretariat's people. */
    @GetMapping(ProcessPages.BASE + "/{slug}/moderacion")
    String queue(@PathVariable String slug, Model model) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.MODERATE);
        model.addAttribute("process", process);
        model.addAttribute("flagged", comments.flagged(process));
        model.addAttribute("reports", reports.pending(process));
        model.addAttribute("reasonMax", ProjectComment.MAX_REASON);
        return "participation/moderation";
    }

    /**
     * Every comment of a process: hidden ones (or in a hidden debate) without their text, with the moderator's reason;
     * no personal data.
     */
    @GetMapping(ProcessPages.BASE + "/{slug}/comentarios.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug) {
        return csv.download(slug + "-comentarios.csv", COMMENT_COLUMNS, comments.rows(service.process(slug)).stream()
                .<List<?>>map(r -> {
                    ProjectComment c = r.comment();
                    return Arrays.asList(c.getId(), r.project(), r.debate(), c.getParentId(), c.getStance(),
                            c.isOfficial(), r.author(), c.getPostedAt(), r.text(), r.hiddenAt(), r.hiddenReason(),
                            r.score().up(), r.score().down());
                }).toList());
    }

    private static String back(String slug, jakarta.servlet.http.HttpServletRequest request, int number,
            String anchor) {
        return "redirect:" + ProcessPages.BASE + "/" + slug + (debate(request) ? "/debates/" : "/proyectos/") + number
                + "#" + anchor;
    }
}
