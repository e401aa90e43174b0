package org.apertura.platform;

import java.util.List;

/**
 * A domain rule refused an input. Carries every problem found, field by field, so a form can show them
 * all at once and an API can return them; nothing was changed.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems.stream().map(p -> p.field() + " " + p.messageKey()).toList());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new FieldProblem(field, messageKey, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
