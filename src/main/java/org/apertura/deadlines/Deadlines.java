package org.apertura.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The deadline arithmetic of one procedure (a request, an appeal): its calendar (the guarantor's, on top of the
 * national one) and the terms of the law rule set that applies to it, in business days with their articles. Pure
 * functions.
 */
public interface Deadlines {

    /** The day an act on {@code day} counts as received: that day if a business day, else the next one. */
    LocalDate received(LocalDate day);

    /** The last day of a term of {@code days} business days counted from the day after {@code from} (art. 128). */
    LocalDate due(LocalDate from, int days);

    /** The last day of a term of the rule set counted from the day after {@code from}. */
    default LocalDate due(LocalDate from, Term term) {
        return due(from, days(term));
    }

    /** Business days strictly after {@code from} up to and including {@code to}. */
    int businessDaysBetween(LocalDate from, LocalDate to);

    /**
     * The day an online filing at {@code at} is taken as made: its date in {@code zone} (the jurisdiction's), or
     * the next day at or after the calendar's after-hours cut-off. {@link #received} then gives the business day.
     */
    LocalDate filingDay(Instant at, ZoneId zone);

    /** The rule set itself (its limits, grounds and causes). */
    RuleSet rules();

    /** The days of a term for one act: the law's, or fewer chosen for a term the law gives "up to" its days. */
    default int days(Term term, Integer chosen) {
        return rules().days(term, chosen);
    }

    /** Whether the rule set sets the term (an optional one, such as a state's admission term, may be absent). */
    default boolean sets(Term term) {
        return rules().sets(term);
    }

    /** The business days of a term in the rule set. */
    int days(Term term);

    /** The legal basis of a term: the law and its article, e.g. "LGTAIP 2025 art. 134 ¶1". */
    String basis(Term term);

    /** The legal basis of an act that starts no term, e.g. "LGTAIP 2025 art. 133". */
    String basis(Provision provision);

    /** The code of the rule set, e.g. {@code LGTAIP-2025}. */
    String ruleSet();

    /** The version of the calendar used, recorded with every deadline. */
    String calendarVersion();

    /** The deadlines of a business calendar (as it is at one version) under a law rule set. */
    static Deadlines on(BusinessCalendar calendar, RuleSet set) {
        return new Deadlines() {
            @Override
            public LocalDate received(LocalDate day) {
                return calendar.received(day);
            }

            @Override
            public LocalDate due(LocalDate from, int days) {
                return calendar.dueDate(from, days);
            }

            @Override
            public int businessDaysBetween(LocalDate from, LocalDate to) {
                return calendar.businessDaysBetween(from, to);
            }

            @Override
            public LocalDate filingDay(Instant at, ZoneId zone) {
                return calendar.filingDay(at, zone);
            }

            @Override
            public RuleSet rules() {
                return set;
            }

            @Override
            public int days(Term term) {
                return set.term(term).businessDays();
            }

            @Override
            public String basis(Term term) {
                return set.law() + " " + set.term(term).article();
            }

            @Override
            public String basis(Provision provision) {
                return set.law() + " " + set.provision(provision);
            }

            @Override
            public String ruleSet() {
                return set.code();
            }

            @Override
            public String calendarVersion() {
                return calendar.version();
            }
        };
    }
}
