package org.apertura.cocreation.web;

import java.util.Locale;
import org.apertura.cocreation.CocreationService;
import org.apertura.platform.web.FlashOutcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation queue: comments people reported since they were last reviewed, in the calls the person moderates,
 * the most reported first, each with the reasons given (never who reported) and the two decisions — hide it with
 * a public reason, or keep it visible. It is the moderator's place of work on their account page
 * ({@link org.apertura.cocreation.ModerationWorkPlaces}).
 */
@Controller
class ModerationPages {

    static final String QUEUE = "/moderacion";
    /** The value of {@code volver} that sends a moderator back to the queue after hiding a comment. */
    static final String BACK = "moderacion";

    private final CocreationService service;
    private final FlashOutcome outcome;

    ModerationPages(CocreationService service, FlashOutcome outcome) {
        this.service = service;
        this.outcome = outcome;
    }

    @GetMapping(QUEUE)
    String queue(Model model) {
        model.addAttribute("reported", service.moderationQueue());
        return "cocreation/moderation";
    }

    @PostMapping("/comentarios/{id}/mantener")
    String keep(@PathVariable Long id, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "cocreation.moderation.kept", () -> service.keep(id));
        return "redirect:" + QUEUE;
    }
}
