package org.apertura.accessinfo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a request, public: what happened, when, who (a role and public name, never the requester's),
 * its legal basis and the deadline it started (term, business days, due date, calendar version).
 */
@Entity
@Table(name = "request_event")
public class RequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long requestId;
    private String type;
    private Instant at;
    private String actor;
    private String basis;
    private String note;
    private String term;
    private Integer termDays;
    private LocalDate termFrom;
    private LocalDate dueDate;
    private String calendarVersion;

    protected RequestEvent() {
    }

    RequestEvent(Long requestId, String type, Instant at, String actor, String basis, String note) {
        this.requestId = requestId;
        this.type = type;
        this.at = at;
        this.actor = actor;
        this.basis = basis;
        this.note = note;
    }

    RequestEvent started(String term, int days, LocalDate from, LocalDate due, String version) {
        this.term = term;
        this.termDays = days;
        this.termFrom = from;
        this.dueDate = due;
        this.calendarVersion = version;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getType() {
        return type;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getBasis() {
        return basis;
    }

    public String getNote() {
        return note;
    }

    public String getTerm() {
        return term;
    }

    public Integer getTermDays() {
        return termDays;
    }

    public LocalDate getTermFrom() {
        return termFrom;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getCalendarVersion() {
        return calendarVersion;
    }
}
