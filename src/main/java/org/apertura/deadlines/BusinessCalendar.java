package org.apertura.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One business calendar at one version, as an immutable value: the national rules (weekends and LFT art. 74,
 * {@link NationalCalendar}) plus the closed periods a guarantor body published, each a single day or a range.
 * Every answer is a pure function of these; {@link BusinessCalendars} loads and caches one per calendar.
 */
public final class BusinessCalendar {

    /** The longest range one entry may close: a year, leap day included. */
    public static final int MAX_RANGE_DAYS = 366;

    /** What a published entry declares. */
    public enum Kind {
        /** One or more days the guarantor declared non-business days (días inhábiles). */
        NON_BUSINESS_DAY,
        /** A suspension of terms over a period (suspensión de plazos). */
        SUSPENSION;

        /** The reason a closed day gets in {@link NationalCalendar.NonBusinessDay}. */
        String reason() {
            return this == SUSPENSION ? "SUSPENSION" : "GUARANTOR_DAY";
        }
    }

    /** A closed period, first and last day included, with why and where it was published. */
    public record Closure(LocalDate firstDay, LocalDate lastDay, Kind kind, String reason, String publication) {

        public Closure {
            Objects.requireNonNull(firstDay, "firstDay");
            Objects.requireNonNull(lastDay, "lastDay");
            Objects.requireNonNull(kind, "kind");
            if (lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("a closure cannot end before it starts");
            }
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }

        public boolean overlaps(LocalDate first, LocalDate last) {
            return !first.isAfter(lastDay) && !last.isBefore(firstDay);
        }

        public long length() {
            return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        }
    }

    /**
     * A published entry with its history: the calendar version that added it and, once withdrawn, the
     * version that withdrew it. Nothing is deleted, so every older version can be rebuilt.
     */
    public record Entry(long id, Closure closure, int addedInVersion, Integer withdrawnInVersion,
            String withdrawalReason) {

        public boolean activeAt(int version) {
            return addedInVersion <= version && (withdrawnInVersion == null || withdrawnInVersion > version);
        }

        public boolean withdrawn() {
            return withdrawnInVersion != null;
        }
    }

    private final String name;
    private final int version;
    private final List<Closure> closures;

    private BusinessCalendar(String name, int version, List<Closure> closures) {
        this.name = name;
        this.version = version;
        this.closures = closures.stream().sorted(Comparator.comparing(Closure::firstDay)).toList();
    }

    /** The national calendar: weekends and LFT art. 74 only. */
    public static BusinessCalendar national() {
        return new BusinessCalendar(BusinessCalendars.NATIONAL, 0, List.of());
    }

    /** A guarantor's calendar at a version with the closures active in it. */
    public static BusinessCalendar of(String name, int version, List<Closure> closures) {
        if (version < 1) {
            throw new IllegalArgumentException("a guarantor calendar's versions start at 1");
        }
        return new BusinessCalendar(name, version, closures);
    }

    /** A guarantor's calendar as it was at {@code version}, rebuilt from its entries' history. */
    public static BusinessCalendar at(String name, int version, List<Entry> entries) {
        return of(name, version, entries.stream().filter(e -> e.activeAt(version)).map(Entry::closure).toList());
    }

    public String name() {
        return name;
    }

    /** 0 for the national calendar; 1 when a guarantor's calendar is created, one more with each change. */
    public int number() {
        return version;
    }

    /**
     * The version recorded with each deadline: {@code nacional/LFT-74/DOF-2024-09-30} for the national
     * calendar, {@code idaip/v3+nacional/LFT-74/DOF-2024-09-30} for a guarantor's, naming both parts.
     */
    public String version() {
        return version == 0 ? NationalCalendar.VERSION : name + "/v" + version + "+" + NationalCalendar.VERSION;
    }

    public List<Closure> closures() {
        return closures;
    }

    /** The published closure that covers a day, if any. */
    public Optional<Closure> closureOn(LocalDate day) {
        for (Closure c : closures) {
            if (c.covers(day)) {
                return Optional.of(c);
            }
            if (c.firstDay().isAfter(day)) {
                break;
            }
        }
        return Optional.empty();
    }

    public boolean isBusinessDay(LocalDate day) {
        return NationalCalendar.isBusinessDay(day) && closureOn(day).isEmpty();
    }

    /** The day an act on {@code day} counts as received: that day if a business day, else the next one. */
    public LocalDate received(LocalDate day) {
        LocalDate d = day;
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The end of a term of {@code days} business days for an act on {@code from}: the count starts the business
     * day after the day received (LGTAIP 2025, art. 128) and the term ends on the last of them.
     */
    public LocalDate dueDate(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("a term cannot be negative");
        }
        LocalDate d = received(from);
        for (int counted = 0; counted < days; ) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Business days strictly after {@code from} up to and including {@code to}; zero when {@code to} is not later. */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Every day of a year that is not a business day, with the most specific reason: a rest day of the law
     * first, then the guarantor's published day or suspension (with its publication), then the weekend.
     */
    public List<NationalCalendar.NonBusinessDay> nonBusinessDays(int year) {
        Set<LocalDate> rest = NationalCalendar.restDays(year);
        List<NationalCalendar.NonBusinessDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            Optional<Closure> closure = closureOn(d);
            if (rest.contains(d)) {
                days.add(new NationalCalendar.NonBusinessDay(d, "REST_DAY"));
            } else if (closure.isPresent()) {
                days.add(new NationalCalendar.NonBusinessDay(d, closure.get().kind().reason(),
                        closure.get().reason(), closure.get().publication()));
            } else if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                days.add(new NationalCalendar.NonBusinessDay(d, "WEEKEND"));
            }
        }
        return days;
    }
}
