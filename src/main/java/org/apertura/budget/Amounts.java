package org.apertura.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Amounts as Mexican budget files write them, read exactly (never through a double): {@code 1234.5},
 * {@code 1,234.50}, {@code $1 234.50}, {@code $ 1,234}, {@code -1,234.50} and the accountants' negative
 * {@code (1,234.50)}. Commas and spaces group thousands and a point separates the cents, as in Mexico; anything else
 * (letters, two points, a comma where cents would be) is not an amount.
 */
public final class Amounts {

    private Amounts() {
    }

    /** The amount, to the cent; null when the text is not an amount (blank text is zero). */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return BigDecimal.ZERO;
        }
        String s = text.strip();
        if (s.isEmpty() || s.equals("-")) {
            return BigDecimal.ZERO;
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1).strip();
        }
        if (s.startsWith("$")) {
            s = s.substring(1).strip();
        }
        if (s.startsWith("-") && !negative) {
            negative = true;
            s = s.substring(1).strip();
        }
        StringBuilder digits = new StringBuilder(s.length());
        int point = -1;
        int sinceGroup = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                if (sinceGroup >= 0 && point < 0) {
                    sinceGroup++;
                }
            } else if (c == '.' && point < 0) {
                if (sinceGroup >= 0 && sinceGroup != 3) {
                    return null;
                }
                point = digits.length();
                digits.append('.');
            } else if ((c == ',' || c == ' ' || c == '\u00a0' || c == '\u202f') && point < 0 && digits.length() > 0) {
                if (sinceGroup >= 0 && sinceGroup != 3) {
                    return null;
                }
                sinceGroup = 0;
            } else {
                return null;
            }
        }
        if (sinceGroup >= 0 && point < 0 && sinceGroup != 3) {
            return null;
        }
        if (digits.isEmpty() || digits.length() == 1 && point == 0 || point == digits.length() - 1 && point == 0) {
            return null;
        }
        BigDecimal value = new BigDecimal(digits.toString());
        if (value.scale() > 2) {
            return null; // more than cents: not rounded silently
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
        return negative ? value.negate() : value;
    }

    /** An amount as people read it in Mexico: {@code $1,234,567.80}. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String text = format.format(amount.abs());
        return (amount.signum() < 0 ? "-$" : "$") + text;
    }

    /** A large amount shortened for a chart's label: {@code $12.3 millones}. */
    public static String millions(BigDecimal amount, Locale locale) {
        BigDecimal m = amount.movePointLeft(6).setScale(1, RoundingMode.HALF_UP);
        String word = "en".equals(locale.getLanguage()) ? " million" : " millones";
        return "$" + m.toPlainString() + word;
    }
}
