package org.apertura.platform;

/**
 * Roman numerals as Mexican laws write the fractions of their articles ("fracción IV", "fr. XVII"): the one writer
 * of them for every module (reserve grounds of art. 112, appeal causes of art. 145, dismissal grounds of art. 158,
 * discontinuance grounds of art. 159).
 */
public final class Roman {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] LETTERS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Roman() {
    }

    /** {@code n} (1 to 3999) in Roman numerals: 4 is "IV", 14 is "XIV", 17 is "XVII". */
    public static String of(int n) {
        if (n < 1 || n > 3999) {
            throw new IllegalArgumentException("no Roman numeral for " + n);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                out.append(LETTERS[i]);
                n -= VALUES[i];
            }
        }
        return out.toString();
    }

    /** The fraction of an enum constant that follows the law's order: the first constant is fraction I. */
    public static String fraction(Enum<?> constant) {
        return of(constant.ordinal() + 1);
    }
}
