package org.apertura.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry a guarantor published on its calendar (a day or a range, non-business days or a suspension), with
 * the version that added it and, when withdrawn, the version that withdrew it and why. Public data: the names
 * are public display names.
 */
public record CalendarDay(long id, LocalDate firstDay, LocalDate lastDay, BusinessCalendar.Kind kind, String reason,
        String publication, boolean authorityOnly, int addedInVersion, Integer withdrawnInVersion, String withdrawalReason,
        Instant recordedAt, String recordedBy, Instant withdrawnAt, String withdrawnBy) {

    public boolean withdrawn() {
        return withdrawnInVersion != null;
    }

    public boolean singleDay() {
        return firstDay.equals(lastDay);
    }

    BusinessCalendar.Closure closure() {
        return new BusinessCalendar.Closure(firstDay, lastDay, kind, reason, publication, authorityOnly);
    }

    BusinessCalendar.Entry entry() {
        return new BusinessCalendar.Entry(id, closure(), addedInVersion, withdrawnInVersion, withdrawalReason);
    }
}
