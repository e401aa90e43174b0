package org.apertura.archives;

import java.util.List;

/** An instruments file was refused: every problem found, and nothing was saved. */
public class CatalogImportException extends RuntimeException {

    private final transient List<CatalogProblem> problems;

    public CatalogImportException(List<CatalogProblem> problems) {
        super("instruments file refused: " + problems.size() + " problems", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
