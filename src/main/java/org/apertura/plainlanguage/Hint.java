package org.apertura.plainlanguage;

/**
 * One concrete suggestion, pointing at the text from {@code start} (inclusive) to {@code end}
 * (exclusive), in UTF-16 code units. The message is a bundle key with arguments; the suggestion, when
 * there is one, is the plain wording to use instead (Spanish, as the text is).
 */
public record Hint(HintKind kind, int start, int end, String messageKey, Object[] args, String suggestion) {

    public String excerpt(String text) {
        return text.substring(start, end);
    }
}
