package org.apertura.appeal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One public step of a recurso de inconformidad, of the same shape as an {@link AppealStep}: what happened, when, in
 * what capacity and by whom (never the appellant), its legal basis and the term it started, counted on the calendar
 * of the authority that must act.
 */
@Entity
@Table(name = "inconformity_step")
public class InconformityStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long inconformityId;
    private String type;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private InconformityCapacity capacity;
    private String actor;
    private String basis;
    private String note;
    @Enumerated(EnumType.STRING)
    private InconformityTerm term;
    private Integer termDays;
    private LocalDate termFrom;
    private LocalDate dueDate;
    private String calendarVersion;
    /** The day the act was notified (its term runs from the next day, art. 128); null: not an act notified. */
    private LocalDate notifiedOn;
    /** How the appellant was notified; null when notified to an authority through the platform, or not recorded. */
    @Enumerated(EnumType.STRING)
    private AppealStep.Channel notifiedBy;

    protected InconformityStep() {
    }

    InconformityStep(Long inconformityId, String type, Instant at, InconformityCapacity capacity, String actor,
            String basis, String note) {
        this.inconformityId = inconformityId;
        this.type = type;
        this.at = at;
        this.capacity = capacity;
        this.actor = capacity == InconformityCapacity.APPELLANT ? null : actor;
        this.basis = basis;
        this.note = note;
    }

    /** Records the term this step started. */
    InconformityStep started(InconformityTerm term, int days, LocalDate from, LocalDate due, String calendarVersion) {
        this.term = term;
        this.termDays = days;
        this.termFrom = from;
        this.dueDate = due;
        this.calendarVersion = calendarVersion;
        return this;
    }

    /** Records the day the act was notified and how (null: through the platform, or not recorded). */
    InconformityStep notified(LocalDate on, AppealStep.Channel channel) {
        this.notifiedOn = on;
        this.notifiedBy = channel;
        return this;
    }

    /** Whether this is an act notified to the appellant the day it is made (arts. 167 ¶1, 171 ¶2, 173 last ¶). */
    public boolean isNotifiedToTheAppellant() {
        return "prevented".equals(type) || "admitted".equals(type) || "resolved".equals(type)
                || "dismissed".equals(type) || "discontinued".equals(type);
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public AppealStep.Channel getNotifiedBy() {
        return notifiedBy;
    }

    /** Once the inconformidad is saved, the steps made at filing point to it. */
    void belongsTo(Long inconformityId) {
        this.inconformityId = inconformityId;
    }

    public Long getId() {
        return id;
    }

    public Long getInconformityId() {
        return inconformityId;
    }

    public String getType() {
        return type;
    }

    public Instant getAt() {
        return at;
    }

    public InconformityCapacity getCapacity() {
        return capacity;
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

    public InconformityTerm getTerm() {
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
