package org.apertura.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For actions that redirect back to the page they came from: runs the action and leaves, for that page,
 * either the notice (a message key) or every problem a domain rule found, in the person's language.
 *
 * <p>Given the {@link Form} that was sent, it also leaves which of the form's fields each problem belongs to, so the
 * page's summary ({@code fragments/forms :: flashProblems}) links each problem to its field as the summary of a form
 * that does not redirect does, and the field says it is invalid and points at its own message
 * ({@code ${#flashed.invalid(id)}}, {@code ${#flashed.describedBy(id)}}, {@code fragments/forms :: flashError(id)};
 * {@link TemplateObjectsDialect}).
 */
@Component
public class FlashOutcome {

    /** Flash attribute: every problem as a line of text (kept for pages and tests that read it so). */
    public static final String PROBLEMS = "problems";
    /** Flash attribute: every problem with the id of its field on the page, or none ({@link Flashed}). */
    public static final String LINKED = "problemLinks";
    /** Flash attribute: the message of each field with a problem, by the field's id on the page. */
    public static final String FIELDS = "problemFields";

    private final MessageSource messages;

    FlashOutcome(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A form of a page whose fields have ids {@code prefix-field} (the field as the domain's problems name it, e.g.
     * {@code answer-option}); a problem of a field the form does not have stays unlinked.
     */
    public record Form(String prefix, Set<String> fields) {

        public static Form of(String prefix, String... fields) {
            return new Form(prefix, Set.of(fields));
        }

        /** The id on the page of a field of this form, or null if the form has no such field. */
        String id(String field) {
            return field != null && fields.contains(field) ? prefix + "-" + field : null;
        }
    }

    /**
     * A problem as the page lists it: its message and the id of its field (null when it is not a field's). Serializable:
     * flash attributes travel in the session, which production keeps in the database.
     */
    public record Flashed(String target, String message) implements java.io.Serializable {
    }

    /** Runs the action; returns whether it succeeded. */
    public boolean run(RedirectAttributes redirect, Locale locale, String notice, Runnable action) {
        return run(redirect, locale, null, notice, action);
    }

    /** Runs the action sent by a form; a problem it finds is tied to the form's field it belongs to. */
    public boolean run(RedirectAttributes redirect, Locale locale, Form form, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return true;
        } catch (InvalidInputException e) {
            List<Flashed> linked = new ArrayList<>();
            Map<String, String> fields = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                String message = messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale);
                String id = form == null ? null : form.id(p.field());
                linked.add(new Flashed(id, message));
                if (id != null) {
                    fields.merge(id, message, (a, b) -> a + " " + b);
                }
            }
            redirect.addFlashAttribute(PROBLEMS, linked.stream().map(Flashed::message).toList());
            redirect.addFlashAttribute(LINKED, linked);
            redirect.addFlashAttribute(FIELDS, fields); // a LinkedHashMap of strings: serializable too
            return false;
        }
    }
}
