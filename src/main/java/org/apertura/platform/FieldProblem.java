package org.apertura.platform;

/**
 * One thing wrong with one field of an input: the field name (as in the form and the API) and a message
 * key of the bundles, with its arguments.
 */
public record FieldProblem(String field, String messageKey, Object... args) {
}
