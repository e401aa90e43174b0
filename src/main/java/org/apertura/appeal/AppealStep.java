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
    /** The filing's step types: in time, after the appeal term (art. 153 fr. I, 158 fr. I), and with no act yet. */
    static final String FILED = "filed";
    static final String FILED_LATE = "filed.late";
    /** Filed with no act to appeal yet (Appeal.Act.NONE): flagged for the guarantor (art. 145, 158 fr. III). */
    static final String FILED_UNUSUAL = "filed.unusual";

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
    /** The day the act was notified to the appellant (terms run from the next day, art. 128); null: not an act notified. */
    private LocalDate notifiedOn;
    /** How: by e-mail through the outbox, or on the appeal's public page as estrados when there is no address. */
    @Enumerated(EnumType.STRING)
    private Channel notifiedBy;

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

    /**
     * The acts the guarantor notifies to the appellant and from whose notification the law counts: the prevention
     * (art. 147 ¶1: "contados a partir del día siguiente de la notificación de la prevención", by the means the
     * appellant chose, else by estrados, ¶3), the admission (art. 153 fr. I–II: the parties' term to allege) and the
     * dismissal (art. 153 fr. II: notified within three days of the agreement; art. 161: it may be challenged).
     */
    static final java.util.Set<String> NOTIFIED_ACTS = java.util.Set.of("clarification.requested", "admitted",
            "dismissed");

    /** How an act reached the appellant. */
    public enum Channel {
        /** To the address they gave (or their account's), through the mail outbox. */
        EMAIL,
        /** No address: on the appeal's public page, the platform's estrados (art. 147 ¶3). */
        LISTING
    }

    /** Whether this step is an act notified to the appellant (see {@link #NOTIFIED_ACTS}). */
    public boolean isNotifiedAct() {
        return NOTIFIED_ACTS.contains(type);
    }

    /** Records the day and channel of the act's notification. */
    AppealStep notified(LocalDate on, Channel channel) {
        this.notifiedOn = on;
        this.notifiedBy = channel;
        return this;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public Channel getNotifiedBy() {
        return notifiedBy;
    }

    /** Whether this step is the filing itself, in time or late (its note holds the causes, not a reader's text). */
    public boolean isFiling() {
        return FILED.equals(type) || FILED_LATE.equals(type) || FILED_UNUSUAL.equals(type);
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
