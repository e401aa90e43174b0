package org.apertura.accessinfo;

import org.apertura.deadlines.CalendarChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a guarantor publishes or withdraws a non-business day, the open deadlines of requests it affects are
 * recomputed in the same transaction as the change, so none ever shows a date the calendar no longer gives (the
 * appeal module recomputes its own after this, {@code appeal.AppealCalendarChanges}).
 */
@Component
public class CalendarChanges {

    private final AccessRequestService service;
    /** Requests first, then what follows them (appeals, at a later order). */
    public static final int ORDER = 0;

    CalendarChanges(AccessRequestService service) {
        this.service = service;
    }

    @EventListener
    @org.springframework.core.annotation.Order(ORDER)
    void on(CalendarChanged change) {
        service.recompute(change.calendar(), change.firstDay(), change.lastDay());
    }
}
