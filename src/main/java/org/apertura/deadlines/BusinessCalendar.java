package org.apertura.deadlines;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
 *
 * <p>An institution's calendar is an <em>overlay</em> ({@link #overlay}): the calendar of its guarantor authority
 * (the base) plus the days the institution itself published. A suspension the authority decreed only for the
 * procedures before it ({@link Closure#authorityOnly()}, like the 90 days of the LGTAIP 2025 Transitorio Décimo
 * Octavo, which spared request handling) stays out of the overlay; its non-business days and its other
 * suspensions carry over. A calendar may publish an after-hours cut-off ({@link #cutoff()}): an online filing at
 * or after it counts as made the next day ({@link #filingDay}).
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

        /** The reason when an institution published it on its own calendar (the overlay's upper layer). */
        String institutionReason() {
            return this == SUSPENSION ? "INSTITUTION_SUSPENSION" : "INSTITUTION_DAY";
        }
    }

    /**
     * A closed period, first and last day included, with why and where it was published. {@code authorityOnly}:
     * a suspension of the procedures before the authority that decreed it only, which institutions' calendars
     * overlaying the authority's do not inherit (never set on non-business days).
     */
    public record Closure(LocalDate firstDay, LocalDate lastDay, Kind kind, String reason, String publication,
            boolean authorityOnly) {

        public Closure {
            Objects.requireNonNull(firstDay, "firstDay");
            Objects.requireNonNull(lastDay, "lastDay");
            Objects.requireNonNull(kind, "kind");
            if (lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("a closure cannot end before it starts");
            }
            if (authorityOnly && kind != Kind.SUSPENSION) {
                throw new IllegalArgumentException("only a suspension can be limited to the authority's procedures");
            }
        }

        /** A closure every calendar overlaying this one inherits. */
        public Closure(LocalDate firstDay, LocalDate lastDay, Kind kind, String reason, String publication) {
            this(firstDay, lastDay, kind, reason, publication, false);
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
    private final List<Closure> own;
    private final BusinessCalendar base;
    private final LocalTime cutoff;

    private BusinessCalendar(String name, int version, List<Closure> closures, BusinessCalendar base,
            LocalTime cutoff) {
        this.name = name;
        this.version = version;
        this.own = closures.stream().sorted(Comparator.comparing(Closure::firstDay)).toList();
        this.base = base;
        this.cutoff = cutoff;
        List<Closure> all = new ArrayList<>(own);
        if (base != null) {
            base.closures().stream().filter(c -> !c.authorityOnly()).forEach(all::add);
        }
        this.closures = all.stream().sorted(Comparator.comparing(Closure::firstDay)).toList();
    }

    private BusinessCalendar(String name, int version, List<Closure> closures) {
        this(name, version, closures, null, null);
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

    /** The same calendar with an after-hours cut-off (null: none, the whole day counts). */
    public BusinessCalendar withCutoff(LocalTime cutoff) {
        return new BusinessCalendar(name, version, own, base, cutoff);
    }

    /**
     * An institution's calendar at a version: the base (its guarantor authority's calendar) plus its own
     * published days; the base's suspensions limited to the authority's own procedures are left out. Without its
     * own cut-off the overlay uses the base's.
     */
    public static BusinessCalendar overlay(String name, int version, BusinessCalendar base, List<Closure> own,
            LocalTime cutoff) {
        if (version < 1) {
            throw new IllegalArgumentException("an institution calendar's versions start at 1");
        }
        Objects.requireNonNull(base, "base");
        return new BusinessCalendar(name, version, own, base, cutoff != null ? cutoff : base.cutoff());
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
        if (base != null) {
            return name + "/v" + version + "+" + base.version();
        }
        return version == 0 ? NationalCalendar.VERSION : name + "/v" + version + "+" + NationalCalendar.VERSION;
    }

    /** Every closure that counts on this calendar: its own and, for an overlay, those it inherits. */
    public List<Closure> closures() {
        return closures;
    }

    /** The closures this calendar itself published (for an overlay: the institution's, not the base's). */
    public List<Closure> ownClosures() {
        return own;
    }

    /** The calendar this one overlays, if it is an institution's. */
    public Optional<BusinessCalendar> base() {
        return Optional.ofNullable(base);
    }

    /** The base suspensions this overlay does not inherit: decreed for the authority's own procedures only. */
    public List<Closure> excludedFromBase() {
        return base == null ? List.of() : base.closures().stream().filter(Closure::authorityOnly).toList();
    }

    /** The after-hours cut-off of online filings, or null when the whole day counts. */
    public LocalTime cutoff() {
        return cutoff;
    }

    /**
     * The day an online filing made at {@code at} is taken as made, in the jurisdiction's time zone: its local
     * date, or the next day when it is at or after the cut-off. {@link #received} then moves it to a business
     * day. E.g. cut-off 18:00 in Mexico City: Monday 18:05 is taken as Tuesday.
     */
    public LocalDate filingDay(Instant at, ZoneId zone) {
        return filingDay(at, zone, cutoff);
    }

    /** The local date of {@code at} in {@code zone}, or the next day when at or after {@code cutoff} (if any). */
    public static LocalDate filingDay(Instant at, ZoneId zone, LocalTime cutoff) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        return cutoff != null && !local.toLocalTime().isBefore(cutoff) ? day.plusDays(1) : day;
    }

    /** The business day an online filing at {@code at} counts as received (cut-off and time zone applied). */
    public LocalDate receivedAt(Instant at, ZoneId zone) {
        return received(filingDay(at, zone));
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
                boolean inherited = base != null && !own.contains(closure.get());
                String why = base != null && !inherited ? closure.get().kind().institutionReason()
                        : closure.get().kind().reason();
                days.add(new NationalCalendar.NonBusinessDay(d, why, closure.get().reason(),
                        closure.get().publication()));
            } else if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                days.add(new NationalCalendar.NonBusinessDay(d, "WEEKEND"));
            }
        }
        return days;
    }
}
