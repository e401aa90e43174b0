package org.apertura.accessinfo;

import java.time.LocalDate;
import org.apertura.jurisdiction.BusinessCalendars;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.LawRules;
import org.apertura.jurisdiction.RuleSet;
import org.apertura.jurisdiction.Term;
import org.springframework.stereotype.Component;

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
        String version = calendars.version(calendar);
        return new Deadlines() {
            @Override
            public LocalDate received(LocalDate day) {
                return calendars.received(calendar, day);
            }

            @Override
            public LocalDate due(LocalDate from, int days) {
                return calendars.dueDate(calendar, from, days).dueDate();
            }

            @Override
            public int businessDaysBetween(LocalDate from, LocalDate to) {
                return calendars.businessDaysBetween(calendar, from, to);
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
            public String basis(org.apertura.jurisdiction.Provision provision) {
                return set.law() + " " + set.provision(provision);
            }

            @Override
            public String ruleSet() {
                return set.code();
            }

            @Override
            public String calendarVersion() {
                return version;
            }
        };
    }
}
