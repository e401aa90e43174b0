package org.apertura.participation;

import java.util.Locale;
import java.util.Optional;

/**
 * The Clave Única de Registro de Población as typed: upper-cased, its shape (RENAPO's 18 characters) and its check
 * digit verified. It is only ever hashed with a server key ({@code identity.KeyedHashes}); never stored nor shown.
 */
final class Curp {

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ";

    private Curp() {
    }

    /** The CURP normalised, when it is well formed and its check digit is right. */
    static Optional<String> normalised(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String curp = typed.strip().toUpperCase(Locale.ROOT);
        if (curp.length() != 18 || !shape(curp)) {
            return Optional.empty();
        }
        return checkDigit(curp.substring(0, 17)) == curp.charAt(17) - '0' ? Optional.of(curp) : Optional.empty();
    }

    private static boolean shape(String c) {
        for (int i = 0; i < 18; i++) {
            char ch = c.charAt(i);
            boolean ok = switch (i) {
                case 0, 1, 2, 3, 11, 12, 13, 14, 15 -> ch >= 'A' && ch <= 'Z';
                case 4, 5, 6, 7, 8, 9, 17 -> ch >= '0' && ch <= '9';
                case 10 -> ch == 'H' || ch == 'M' || ch == 'X';
                default -> ch >= '0' && ch <= '9' || ch >= 'A' && ch <= 'Z';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** RENAPO's check digit of the first 17 characters. */
    static int checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += DIGITS.indexOf(first17.charAt(i)) * (18 - i);
        }
        return (10 - sum % 10) % 10;
    }
}
