package org.apertura.actionplan;

import org.apertura.platform.web.Labels;
import java.math.BigDecimal;

/**
 * The IRM completion levels, derived from the weighted share of completed milestones: none is "not
 * started", under half "limited", half or more "substantial", all "complete".
 */
@Labels("completion")
public enum Completion {
    NOT_STARTED,
    LIMITED,
    SUBSTANTIAL,
    COMPLETE;

    public static Completion of(BigDecimal percent) {
        int cmp50 = percent.compareTo(BigDecimal.valueOf(50));
        if (percent.signum() == 0) {
            return NOT_STARTED;
        }
        if (percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return COMPLETE;
        }
        return cmp50 < 0 ? LIMITED : SUBSTANTIAL;
    }
}
