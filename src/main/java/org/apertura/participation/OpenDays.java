package org.apertura.participation;

import java.time.LocalDate;
import java.util.Optional;
import org.apertura.platform.FieldProblem;

/**
 * The days a consultation or a debate is open, both included (ADR 0039): the same rule for answering a question and
 * for arguing in a debate, checked by their own guards.
 */
record OpenDays(LocalDate from, LocalDate to) {

    /** Why the days are not a window: a first day, then a last day on or after it, within the process's dates. */
    static Optional<FieldProblem> refused(LocalDate from, LocalDate to) {
        return from == null || to == null || to.isBefore(from)
                ? Optional.of(new FieldProblem("opensOn", "participation.validation.openDays"))
                : Optional.empty();
    }

    /** Why a window opened on the day may not end then: its last day has passed. */
    static Optional<FieldProblem> endedBefore(LocalDate to, LocalDate today) {
        return to != null && to.isBefore(today) ? Optional.of(new FieldProblem("closesOn",
                "participation.validation.closesPast")) : Optional.empty();
    }

    boolean isOpenOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    boolean isClosedOn(LocalDate day) {
        return day.isAfter(to);
    }

    /** Why nothing may be done on the day (the field and the key name what), or empty while open. */
    Optional<FieldProblem> refusedOn(LocalDate day, String field, String key) {
        return isOpenOn(day) ? Optional.empty()
                : Optional.of(new FieldProblem(field, key, BudgetProcess.day(from), BudgetProcess.day(to)));
    }
}
