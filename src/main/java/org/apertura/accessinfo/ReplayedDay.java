package org.apertura.accessinfo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today and now for the procedures, in Mexico City, where the calendars' days begin and end. Only the demo
 * replays a past day on its own thread, so its history goes through the same rules and services as real acts.
 */
final class ReplayedDay {

    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final ThreadLocal<LocalDate> DAY = new ThreadLocal<>();

    private ReplayedDay() {
    }

    static LocalDate today(Clock clock) {
        LocalDate replayed = DAY.get();
        return replayed != null ? replayed : LocalDate.now(clock.withZone(ZONE));
    }

    static Instant now(Clock clock) {
        LocalDate replayed = DAY.get();
        return replayed != null ? replayed.atTime(12, 0).atZone(ZONE).toInstant() : Instant.now(clock);
    }

    /** Runs the work as if it were that day, at noon. */
    static void on(LocalDate day, Runnable work) {
        DAY.set(day);
        try {
            work.run();
        } finally {
            DAY.remove();
        }
    }
}
