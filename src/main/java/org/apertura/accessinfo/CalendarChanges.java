package org.apertura.accessinfo;

import org.apertura.jurisdiction.CalendarChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a guarantor publishes or withdraws a non-business day, the open deadlines it affects are recomputed
 * in the same transaction as the change, so no request ever shows a date the calendar no longer gives.
 */
@Component
class CalendarChanges {

    private final AccessRequestService service;

    CalendarChanges(AccessRequestService service) {
        this.service = service;
    }

    @EventListener
    void on(CalendarChanged change) {
        service.recompute(change.calendar(), change.firstDay(), change.lastDay());
    }
}
