package org.apertura.appeal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on an appeal's and on an inconformidad's page, handled one way: a done act goes back to the record with
 * a notice; a refused one shows the page again with status 400, each problem next to its field (or at the top of its
 * form) and in the summary, and what was typed kept. Also the parsing of the forms' typed values.
 */
final class ActForms {

    /** A problem of a refused form, for the summary at the top: its message and the field it links to. */
    record Problem(String anchor, String message) {
    }

    /**
     * What the page shows of a refused form: its name, the problems under {@code form.field} (or {@code form.*} for
     * the form as a whole), what was typed under {@code form.field}, and the summary. {@link #NONE} on a plain visit.
     */
    record Refusal(String form, Map<String, List<String>> errors, Map<String, String> typed, List<Problem> summary) {

        static final Refusal NONE = new Refusal(null, Map.of(), Map.of(), List.of());

        void addTo(Model model) {
            model.addAttribute("errors", errors);
            model.addAttribute("typed", typed);
            model.addAttribute("summary", summary);
            model.addAttribute("failed", form);
        }
    }

    private final Map<String, List<String>> fields;
    private final MessageSource messages;
    private final String notice;
    private final String path;

    /**
     * @param fields the fields of each form, by form name
     * @param notice the message key of the notice after a done act
     * @param path the record's page, to which the folio is added
     */
    ActForms(Map<String, List<String>> fields, MessageSource messages, String notice, String path) {
        this.fields = fields;
        this.messages = messages;
        this.notice = notice;
        this.path = path;
    }

    /** The fields of a form, by its name; none for a form without fields. */
    List<String> fields(String form) {
        return fields.getOrDefault(form, List.of());
    }

    /** Does the act; if refused, shows the page again through {@code page} with the refusal. */
    String act(String folio, String form, Map<String, String> typedFields, Supplier<?> action, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Function<Refusal, String> page) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + path + folio;
        } catch (InvalidInputException e) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            List<Problem> summary = new ArrayList<>();
            List<String> known = fields(form);
            for (FieldProblem p : e.problems()) {
                String message = messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale);
                boolean onField = known.contains(p.field());
                errors.computeIfAbsent(form + "." + (onField ? p.field() : "*"), k -> new ArrayList<>()).add(message);
                summary.add(new Problem(onField ? form + "-" + p.field() : "form-" + form, message));
            }
            Map<String, String> typed = new LinkedHashMap<>();
            typedFields.forEach((field, value) -> typed.put(form + "." + field, value));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page.apply(new Refusal(form, errors, typed, summary));
        }
    }

    /** A choice of a list: null if none was made; refused on {@code field} if it is none of the choices. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (Texts.isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "validation.required");
        }
    }

}
