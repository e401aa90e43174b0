package org.apertura.plainlanguage;

/**
 * Counts the syllables of a Spanish word as its vowel nuclei, by the RAE orthographic rules (Ortografía
 * de la lengua española, 2010, §4.1), without a hyphenation dictionary. Only the count is computed, so
 * consonant clusters (including Mexico's inseparable {@code tl}, as in a-tlas) never change it.
 *
 * <ul>
 *   <li>a, e, o are strong; i, u, ü weak. A weak vowel with a written accent (í, ú) is stressed and
 *       counts as a nucleus of its own, like a strong one.</li>
 *   <li>Two strong (or stressed) vowels side by side are in hiatus: two nuclei (te-a-tro, pa-ís, ba-úl).
 *       So in a run of vowels, every strong or stressed vowel is a nucleus and the unstressed weak ones
 *       join it (diphthongs and triphthongs: cau-sa, a-ve-ri-guáis, U-ru-guay; ple-io-tro-pí-a).</li>
 *   <li>A run of only weak vowels is one nucleus (ciu-dad, cui-da-do, bui-tre), except two identical
 *       ones (chi-i-ta, du-un-vi-ro).</li>
 *   <li>The u of que, qui, gue, gui is silent (gui-ta-rra); ü is a vowel (pin-güi-no).</li>
 *   <li>y is a vowel at the end of a word after a vowel (hoy, rey, U-ru-guay), before a consonant after a
 *       vowel (Guay-mas), and as the conjunction y; elsewhere it is a consonant (ya, a-yer).</li>
 *   <li>A silent h between vowels does not break the run (ahu-ma-do, va-he-e, bú-ho), except before u
 *       and another vowel, where hu starts a syllable (ma-ri-hua-na, ca-ca-hua-te).</li>
 *   <li>A word with no vowel at all (an acronym such as PNT) counts as one syllable.</li>
 * </ul>
 * Prefix boundaries (sub-ra-yar) would need morphology and are not treated.
 */
public final class Syllables {

    private Syllables() {
    }

    /** The number of syllables of one word (a run of letters); at least 1. */
    public static int count(CharSequence word) {
        int length = word.length();
        if (length == 1 && lower(word.charAt(0)) == 'y') {
            return 1;
        }
        VowelRun run = new VowelRun();
        for (int i = 0; i < length; i++) {
            char c = lower(word.charAt(i));
            char next = i + 1 < length ? lower(word.charAt(i + 1)) : 0;
            char afterNext = i + 2 < length ? lower(word.charAt(i + 2)) : 0;
            if (c == 'h') {
                if ((next == 'u' || next == 'ü') && isVowel(afterNext)) {
                    run.end();
                }
                continue;
            }
            if (c == 'u' && i > 0 && (lower(word.charAt(i - 1)) == 'q' || lower(word.charAt(i - 1)) == 'g')
                    && isFront(next)) {
                continue;
            }
            if (c == 'y') {
                boolean afterVowel = i > 0 && isVowel(lower(word.charAt(i - 1)));
                c = afterVowel && (next == 0 || !isVowel(next)) ? 'i' : 0;
            }
            if (c != 0 && isVowel(c)) {
                run.add(c);
            } else {
                run.end();
            }
        }
        run.end();
        return Math.max(run.nuclei, 1);
    }

    /** The vowels of one uninterrupted run, and the nuclei counted so far in the word. */
    private static final class VowelRun {
        int nuclei;
        int strong;
        int weakGroups;
        char lastWeak;

        void add(char vowel) {
            if (isStrongOrStressed(vowel)) {
                strong++;
                lastWeak = 0;
            } else {
                char base = vowel == 'ü' ? 'u' : vowel;
                if (lastWeak == 0 || lastWeak == base) {
                    weakGroups++;
                }
                lastWeak = base;
            }
        }

        /** Every strong or stressed vowel is a nucleus; without one, each group of weak vowels is. */
        void end() {
            nuclei += strong > 0 ? strong : weakGroups;
            strong = 0;
            weakGroups = 0;
            lastWeak = 0;
        }
    }

    static char lower(char c) {
        return Character.toLowerCase(c);
    }

    static boolean isVowel(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü', 'à', 'è', 'ì', 'ò', 'ù', 'ï' -> true;
            default -> false;
        };
    }

    private static boolean isStrongOrStressed(char c) {
        return switch (c) {
            case 'a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú', 'à', 'è', 'ò', 'ì', 'ù' -> true;
            default -> false;
        };
    }

    private static boolean isFront(char c) {
        return c == 'e' || c == 'i' || c == 'é' || c == 'í';
    }
}
