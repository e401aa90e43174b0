package org.apertura.accessinfo;

import java.time.Instant;
import java.time.LocalDate;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.deadlines.LawRules;
import org.apertura.deadlines.RuleSet;
import org.springframework.stereotype.Component;
import org.apertura.deadlines.Deadlines;

/**
 * The {@link Deadlines} of a request: the business calendar of its institution (its own overlaying its guarantor
 * authority's, else its jurisdiction's guarantor's, at its current version) and the law rule set in force for the
 * jurisdiction on the day of the act.
 */
@Component
class RequestDeadlines {

    private final BusinessCalendars calendars;
    private final LawRules rules;

    RequestDeadlines(BusinessCalendars calendars, LawRules rules) {
        this.calendars = calendars;
        this.rules = rules;
    }

    /** The calendar of a jurisdiction's general matters (its guarantor's), for institutions without their own. */
    String calendarOf(Jurisdiction jurisdiction) {
        return calendars.calendarOf(jurisdiction);
    }

    /** The deadlines for an act of a jurisdiction on a day, on its guarantor's calendar. */
    Deadlines forAct(Jurisdiction jurisdiction, LocalDate day) {
        return of(calendars.calendarOf(jurisdiction), rules.forAct(jurisdiction, day));
    }

    /** The calendar a request to this institution is counted on (review 2026-12 §2.6). */
    String calendarOf(Institution institution) {
        return calendars.calendarOfInstitution(institution);
    }

    /** The deadlines for an act of an institution on a day. */
    Deadlines forAct(Institution institution, LocalDate day) {
        return of(calendarOf(institution), rules.forAct(institution.getJurisdiction(), day));
    }

    /**
     * The day an online filing to an institution made at {@code at} is taken as made: its date in the
     * jurisdiction's time zone, the next day at or after the calendar's after-hours cut-off.
     */
    LocalDate onlineFilingDay(Institution institution, Instant at) {
        return calendars.calendar(calendarOf(institution)).filingDay(at, calendars.zoneOf(institution.getJurisdiction()));
    }

    /** Whether any modelled law governs acts of a jurisdiction on a day (none before 2015-05-05). */
    boolean hasRuleSet(Jurisdiction jurisdiction, LocalDate day) {
        return rules.choose(jurisdiction, day).isPresent();
    }

    /** The first day any modelled law governs. */
    LocalDate firstModelledDay() {
        return rules.firstModelledDay();
    }

    /** The law a request follows, saying whether it is the general law as the fallback of the state's. */
    AppliedLaw lawOf(AccessRequest request, JurisdictionLevel level) {
        RuleSet set = ruleSet(request.getRuleSet());
        return new AppliedLaw(set.code(), set.name(), LawRules.fallback(set, level));
    }

    /** The deadlines of a filed request: its calendar now, and the rule set it was filed under. */
    Deadlines of(AccessRequest request) {
        return of(request.getCalendar(), ruleSet(request.getRuleSet()));
    }

    RuleSet ruleSet(String code) {
        return rules.byCode(code).orElseThrow(() -> new IllegalStateException("unknown rule set " + code));
    }

    Deadlines of(String calendar, RuleSet set) {
        return Deadlines.on(calendars.calendar(calendar), set);
    }
}
