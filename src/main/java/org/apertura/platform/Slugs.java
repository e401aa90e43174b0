package org.apertura.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns names into URL slugs: lower case ASCII letters, digits and single hyphens. */
public final class Slugs {

    /** What a valid slug looks like; forms and the database agree on it. */
    public static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** "Gómez Palacio" becomes "gomez-palacio"; ñ becomes n. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);
        String ascii = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String slug = NON_ALNUM.matcher(ascii).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 80 && VALID.matcher(slug).matches();
    }
}
