package org.apertura.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Today and now for every module, in Mexico City's time, where the calendars' days begin and end and where
 * the people reading the pages live. Time comes from the one injectable {@link Clock}, so tests move it by
 * giving another clock. The demo replays its history on a past day on its own thread ({@link #on}), so
 * that history goes through the same rules and services as real acts.
 *
 * <p>Templates format instants with it too ({@code ${#today.dateTime(x)}}), so every page shows dates the
 * same way.
 */
@Component("today")
public class Today {

    /** The zone's id, for annotations ({@code @Scheduled(zone = Today.ZONE_ID)}). */
    public static final String ZONE_ID = "America/Mexico_City";
    /** The zone of the procedures' calendars and of the portal's readers. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);
    /** The portal's first language and its formats. */
    public static final Locale LOCALE = Locale.forLanguageTag("es-MX");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Clock clock;
    private final ThreadLocal<LocalDate> replayed = new ThreadLocal<>();

    public Today(Clock clock) {
        this.clock = clock;
    }

    /** Today's date in Mexico City (or the replayed day). */
    public LocalDate date() {
        LocalDate day = replayed.get();
        return day != null ? day : LocalDate.now(clock.withZone(ZONE));
    }

    /** This instant (noon of the replayed day while replaying). */
    public Instant now() {
        LocalDate day = replayed.get();
        return day != null ? day.atTime(12, 0).atZone(ZONE).toInstant() : Instant.now(clock);
    }

    /** The zone, for code that must turn a day into instants. */
    public ZoneId zone() {
        return ZONE;
    }

    /** The instant as a date and time in Mexico City. */
    public ZonedDateTime zoned(Instant instant) {
        return instant.atZone(ZONE);
    }

    /** Runs the work as if it were that day, at noon, on this thread only. */
    public void on(LocalDate day, Runnable work) {
        on(day, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work as if it were that day, at noon, on this thread only, and gives its result. */
    public <T> T on(LocalDate day, Supplier<T> work) {
        LocalDate previous = replayed.get();
        replayed.set(day);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                replayed.remove();
            } else {
                replayed.set(previous);
            }
        }
    }

    /** The instant's day in Mexico City, as a reader sees it: 03/12/2026. Empty for no instant. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    /** The instant as a reader sees it in Mexico City: 03/12/2026 17:05. Empty for no instant. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** A date as a reader sees it: 03/12/2026. Empty for no date. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A local date and time as a reader sees it: 03/12/2026 17:05. Empty for none. */
    public String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }
}
