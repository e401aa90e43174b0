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
}
