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
import org.apertura.deadlines.Term;
import org.apertura.deadlines.Deadlines;

/**
 * One public step of an appeal: what happened, when, in what capacity and by whom (a public display name;
 * never the appellant's), its legal basis and the deadline it started (term, business days, from, due,
 * calendar version).
 */
@Entity
@Table(name = "appeal_step")
public class AppealStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long appealId;
    /** The filing's step types: in time, and after the appeal term (art. 153 fr. I, 158 fr. I). */
    static final String FILED = "filed";
    static final String FILED_LATE = "filed.late";

    private String type;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private AppealCapacity capacity;
    private String actor;
    private String basis;
    private String note;
    @Enumerated(EnumType.STRING)
    private Term term;
    private Integer termDays;
    private LocalDate termFrom;
    private LocalDate dueDate;
    private String calendarVersion;

    protected AppealStep() {
    }

    AppealStep(Long appealId, String type, Instant at, AppealCapacity capacity, String actor, String basis,
            String note) {
        this.appealId = appealId;
        this.type = type;
        this.at = at;
        this.capacity = capacity;
        this.actor = capacity == AppealCapacity.APPELLANT ? null : actor;
        this.basis = basis;
        this.note = note;
    }

    /** Records the deadline this step started. */
    AppealStep started(Term term, Deadlines d, LocalDate from, LocalDate due) {
        this.term = term;
        this.termDays = d.days(term);
        this.termFrom = from;
        this.dueDate = due;
        this.calendarVersion = d.calendarVersion();
        return this;
    }

    /** Records a deadline of a number of days other than the term's (a resolution may set fewer). */
    AppealStep started(Term term, int days, LocalDate from, LocalDate due, String calendarVersion) {
        this.term = term;
        this.termDays = days;
        this.termFrom = from;
        this.dueDate = due;
        this.calendarVersion = calendarVersion;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Long getAppealId() {
        return appealId;
    }

    public String getType() {
        return type;
    }

    /** Whether this step is the filing itself, in time or late (its note holds the causes, not a reader's text). */
    public boolean isFiling() {
        return FILED.equals(type) || FILED_LATE.equals(type);
    }

    public Instant getAt() {
        return at;
    }

    public AppealCapacity getCapacity() {
        return capacity;
    }

    /** The public display name of who acted; null for the appellant, who is never named. */
    public String getActor() {
        return actor;
    }

    public String getBasis() {
        return basis;
    }

    public String getNote() {
        return note;
    }

    public Term getTerm() {
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
