package org.apertura.appeal;

import org.apertura.jurisdiction.GuarantorsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When guarantor authorities or their assignments change from a day that has come, the pending appeals whose
 * authority no longer hears them move, in the same transaction as the change, to the authority that does (a change
 * from a later day is applied by the daily job, {@link #daily()}, when that day comes).
 */
@Component
class GuarantorChanges {

    private static final Logger log = LoggerFactory.getLogger(GuarantorChanges.class);

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

    /** Every morning (with the requests' reminders), the pending appeals follow an authority that changed today. */
    @Scheduled(cron = "${apertura.reminders.cron:0 0 8 * * *}", zone = org.apertura.platform.time.Today.ZONE_ID)
    void daily() {
        int moved = appeals.followAuthorities(appeals.today());
        if (moved > 0) {
            log.info("Appeals: {} pending appeals followed their guarantor authority's successor", moved);
        }
    }
}
