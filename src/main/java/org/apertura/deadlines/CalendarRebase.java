package org.apertura.deadlines;

import org.apertura.jurisdiction.GuarantorsChanged;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An institution's own calendar follows its guarantor authority (issue 20; ADR 0016 left it keeping its first base):
 * when the authorities or their assignments change, in the same transaction, and each day at dawn for an assignment
 * or a succession that starts on that day.
 */
@Component
class CalendarRebase {

    private final CalendarService calendars;
    private final Today today;

    CalendarRebase(CalendarService calendars, Today today) {
        this.calendars = calendars;
        this.today = today;
    }

    @EventListener
    void on(GuarantorsChanged change) {
        calendars.rebaseOverlays(today.date());
    }

    @Scheduled(cron = "${apertura.calendars.rebase-cron:0 5 0 * * *}", zone = org.apertura.platform.time.Today.ZONE_ID)
    void daily() {
        SystemActor.run(() -> calendars.rebaseOverlays(today.date()));
    }
}
