package org.apertura.budget;

/**
 * One thing wrong with an import: the line of the file (0 for the file as a whole), the column, the value found and
 * why (a message key of the budget bundle with its arguments).
 */
public record ImportProblem(int line, String column, String value, String messageKey, Object... args) {

    public static ImportProblem ofFile(String messageKey, Object... args) {
        return new ImportProblem(0, "", "", messageKey, args);
    }
}
