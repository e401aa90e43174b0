package org.apertura;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/** What a test asserts of a refused input: the work is refused as bad input, and these are its message keys. */
public final class Refusals {

    private Refusals() {
    }

    /** The message keys of the refusal; fails unless the work throws {@link InvalidInputException}. */
    public static List<String> keys(Runnable work) {
        List<String> keys = new ArrayList<>();
        assertThatThrownBy(work::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> e.problems().stream().map(FieldProblem::messageKey).forEach(keys::add));
        return keys;
    }
}
