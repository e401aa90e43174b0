package org.apertura.platform.web;

import java.util.Optional;
import java.util.function.Supplier;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

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
