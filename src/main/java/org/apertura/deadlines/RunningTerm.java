package org.apertura.deadlines;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import java.util.Map;

/**
 * A term that a procedure's step started: which term (its name), how many business days, counted from which day,
 * due on which day ({@link TermSpan}) and on which version of the calendar. Requests, appeals and inconformidades record it the same
 * way, in the same columns ({@code term}, {@code term_days}, {@code term_from}, {@code due_date},
 * {@code calendar_version}).
 */
@Embeddable
public class RunningTerm {

    private String term;
    private Integer termDays;
    @Embedded
    private TermSpan span;
    private String calendarVersion;

    protected RunningTerm() {
    }

    public RunningTerm(String term, int days, LocalDate from, LocalDate due, String calendarVersion) {
        this.term = term;
        this.termDays = days;
        this.span = TermSpan.of(from, due);
        this.calendarVersion = calendarVersion;
    }

    /**
     * Adds the term to a ledger payload. Appeals and inconformidades write {@code term, termDays, termFrom, due,
     * calendarVersion}; requests, whose entries came first, write {@code term, termDays, termDue, calendarVersion}.
     * Both stay as they were written: the ledger is hash-chained and read by whoever checks it (docs/adr/0032).
     */
    void putInto(Map<String, Object> payload, boolean requestKeys) {
        payload.put("term", term);
        payload.put("termDays", termDays);
        if (requestKeys) {
            payload.put("termDue", getDueDate().toString());
        } else {
            payload.put("termFrom", getTermFrom().toString());
            payload.put("due", getDueDate().toString());
        }
        payload.put("calendarVersion", calendarVersion);
    }

    public String getTerm() {
        return term;
    }

    public Integer getTermDays() {
        return termDays;
    }

    public LocalDate getTermFrom() {
        return TermSpan.from(span);
    }

    public LocalDate getDueDate() {
        return TermSpan.due(span);
    }

    /** The days the term spans; null if neither is recorded. */
    public TermSpan getSpan() {
        return span;
    }

    public String getCalendarVersion() {
        return calendarVersion;
    }
}
