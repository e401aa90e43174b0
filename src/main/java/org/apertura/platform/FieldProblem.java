package org.apertura.platform;

import java.util.List;
import java.util.Optional;

/**
 * One thing wrong with one field of an input: the field name (as in the form and the API) and a message
 * key of the bundles, with its arguments.
 */
public record FieldProblem(String field, String messageKey, Object... args) {

    /** Adds {@code validation.required} on the field to the problems when the value is missing. */
    public static void required(Object value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "validation.required"));
        }
    }

    /** Adds {@code validation.required.max} on the field when the text is blank or, stripped, longer than {@code max}. */
    public static void requiredText(String text, int max, String field, List<FieldProblem> problems) {
        blankOrLongerThan(text, max, field, "validation.required.max").ifPresent(problems::add);
    }

    /** Adds {@code validation.max} on the field when the text, stripped, is longer than {@code max} (none is fine). */
    public static void atMost(String text, int max, String field, List<FieldProblem> problems) {
        longerThan(text, max, field, "validation.max").ifPresent(problems::add);
    }

    /** {@code messageKey} (with {@code max}) on the field when the text is blank or, stripped, longer than max. */
    public static Optional<FieldProblem> blankOrLongerThan(String text, int max, String field, String messageKey) {
        return Texts.isBlank(text) || text.strip().length() > max
                ? Optional.of(new FieldProblem(field, messageKey, max)) : Optional.empty();
    }

    /** {@code messageKey} (with {@code max}) on the field when the text, stripped, is longer than {@code max}. */
    public static Optional<FieldProblem> longerThan(String text, int max, String field, String messageKey) {
        return text != null && text.strip().length() > max
                ? Optional.of(new FieldProblem(field, messageKey, max)) : Optional.empty();
    }
}
