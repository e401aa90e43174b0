package org.apertura.platform.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Puts the problems a domain rule found onto a form, next to the fields they concern. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Runs a use case for a submitted form unless binding already failed. When a domain rule refuses the
     * input, its problems go onto the form and the result is empty (nothing was saved).
     */
    public static <T> Optional<T> attempt(BindingResult form, Supplier<T> useCase) {
        if (form.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(useCase.get());
        } catch (InvalidInputException e) {
            apply(e, form);
            return Optional.empty();
        }
    }

    /**
     * The shape of a form post: runs the use case ({@link #attempt}); when it succeeds, the next page shows
     * {@code notice} and the browser goes to {@code address} of what it returned; when binding failed or a domain
     * rule refused the input, {@code page} shows the form again with its problems (and sets any status it needs).
     *
     * @param notice the message key flashed as {@code notice} on success
     * @param address the path to redirect to (e.g. {@code /retos/{slug}}), from what the use case returned
     * @param page the form's view, rendered again on a refusal
     */
    public static <T> String submit(BindingResult form, Supplier<T> useCase, RedirectAttributes redirect,
            String notice, Function<T, String> address, Supplier<String> page) {
        return attempt(form, useCase).map(done -> {
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + address.apply(done);
        }).orElseGet(page);
    }

    public static void apply(InvalidInputException e, BindingResult form) {
        for (FieldProblem problem : e.problems()) {
            try {
                if (form.getFieldErrorCount(problem.field()) == 0) {
                    form.rejectValue(problem.field(), problem.messageKey(), problem.args(), problem.messageKey());
                }
            } catch (NotReadablePropertyException notAField) {
                form.reject(problem.messageKey(), problem.args(), problem.messageKey());
            }
        }
    }
}
