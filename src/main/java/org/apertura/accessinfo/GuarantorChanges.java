package org.apertura.accessinfo;

import org.apertura.jurisdiction.GuarantorsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When guarantor authorities or their assignments change from a day that has come, the pending appeals whose
 * authority no longer hears them move, in the same transaction as the change, to the authority that does (a change
 * from a later day is applied by the daily job, {@link RequestReminders}, when that day comes).
 */
@Component
class GuarantorChanges {

    private final AppealService appeals;

    GuarantorChanges(AppealService appeals) {
        this.appeals = appeals;
    }

    @EventListener
    void on(GuarantorsChanged change) {
        if (!change.effectiveOn().isAfter(appeals.today())) {
            appeals.followAuthorities(appeals.today());
        }
    }
}
