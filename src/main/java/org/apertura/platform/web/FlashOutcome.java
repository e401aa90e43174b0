package org.apertura.platform.web;

import java.util.Locale;
import org.apertura.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For actions that redirect back to the page they came from: runs the action and leaves, for that page,
 * either the notice (a message key) or every problem a domain rule found, in the person's language.
 */
@Component
public class FlashOutcome {

    private final MessageSource messages;

    FlashOutcome(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs the action; returns whether it succeeded. */
    public boolean run(RedirectAttributes redirect, Locale locale, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return true;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)).toList());
            return false;
        }
    }
}
