package org.apertura.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a link out of an e-mail's body, as its reader clicks it: the path on this site. */
public final class TestMailLinks {

    private TestMailLinks() {
    }

    /** The path of the first link in the body that contains {@code pathPart}. */
    public static String link(String body, String pathPart) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPart) + "\\S+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no link with " + pathPart + " in: " + body);
        }
        return m.group(1);
    }
}
