package org.apertura.comments.web;

import java.util.List;
import java.util.Locale;
import org.apertura.comments.DiscussionComment;
import org.apertura.comments.DiscussionService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.web.FlashOutcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The comment engine's forms (ADR 0067), on whatever page shows a subject's comments: comment and reply, vote up or
 * down, flag with a reason, and — for the subject's moderators — hide with a public reason and restore, and the
 * moderation queue of every kind of subject with its "keep" decision. Plain forms that redirect
 * back to the comment on the subject's page: no script needed.
 */
@Controller
class DiscussionPages {

    static final String BASE = "/conversacion";
    static final String COMMENT = BASE + "/comentario/{id}";
    /** The moderation queue, for whoever moderates the comments of some subject. */
    static final String QUEUE = "/moderacion";
    /** The value of {@code volver} that sends a moderator back to the queue after hiding a comment. */
    static final String FROM_QUEUE = "moderacion";

    private final DiscussionService discussions;
    private final FlashOutcome outcome;

    DiscussionPages(DiscussionService discussions, FlashOutcome outcome) {
        this.discussions = discussions;
        this.outcome = outcome;
    }

    @PostMapping(BASE + "/{kind}/{id}")
    String post(@PathVariable String kind, @PathVariable String id, @RequestParam(required = false) Long replyTo,
            @RequestParam(required = false) String stance, @RequestParam(required = false) String body, Locale locale,
            RedirectAttributes redirect) {
        CommentSubject subject = discussions.find(kind, id).orElseThrow(() -> new NotFoundException(kind + " " + id));
        DiscussionComment[] posted = new DiscussionComment[1];
        boolean done = outcome.run(redirect, locale, postForm(replyTo), "discussion.notice.posted",
                () -> posted[0] = discussions.post(kind, id, replyTo, stance, body));
        if (!done) {
            redirect.addFlashAttribute("discussionDraft", body);
            redirect.addFlashAttribute("discussionReplyTo", replyTo);
            return "redirect:" + subject.path() + (replyTo == null ? "#comentar" : "#comentario-" + replyTo);
        }
        return "redirect:" + subject.path() + "#comentario-" + posted[0].getId();
    }

    @PostMapping(COMMENT + "/votar")
    String vote(@PathVariable long id, @RequestParam(required = false, defaultValue = "0") int vote, Locale locale,
            RedirectAttributes redirect) {
        outcome.run(redirect, locale, "discussion.notice.voted", () -> discussions.vote(id, vote));
        return back(id);
    }

    @PostMapping(COMMENT + "/marcar")
    String flag(@PathVariable long id, @RequestParam(required = false) String reason, Locale locale,
            RedirectAttributes redirect) {
        outcome.run(redirect, locale, FlashOutcome.Form.of("discussion-flag-" + id, "reason"),
                "discussion.notice.flagged", () -> discussions.flag(id, reason));
        return back(id);
    }

    @PostMapping(COMMENT + "/ocultar")
    String hide(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(name = "volver", required = false) String from, Locale locale, RedirectAttributes redirect) {
        boolean toQueue = FROM_QUEUE.equals(from);
        outcome.run(redirect, locale, FlashOutcome.Form.of((toQueue ? "hide-" : "discussion-hide-") + id, "reason"),
                "discussion.notice.hidden", () -> discussions.hide(id, reason));
        return toQueue ? "redirect:" + QUEUE + "#comentario-" + id : back(id);
    }

    /** The moderation queue: flagged comments of every kind the person moderates, with the reasons given. */
    @GetMapping(QUEUE)
    String queue(Model model) {
        List<DiscussionService.Flagged> reported = discussions.moderationQueue();
        model.addAttribute("reported", reported);
        model.addAttribute("names", discussions.names(reported.stream().map(DiscussionService.Flagged::comment)
                .toList()));
        model.addAttribute("reasonMax", DiscussionComment.MAX_REASON);
        return "comments/moderation";
    }

    @PostMapping(COMMENT + "/mantener")
    String keep(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "discussion.moderation.kept", () -> discussions.keep(id));
        return "redirect:" + QUEUE;
    }

    @PostMapping(COMMENT + "/restaurar")
    String restore(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "discussion.notice.restored", () -> discussions.restore(id));
        return back(id);
    }

    /**
     * The comment form that was sent: the subject's own (ids {@code discussion-body}, {@code discussion-stance}) or the
     * reply under a comment ({@code discussion-reply-ID-body}), so a refusal links to the field that was written in.
     */
    static FlashOutcome.Form postForm(Long replyTo) {
        return replyTo == null ? FlashOutcome.Form.of("discussion", "body", "stance")
                : FlashOutcome.Form.of("discussion-reply-" + replyTo, "body");
    }

    private String back(long id) {
        DiscussionComment comment = discussions.comment(id);
        CommentSubject subject = discussions.find(comment.getSubjectKind(), comment.getSubjectId())
                .orElseThrow(() -> new NotFoundException("comment " + id));
        return "redirect:" + subject.path() + "#comentario-" + id;
    }
}
