package org.apertura.budget;

/** What a snapshot holds: expenditure by clave presupuestaria, or revenue by CRI. */
public enum BudgetKind {
    EXPENDITURE,
    REVENUE;

    /** The lower-case word used in addresses and the API ({@code egresos}, {@code ingresos}). */
    public String word() {
        return this == EXPENDITURE ? "egresos" : "ingresos";
    }

    public static BudgetKind ofWord(String word) {
        if (word == null || word.isBlank() || word.equals("egresos") || word.equalsIgnoreCase("expenditure")) {
            return EXPENDITURE;
        }
        if (word.equals("ingresos") || word.equalsIgnoreCase("revenue")) {
            return REVENUE;
        }
        return null;
    }
}
