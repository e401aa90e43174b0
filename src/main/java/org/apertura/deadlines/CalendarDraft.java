package org.apertura.deadlines;

/**
 * A new calendar for a guarantor institution: the institution's slug, and optionally the calendar's slug (the
 * institution's by default) and title ("Calendario de días hábiles de …" by default).
 */
public record CalendarDraft(String guarantorSlug, String slug, String name) {
}
