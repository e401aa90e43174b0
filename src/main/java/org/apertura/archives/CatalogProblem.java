package org.apertura.archives;

/**
 * One thing wrong in an instruments file: its line (0 for the whole file), the column, the value found and a message
 * key (Spanish and English bundles) with its arguments.
 */
public record CatalogProblem(int line, String column, String value, String messageKey, Object... args) {
}
