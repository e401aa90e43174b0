package org.apertura.deadlines;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a running term spans: the business day it is counted from and the day it is due. A step's
 * {@link RunningTerm} has one; a procedure that keeps its running terms on itself (an appeal's clarification,
 * resolution, compliance, objection, verification and superior's compliance) keeps one each, on its own two columns
 * through attribute overrides. Stored with both days empty it reads back as null (no term running), so a procedure
 * reads it through {@link #from(TermSpan)} and {@link #due(TermSpan)}.
 */
@Embeddable
public class TermSpan {

    private LocalDate termFrom;
    private LocalDate dueDate;

    protected TermSpan() {
    }

    private TermSpan(LocalDate from, LocalDate due) {
        this.termFrom = from;
        this.dueDate = due;
    }

    /** A span from a day to a day; null if neither is known (as the columns read back). */
    public static TermSpan of(LocalDate from, LocalDate due) {
        return from == null && due == null ? null : new TermSpan(from, due);
    }

    /** The same start, due on another day (an extension, a recomputation); null keeps no term. */
    public static TermSpan dueOn(TermSpan span, LocalDate due) {
        return of(from(span), due);
    }

    /** The day a span is counted from; null if none. */
    public static LocalDate from(TermSpan span) {
        return span == null ? null : span.termFrom;
    }

    /** The day a span is due; null if none. */
    public static LocalDate due(TermSpan span) {
        return span == null ? null : span.dueDate;
    }

    public LocalDate getTermFrom() {
        return termFrom;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermSpan other && Objects.equals(termFrom, other.termFrom)
                && Objects.equals(dueDate, other.dueDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(termFrom, dueDate);
    }

    @Override
    public String toString() {
        return termFrom + "–" + dueDate;
    }
}
