package org.apertura.deadlines;

import java.util.EnumSet;
import java.util.Set;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may change the business calendars, now. A guarantor authority's staff ({@code GUARANTOR} of that authority) or
 * an administrator creates its calendar (and the institution calendars overlaying it) and adds or withdraws days; only administrators adopt rule sets. A
 * calendar without a known guarantor is the administrators' to create.
 */
@Component
public class CalendarPolicy {

    /** What the actor may do with a calendar kept by this guarantor authority (its slug; null: none known). */
    public Allowed<CalendarAction> onCalendarOf(Actor actor, String authoritySlug) {
        Set<CalendarAction> may = EnumSet.noneOf(CalendarAction.class);
        if (actor.isAdmin()) {
            may.addAll(EnumSet.allOf(CalendarAction.class));
        } else if (authoritySlug != null && actor.holds(Role.GUARANTOR, authoritySlug)) {
            may.addAll(EnumSet.of(CalendarAction.CREATE_CALENDAR, CalendarAction.CHANGE_DAYS));
        }
        return Allowed.of(CalendarAction.class, may);
    }
}
