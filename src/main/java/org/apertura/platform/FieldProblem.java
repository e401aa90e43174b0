package org.apertura.platform;

/**
 * One thing wrong with one field of an input: the field name (as in the form and the API) and a message
 * key of the bundles, with its arguments.
 */
public record FieldProblem(String field, String messageKey, Object... args) {

    /** Adds {@code validation.required} on the field to the problems when the value is missing. */
    public static void required(Object value, String field, java.util.List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "validation.required"));
        }
    }

    /** Adds {@code validation.required.max} on the field when the text is blank or, stripped, longer than {@code max}. */
    public static void requiredText(String text, int max, String field, java.util.List<FieldProblem> problems) {
        if (Texts.isBlank(text) || text.strip().length() > max) {
            problems.add(new FieldProblem(field, "validation.required.max", max));
        }
    }
}
