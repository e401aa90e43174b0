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
 * Comments on a project's page (ADR 0027): comment and reply, flag, and — for the secretariat's people — hide with a
 * reason, restore, and the queue of flagged comments. Plain forms that redirect back to the comment: no script needed.
 */
@Controller
class CommentPages {

    static final String PROJECT = ProcessPages.BASE + "/{slug}/proyectos/{number}";
    static final List<String> COMMENT_COLUMNS = List.of("participation.comment.id", "participation.number",
            "participation.comment.replyTo", "participation.comment.author", "participation.comment.postedAt",
            "participation.comment.text", "participation.comment.hiddenAt", "participation.comment.reason");

    private final ParticipationService service;
    private final ProjectCommentService comments;
    private final FlashOutcome outcome;
    private final CsvExport csv;

    CommentPages(ParticipationService service, ProjectCommentService comments, FlashOutcome outcome, CsvExport csv) {
        this.service = service;
        this.comments = comments;
        this.outcome = outcome;
        this.csv = csv;
    }

    @PostMapping(PROJECT + "/comentarios")
    String post(@PathVariable String slug, @PathVariable int number, @RequestParam(required = false) Long replyTo,
            @RequestParam(required = false) String body, Locale locale, RedirectAttributes redirect) {
        ProjectComment[] posted = new ProjectComment[1];
        boolean done = outcome.run(redirect, locale, "participation.notice.commented",
                () -> posted[0] = comments.post(slug, number, replyTo, body));
        if (!done) {
            redirect.addFlashAttribute("commentDraft", body);
            redirect.addFlashAttribute("draftReplyTo", replyTo);
            return back(slug, number, replyTo == null ? "comentar" : "comentario-" + replyTo);
        }
        return back(slug, number, "comentario-" + posted[0].getId());
    }

    @PostMapping(PROJECT + "/comentarios/{id}/marcar")
    String flag(@PathVariable String slug, @PathVariable int number, @PathVariable long id, Locale locale,
            RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.flagged", () -> comments.flag(slug, number, id));
        return back(slug, number, "comentario-" + id);
    }

    @PostMapping(PROJECT + "/comentarios/{id}/ocultar")
    String hide(@PathVariable String slug, @PathVariable int number, @PathVariable long id,
            @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.commentHidden",
                () -> comments.hide(slug, number, id, reason));
        return back(slug, number, "comentario-" + id);
    }

    @PostMapping(PROJECT + "/comentarios/{id}/restaurar")
    String restore(@PathVariable String slug, @PathVariable int number, @PathVariable long id, Locale locale,
            RedirectAttributes redirect) {
        outcome.run(redirect, locale, "participation.notice.commentRestored",
                () -> comments.restore(slug, number, id));
        return back(slug, number, "comentario-" + id);
    }

    /** The flagged comments still shown, for the secretariat's people. */
    @GetMapping(ProcessPages.BASE + "/{slug}/moderacion")
    String queue(@PathVariable String slug, Model model) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.MODERATE);
        model.addAttribute("process", process);
        model.addAttribute("flagged", comments.flagged(process));
        return "participation/moderation";
    }

    /** Every comment of a process: hidden ones without their text, with the moderator's reason; no personal data. */
    @GetMapping(ProcessPages.BASE + "/{slug}/comentarios.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug) {
        BudgetProcess process = service.process(slug);
        Map<Long, Integer> numbers = new java.util.HashMap<>();
        service.projects(process).forEach(p -> numbers.put(p.getId(), p.getNumber()));
        return csv.download(slug + "-comentarios.csv", COMMENT_COLUMNS, comments.ofProcess(process).stream()
                .<List<?>>map(c -> Arrays.asList(c.getId(), numbers.get(c.getProjectId()), c.getParentId(),
                        c.getAuthorName(), c.getPostedAt(), c.publicBody().orElse(null), c.getHiddenAt(),
                        c.getHiddenReason())).toList());
    }

    private static String back(String slug, int number, String anchor) {
        return "redirect:" + ProcessPages.BASE + "/" + slug + "/proyectos/" + number + "#" + anchor;
    }
}
