package org.apertura.platform;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Small checks on text that every module's inputs need, written once. */
public final class Texts {

    private Texts() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The text, or an empty one for none (a typed value kept for the page, a cell, a line of a document). */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The text without surrounding white space, or null when there is none. */
    public static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    /** A typed day (yyyy-MM-dd): null if blank; refused on {@code field} ({@code validation.date}) if it is none. */
    public static LocalDate day(String text, String field) {
        return day(text, field, "validation.date");
    }

    /** A typed day (yyyy-MM-dd): null if blank; refused on {@code field} with {@code messageKey} if it is none. */
    public static LocalDate day(String text, String field, String messageKey) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, messageKey);
        }
    }

    /** A typed day, or null when it is blank or no day (a form or a filter that takes what it can read). */
    public static LocalDate dayOrNull(String text) {
        try {
            return isBlank(text) ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One of the enum's constants by its exact name, or null when the text is blank or names none (a lenient choice). */
    public static <E extends Enum<E>> E choiceOrNull(Class<E> type, String text) {
        try {
            return isBlank(text) ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A typed whole number: null if blank; {@code unreadable} if it is no number (which the domain then refuses). */
    public static Integer integer(String text, Integer unreadable) {
        try {
            return isBlank(text) ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return unreadable;
        }
    }

    /** Whether the text is a full http(s) address with a host, of at most {@code maxLength} characters. */
    public static boolean isWebAddress(String text, int maxLength) {
        if (text == null || text.length() > maxLength) {
            return false;
        }
        try {
            URI uri = new URI(text.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The text's beginning, on one line, of at most {@code max} characters, cut at a word boundary and ended with
     * "…" when cut (never mid-word, unless a single word is longer than the limit).
     */
    public static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max - 1);
        String start = cut > max / 3 ? line.substring(0, cut) : line.substring(0, max - 1);
        return start.replaceAll("[\\s,;:.·-]+$", "") + "…";
    }
}
