package org.apertura.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The national business-day calendar: Saturdays, Sundays and the mandatory rest days of the Ley Federal
 * del Trabajo, art. 74 (DOF 30-09-2024), are not business days. Pure functions of a date.
 * Guarantor bodies' own non-business days and suspensions are added on top of this by {@link BusinessCalendar}.
 */
public final class NationalCalendar {

    private NationalCalendar() {
    }

    /** The first year of the moving Mondays of LFT art. 74 fr. II, III and VI (reform of DOF 17-01-2006). */
    static final int MOVING_MONDAYS_FROM = 2006;

    /**
     * The mandatory rest days of a year, LFT art. 74, fractions I to VIII. Fraction IX (the day of an ordinary
     * federal or local election) is not listed: ordinary elections are held on a Sunday (LGIPE art. 22 ¶1 and
     * art. 25 ¶1), so that day never changes a count of business days; a state whose local election falls on
     * another day publishes it on its guarantor's calendar.
     */
    public static Set<LocalDate> restDays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        boolean mondays = year >= MOVING_MONDAYS_FROM;
        days.add(LocalDate.of(year, Month.JANUARY, 1));                                  // fr. I
        days.add(mondays ? nthMonday(year, Month.FEBRUARY, 1) : LocalDate.of(year, Month.FEBRUARY, 5));  // fr. II
        days.add(mondays ? nthMonday(year, Month.MARCH, 3) : LocalDate.of(year, Month.MARCH, 21));       // fr. III
        days.add(LocalDate.of(year, Month.MAY, 1));                                      // fr. IV
        days.add(LocalDate.of(year, Month.SEPTEMBER, 16));                               // fr. V
        days.add(mondays ? nthMonday(year, Month.NOVEMBER, 3) : LocalDate.of(year, Month.NOVEMBER, 20)); // fr. VI
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
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !REST_DAYS.computeIfAbsent(date.getYear(), year -> Set.copyOf(restDays(year))).contains(date);
    }

    /**
     * Each year's rest days, worked out once: a calendar change counts tens of thousands of terms day by day, and
     * working the year out again for every day was a sixth of its time (docs/adr/0085).
     */
    private static final java.util.Map<Integer, Set<LocalDate>> REST_DAYS = new java.util.concurrent.ConcurrentHashMap<>();

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

    /**
     * The version of the rules this calendar applies, recorded with every deadline computed from it: the LFT
     * art. 74 text as reformed in the DOF of 30-09-2024 (transfer of power on 1 October from 2024).
     */
    public static final String VERSION = "nacional/LFT-74/DOF-2024-09-30";

    /** The day an act done on {@code date} counts as received: that day if it is a business day, else the next one. */
    public static LocalDate received(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The end of a term of {@code days} business days for an act done on {@code date}: the count starts the
     * business day after the day received (LGTAIP 2025, art. 128), and the term ends on the last of them.
     */
    public static LocalDate dueDate(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("a term cannot be negative");
        }
        LocalDate day = received(date);
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Every day of a year that is not a business day, with why: weekend or a rest day of LFT art. 74. */
    public static java.util.List<NonBusinessDay> nonBusinessDays(int year) {
        Set<LocalDate> rest = restDays(year);
        java.util.List<NonBusinessDay> days = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (rest.contains(d)) {
                days.add(new NonBusinessDay(d, "REST_DAY"));
            } else if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                days.add(new NonBusinessDay(d, "WEEKEND"));
            }
        }
        return days;
    }

    /**
     * A day that is not a business day, and why: {@code WEEKEND}, {@code REST_DAY} (LFT art. 74), or on a
     * guarantor's calendar {@code GUARANTOR_DAY} or {@code SUSPENSION}, with the guarantor's own words
     * ({@code detail}) and the publication that declared it (both null for weekends and rest days).
     */
    public record NonBusinessDay(LocalDate date, String reason, String detail, String publication) {

        public NonBusinessDay(LocalDate date, String reason) {
            this(date, reason, null, null);
        }
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
