package org.apertura.budget;

import java.util.List;

/** An import refused with every problem found (up to a limit); nothing of it was saved. */
public class BudgetImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public BudgetImportException(List<ImportProblem> problems) {
        super(problems.size() + " problems", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
