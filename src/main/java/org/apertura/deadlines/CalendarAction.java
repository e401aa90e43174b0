package org.apertura.deadlines;

/** What can be done with a guarantor's calendar of business days and with the law's rule sets. */
public enum CalendarAction {
    /** Create the calendar of a guarantor institution. */
    CREATE_CALENDAR,
    /** Add or withdraw non-business days (each a public, versioned change). */
    CHANGE_DAYS,
    /** Adopt a shipped rule set of terms for a jurisdiction (administrators). */
    ADOPT_RULE_SET
}
