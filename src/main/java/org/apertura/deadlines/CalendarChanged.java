package org.apertura.deadlines;

import java.time.LocalDate;

/**
 * A guarantor's calendar changed: an entry covering {@code firstDay}..{@code lastDay} was added or withdrawn,
 * and the calendar is now at {@code version}. Published inside the changing transaction, so a listener (access to
 * information) can recompute the open deadlines on that calendar before it commits, or fail it.
 */
public record CalendarChanged(String calendar, String version, LocalDate firstDay, LocalDate lastDay) {
}
