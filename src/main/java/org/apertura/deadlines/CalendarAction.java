package org.apertura.deadlines;

/** What can be done with a guarantor's calendar of business days and with the law's rule sets. */
public enum CalendarAction {
    /** Create the calendar of a guarantor institution. */
    CREATE_CALENDAR,
    /** Add or withdraw non-business days and set the after-hours cut-off (each a public, versioned change). */
    CHANGE_DAYS,
    /** Set the time zone a jurisdiction's online filings are dated in (administrators). */
    SET_TIME_ZONE,
    /** Adopt a shipped rule set of terms for a jurisdiction (administrators). */
    ADOPT_RULE_SET
}
