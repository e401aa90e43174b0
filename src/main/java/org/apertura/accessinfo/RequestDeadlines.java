package org.apertura.accessinfo;

import java.time.LocalDate;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.deadlines.LawRules;
import org.apertura.deadlines.RuleSet;
import org.springframework.stereotype.Component;
import org.apertura.deadlines.Deadlines;

/**
 * The {@link Deadlines} of a request: the business calendar of its jurisdiction's guarantor (at its current
 * version) and the law rule set in force for the jurisdiction on the day of the act.
 */
@Component
class RequestDeadlines {

    private final BusinessCalendars calendars;
    private final LawRules rules;

    RequestDeadlines(BusinessCalendars calendars, LawRules rules) {
        this.calendars = calendars;
        this.rules = rules;
    }

    String calendarOf(Jurisdiction jurisdiction) {
        return calendars.calendarOf(jurisdiction);
    }

    /** The deadlines for an act of a jurisdiction on a day. */
    Deadlines forAct(Jurisdiction jurisdiction, LocalDate day) {
        return of(calendars.calendarOf(jurisdiction), rules.forAct(jurisdiction, day));
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
