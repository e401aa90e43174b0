package org.apertura.appeal;

import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.RequestReads;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.deadlines.Deadlines;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.springframework.stereotype.Component;

/**
 * The {@link Deadlines} of an appeal: the terms of its request's rule set (the law the request was filed under,
 * with a state's own causes), counted on the calendar of the guarantor authority that hears it
 * ({@link BusinessCalendars#calendarOfAuthority}): its own published days, never the institution's overlay (legal
 * review 2026-12 §2.6; ADR 0016).
 */
@Component
class AppealDeadlines {

    private final BusinessCalendars calendars;
    private final JurisdictionService directory;
    private final RequestReads requests;

    AppealDeadlines(BusinessCalendars calendars, JurisdictionService directory, RequestReads requests) {
        this.calendars = calendars;
        this.directory = directory;
        this.requests = requests;
    }

    /** The calendar an appeal's terms are counted on: its authority's. */
    String calendarOf(Appeal appeal) {
        return directory.institutionById(appeal.getGuarantorInstitutionId())
                .map(this::calendarOf).orElse(BusinessCalendars.NATIONAL);
    }

    private String calendarOf(Institution authority) {
        return calendars.calendarOfAuthority(authority.getId(), authority.getJurisdiction());
    }

    /** The deadlines of a filed appeal. */
    Deadlines of(Appeal appeal, AccessRequest request) {
        return Deadlines.on(calendars.calendar(calendarOf(appeal)), requests.deadlinesOf(request).rules());
    }

    /**
     * The deadlines of many appeals by appeal id, each as {@link #of} gives it: one read of their requests' rule
     * sets and one calendar per authority, whatever the number of appeals (a work queue).
     */
    java.util.Map<Long, Deadlines> ofAll(java.util.Collection<Appeal> appeals) {
        java.util.Map<Long, org.apertura.deadlines.RuleSet> rules = requests.ruleSetsOf(
                appeals.stream().map(Appeal::getRequestId).collect(java.util.stream.Collectors.toSet()));
        java.util.Map<Long, org.apertura.deadlines.BusinessCalendar> byAuthority = new java.util.HashMap<>();
        java.util.Map<Long, Deadlines> all = new java.util.HashMap<>();
        for (Appeal appeal : appeals) {
            org.apertura.deadlines.BusinessCalendar calendar = byAuthority.computeIfAbsent(
                    appeal.getGuarantorInstitutionId(), id -> calendars.calendar(calendarOf(appeal)));
            all.put(appeal.getId(), Deadlines.on(calendar, rules.get(appeal.getRequestId())));
        }
        return all;
    }

    /**
     * The deadlines of the request's Transparency Unit (its institution's calendar): the forwarding of an appeal
     * filed with it (art. 144 ¶2).
     */
    Deadlines unit(AccessRequest request) {
        return requests.deadlinesOf(request);
    }

    /** The deadlines of an appeal of a request before an authority (filing, or its window). */
    Deadlines before(Institution authority, AccessRequest request) {
        return Deadlines.on(calendars.calendar(calendarOf(authority)), requests.deadlinesOf(request).rules());
    }
}
