package org.apertura.platform;

import java.net.URI;

/** Small checks on text that every module's inputs need, written once. */
public final class Texts {

    private Texts() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The text without surrounding white space, or null when there is none. */
    public static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
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
