package org.apertura.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apertura.jurisdiction.DayInput;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/**
 * An entry to publish on a guarantor's calendar, as typed in the form or sent to the API: dates as
 * {@code YYYY-MM-DD} (no last day means a single day), the kind (non-business days by default), the reason, the
 * publication reference (gazette and date) and, for a suspension, whether it is limited to the procedures before
 * the authority (absent: no).
 */
public record CalendarDayDraft(String firstDay, String lastDay, BusinessCalendar.Kind kind, String reason,
        String publication, Boolean authorityOnly) {

    public static final int MAX_TEXT = 300;

    /** An entry every institution calendar overlaying this one inherits. */
    public CalendarDayDraft(String firstDay, String lastDay, BusinessCalendar.Kind kind, String reason,
            String publication) {
        this(firstDay, lastDay, kind, reason, publication, Boolean.FALSE);
    }

    /** Every broken rule at once, or the closure to record. */
    BusinessCalendar.Closure check() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate first = date(firstDay, "firstDay", true, problems);
        LocalDate last = date(lastDay, "lastDay", false, problems);
        if (first != null && last == null && (lastDay == null || lastDay.isBlank())) {
            last = first;
        }
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                problems.add(new FieldProblem("lastDay", "calendars.error.lastBeforeFirst"));
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > BusinessCalendar.MAX_RANGE_DAYS) {
                problems.add(new FieldProblem("lastDay", "calendars.error.rangeTooLong", BusinessCalendar.MAX_RANGE_DAYS));
            }
        }
        text(reason, "reason", problems);
        text(publication, "publication", problems);
        boolean ownProceduresOnly = Boolean.TRUE.equals(authorityOnly);
        if (ownProceduresOnly && kind != BusinessCalendar.Kind.SUSPENSION) {
            problems.add(new FieldProblem("authorityOnly", "calendars.error.authorityOnlyKind"));
        }
        InvalidInputException.throwIfAny(problems);
        return new BusinessCalendar.Closure(first, last, kind == null ? BusinessCalendar.Kind.NON_BUSINESS_DAY : kind,
                reason.strip(), publication.strip(), ownProceduresOnly);
    }

    static LocalDate date(String text, String field, boolean required, List<FieldProblem> problems) {
        return DayInput.parse(text, field, required, problems);
    }

    static void text(String text, String field, List<FieldProblem> problems) {
        FieldProblem.requiredText(text, MAX_TEXT, field, problems);
    }
}
