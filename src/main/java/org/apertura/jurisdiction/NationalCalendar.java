package org.apertura.jurisdiction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The national business-day calendar: Saturdays, Sundays and the mandatory rest days of the Ley Federal
 * del Trabajo, art. 74 (DOF 30-09-2024), are not business days. Pure functions of a date.
 * Guarantor authorities' own non-business days are added on top of this (see the access-to-information work).
 */
public final class NationalCalendar {

    private NationalCalendar() {
    }

    /** The mandatory rest days of a year, LFT art. 74, fractions I to VIII. */
    public static Set<LocalDate> restDays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));                                  // fr. I
        days.add(nthMonday(year, Month.FEBRUARY, 1));                                    // fr. II (5 February)
        days.add(nthMonday(year, Month.MARCH, 3));                                       // fr. III (21 March)
        days.add(LocalDate.of(year, Month.MAY, 1));                                      // fr. IV
        days.add(LocalDate.of(year, Month.SEPTEMBER, 16));                               // fr. V
        days.add(nthMonday(year, Month.NOVEMBER, 3));                                    // fr. VI (20 November)
        if (year >= 2024 && (year - 2024) % 6 == 0) {
            days.add(LocalDate.of(year, Month.OCTOBER, 1));                              // fr. VII, from 2024
        } else if (year <= 2018 && year >= 1982 && (year - 2018) % 6 == 0) {
            days.add(LocalDate.of(year, Month.DECEMBER, 1));                             // fr. VII before the 2024 reform
        }
        days.add(LocalDate.of(year, Month.DECEMBER, 25));                                // fr. VIII
        return days;
    }

    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !restDays(date.getYear()).contains(date);
    }

    /**
     * Business days strictly after {@code from} up to and including {@code to}: how much notice a call
     * published on {@code from} gives for something on {@code to}. Zero or negative when {@code to} is not later.
     */
    public static int businessDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
