package org.apertura.deadlines;

import java.util.EnumSet;
import java.util.Set;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may change the business calendars, now. A guarantor's staff ({@code GUARANTOR} of its jurisdiction) or an
 * administrator creates its calendar and adds or withdraws days; only administrators adopt rule sets. A
 * calendar without a known guarantor is the administrators' to create.
 */
@Component
public class CalendarPolicy {

    /** What the actor may do with the calendar of the guarantor of this jurisdiction (null: none known). */
    public Allowed<CalendarAction> onCalendarOf(Actor actor, String jurisdictionSlug) {
        Set<CalendarAction> may = EnumSet.noneOf(CalendarAction.class);
        if (actor.isAdmin()) {
            may.addAll(EnumSet.allOf(CalendarAction.class));
        } else if (jurisdictionSlug != null && actor.holds(Role.GUARANTOR, jurisdictionSlug)) {
            may.addAll(EnumSet.of(CalendarAction.CREATE_CALENDAR, CalendarAction.CHANGE_DAYS));
        }
        return Allowed.of(CalendarAction.class, may);
    }
}
