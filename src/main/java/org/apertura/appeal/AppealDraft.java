package org.apertura.appeal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;

/**
 * What the appellant writes (art. 146): the causes and the reasons. No name is asked for (art. 147: an appeal
 * cannot be held back for the name); the act appealed and its date come from the request. {@code extraCauses}: the
 * fractions of causes the request's state law adds to the general ones (e.g. Durango's "XIV"); the appeal checks
 * them against its rule set.
 */
public record AppealDraft(Set<AppealCause> causes, Set<String> extraCauses, String reasons) {

    public static final int MAX_REASONS = 8000;

    public AppealDraft {
        causes = causes == null ? Set.of() : Set.copyOf(causes);
        extraCauses = extraCauses == null ? Set.of() : Set.copyOf(extraCauses.stream().filter(c -> !Texts.isBlank(c))
                .map(String::strip).toList());
    }

    /** A draft with the general law's causes only. */
    public AppealDraft(Set<AppealCause> causes, String reasons) {
        this(causes, Set.of(), reasons);
    }

    public List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (causes.isEmpty() && extraCauses.isEmpty()) {
            problems.add(new FieldProblem("causes", "appeal.validation.causes"));
        }
        FieldProblem.requiredText(reasons, MAX_REASONS, "reasons", problems);
        return problems;
    }
}
