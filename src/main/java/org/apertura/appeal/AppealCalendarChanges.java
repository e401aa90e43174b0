package org.apertura.appeal;

import org.apertura.accessinfo.CalendarChanges;
import org.apertura.deadlines.CalendarChanged;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When a guarantor publishes or withdraws a non-business day, the open deadlines of appeals it affects are
 * recomputed in the same transaction as the change, after those of the requests ({@link CalendarChanges}), so none
 * ever shows a date the calendar no longer gives.
 */
@Component
class AppealCalendarChanges {

    private final AppealService appeals;

    AppealCalendarChanges(AppealService appeals) {
        this.appeals = appeals;
    }

    @EventListener
    @Order(CalendarChanges.ORDER + 1)
    void on(CalendarChanged change) {
        appeals.recompute(change.calendar(), change.firstDay(), change.lastDay());
    }
}
