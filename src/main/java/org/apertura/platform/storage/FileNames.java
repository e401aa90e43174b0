package org.apertura.platform.storage;

/**
 * The name an uploaded file is kept and offered under. A browser or a program may send any name: a path,
 * control characters, a NUL (which PostgreSQL refuses), hundreds of characters (the columns hold 255), or
 * nothing. The name is only a label, so it is cleaned rather than refused: the last path segment, letters,
 * digits, dot, dash, underscore and space (anything else becomes {@code _}), at most {@link #MAX} characters
 * keeping the extension, and the fallback when nothing is left.
 */
public final class FileNames {

    /** The longest name kept. */
    public static final int MAX = 120;

    private FileNames() {
    }

    public static String safe(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String base = name;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        if (slash >= 0) {
            base = base.substring(slash + 1);
        }
        StringBuilder clean = new StringBuilder(Math.min(base.length(), 1024));
        base.codePoints().limit(4096).forEach(c -> clean.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ' ' ? c : '_'));
        String result = clean.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isBlank() || result.chars().allMatch(c -> c == '_' || c == '.' || c == ' ')) {
            return fallback;
        }
        if (result.length() > MAX) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            result = result.substring(0, MAX - extension.length()).strip() + extension;
        }
        return result;
    }
}
