package org.apertura.appeal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;

/**
 * What the appellant writes (art. 146): the causes and the reasons. No name is asked for (art. 147: an appeal
 * cannot be held back for the name); the act appealed and its date come from the request.
 */
public record AppealDraft(Set<AppealCause> causes, String reasons) {

    public static final int MAX_REASONS = 8000;

    public AppealDraft {
        causes = causes == null ? Set.of() : Set.copyOf(causes);
    }

    public List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (causes.isEmpty()) {
            problems.add(new FieldProblem("causes", "appeal.validation.causes"));
        }
        if (Texts.isBlank(reasons) || reasons.strip().length() > MAX_REASONS) {
            problems.add(new FieldProblem("reasons", "validation.required.max", MAX_REASONS));
        }
        return problems;
    }
}
