package org.apertura.accessinfo;

import org.apertura.deadlines.CalendarChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a guarantor publishes or withdraws a non-business day, the open deadlines it affects (of requests, then
 * of appeals) are recomputed in the same transaction as the change, so none ever shows a date the calendar no
 * longer gives.
 */
@Component
class CalendarChanges {

    private final AccessRequestService service;
    private final AppealService appeals;

    CalendarChanges(AccessRequestService service, AppealService appeals) {
        this.service = service;
        this.appeals = appeals;
    }

    @EventListener
    void on(CalendarChanged change) {
        service.recompute(change.calendar(), change.firstDay(), change.lastDay());
        appeals.recompute(change.calendar(), change.firstDay(), change.lastDay());
    }
}
