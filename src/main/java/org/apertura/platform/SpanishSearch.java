package org.apertura.platform;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Spanish full-text terms, the same on H2 and PostgreSQL: lower case, accents removed, stop words dropped, and
 * each word reduced by a light stemmer (after J. Savoy's light Spanish stemmer: plural and gender endings), so
 * "Contratos" and "contrato", or "información" and "informaciones", find each other. A request stores
 * its terms; a query's terms must all be present. The site search matches every module's texts the same way.
 */
public final class SpanishSearch {

    private static final Set<String> STOP = Set.of("a", "al", "ante", "con", "de", "del", "el", "en", "la", "las",
            "lo", "los", "o", "para", "por", "que", "se", "sin", "su", "sus", "un", "una", "unos", "unas", "y", "e",
            "u", "es", "son", "mi", "me", "le", "les", "como", "cual", "cuales", "sobre", "entre", "este", "esta",
            "estos", "estas", "ese", "esa", "todo", "toda", "todos", "todas", "solicito", "solicita", "favor");

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");

    private SpanishSearch() {
    }

    /** The distinct terms of a text, space-separated, each padded by spaces for prefix-free matching. */
    public static String terms(String text) {
        Set<String> terms = new LinkedHashSet<>(words(text));
        return terms.isEmpty() ? "" : " " + String.join(" ", terms) + " ";
    }

    /** The terms of a query, in order, without repeats. */
    public static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("").replace('ñ', 'n');
        for (String word : NON_WORD.split(plain)) {
            if (word.length() > 1 && !STOP.contains(word)) {
                out.add(stem(word));
            }
            if (out.size() >= 2000) {
                break;
            }
        }
        return out;
    }

    /** Whether every word of the query is among the text's terms (an empty query matches nothing). */
    public static boolean matches(Set<String> query, String... texts) {
        if (query.isEmpty()) {
            return false;
        }
        Set<String> terms = new java.util.HashSet<>();
        for (String text : texts) {
            terms.addAll(words(text));
        }
        return terms.containsAll(query);
    }

    /** A light stemmer: plurals, then gender and a few derivational endings. */
    static String stem(String word) {
        if (word.length() < 4 || word.chars().allMatch(Character::isDigit)) {
            return word;
        }
        String w = word;
        if (w.endsWith("ciones") || w.endsWith("siones")) {
            w = w.substring(0, w.length() - 5);
        } else if (w.endsWith("cion") || w.endsWith("sion")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("es") && w.length() > 4 && "lrnsdz".indexOf(w.charAt(w.length() - 3)) >= 0) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("mente") && w.length() > 7) {
            w = w.substring(0, w.length() - 5);
        }
        if (w.length() > 4 && (w.endsWith("a") || w.endsWith("o") || w.endsWith("e"))) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
