package org.apertura.participation.web;

import java.math.BigDecimal;

/**
 * Amounts of pesos as people type them in Mexico: digits, optional thousands commas in their places and at most two
 * decimals after a point ({@code 1,234,500.50}); a leading {@code $} and spaces are ignored. Anything else (such as
 * {@code 1.234,50}) is not guessed: it reads as no amount, which the domain refuses with its message.
 */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal parse(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.replace("$", "").replace(" ", "").strip();
        if (text.isEmpty() || !text.matches("\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?|\\d+(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(text.replace(",", ""));
    }
}
