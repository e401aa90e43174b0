package org.apertura.platform;

import java.util.List;
import java.util.Optional;

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

    /** Refuses with every problem found, if there is any: nothing was changed, and the caller stops. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Refuses with the problem, if there is one. */
    public static void throwIf(Optional<FieldProblem> problem) {
        if (problem.isPresent()) {
            throw new InvalidInputException(List.of(problem.get()));
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
