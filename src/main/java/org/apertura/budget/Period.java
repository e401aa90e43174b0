package org.apertura.budget;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a snapshot's figures cover: the fiscal year from January to the end of a month, reported by month or by
 * quarter. The moments are recorded as the operations happen (LGCG art. 38), so an office that closes its books
 * monthly can publish each month; the financial information is published at least every quarter (LGCG art. 51, the
 * Ley de Disciplina Financiera's quarterly reports). A quarter is the cut-off at its last month (the first quarter is
 * January to March), so a monthly cut-off of March and the first quarter mean the same figures, and the later import
 * of the two counts.
 *
 * @param month   the last month covered, 1 to 12
 * @param monthly reported as a month's cut-off rather than a quarter's
 */
public record Period(int month, boolean monthly) {

    public Period {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
        if (!monthly && month % 3 != 0) {
            throw new IllegalArgumentException("a quarter ends in March, June, September or December: " + month);
        }
    }

    public static Period ofQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        return new Period(quarter * 3, false);
    }

    public static Period ofMonth(int month) {
        return new Period(month, true);
    }

    /** From the key forms and the API use ({@code Q1}–{@code Q4}, {@code M1}–{@code M12}); null when it is neither. */
    public static Period parse(String key) {
        if (key == null || !key.matches("[QqMm](1[0-2]|[1-9])")) {
            return null;
        }
        int n = Integer.parseInt(key.substring(1));
        boolean month = Character.toUpperCase(key.charAt(0)) == 'M';
        return month ? of(null, n) : of(n, null);
    }

    /**
     * The period named by exactly one of a quarter (1–4) or a month (1–12), as the API takes them; null when both,
     * neither or a number out of range is given (the import refuses "no period" with its reason).
     */
    public static Period of(Integer quarter, Integer month) {
        if ((quarter == null) == (month == null)) {
            return null;
        }
        if (month != null) {
            return month >= 1 && month <= 12 ? ofMonth(month) : null;
        }
        return quarter >= 1 && quarter <= 4 ? ofQuarter(quarter) : null;
    }

    /** Every period an import may choose, the quarters first. */
    public static List<Period> choices() {
        List<Period> all = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            all.add(ofQuarter(q));
        }
        for (int m = 1; m <= 12; m++) {
            all.add(ofMonth(m));
        }
        return all;
    }

    /** The quarter its last month falls in. */
    public int quarter() {
        return (month - 1) / 3 + 1;
    }

    /** Its key: {@code Q2} or {@code M5}; message keys {@code budget.period.*.Q2} give its words. */
    public String key() {
        return monthly ? "M" + month : "Q" + quarter();
    }

    /** Its name as a message argument: "Trimestre 2", "Mayo" ({@code budget.period.Q2}). */
    public MessageSourceResolvable name() {
        return new DefaultMessageSourceResolvable(new String[] {"budget.period." + key()}, key());
    }

    /** Its cut-off as a message argument, said after "al cierre": "del trimestre 2", "de mayo" ({@code budget.period.of.Q2}). */
    public MessageSourceResolvable cutOff() {
        return new DefaultMessageSourceResolvable(new String[] {"budget.period.of." + key()}, key());
    }

    /** The first day of the period itself (of the month, or of the quarter). */
    public LocalDate firstDay(int year) {
        return LocalDate.of(year, monthly ? month : month - 2, 1);
    }

    /** The day its figures stand at: the last day of its month. */
    public LocalDate lastDay(int year) {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    /** Whether the period has begun on that day (a period not begun can have no figures). */
    public boolean begunBy(int year, LocalDate day) {
        return !firstDay(year).isAfter(day);
    }

    /** Whether a day belongs to the period itself (a row dated in it). */
    public boolean contains(int year, LocalDate day) {
        return !day.isBefore(firstDay(year)) && !day.isAfter(lastDay(year));
    }
}
