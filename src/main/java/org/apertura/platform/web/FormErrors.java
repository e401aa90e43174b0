package org.apertura.platform.web;

import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts the problems a domain rule found onto a form, next to the fields they concern. */
public final class FormErrors {

    private FormErrors() {
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
