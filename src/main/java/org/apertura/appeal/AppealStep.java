package org.apertura.appeal;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.apertura.deadlines.Deadlines;
import org.apertura.deadlines.ProcedureStep;
import org.apertura.deadlines.Term;

/**
 * One public step of an appeal ({@link ProcedureStep}, {@link RemedyStep}): in what capacity it was taken (the appellant is never named),
 * and, for the acts notified to the appellant, the day and channel of the notice.
 */
@Entity
@Table(name = "appeal_step")
public class AppealStep extends RemedyStep<AppealStep> {

    private Long appealId;
    @Convert(converter = AppealStepType.Column.class)
    private AppealStepType type;

    @Enumerated(EnumType.STRING)
    private AppealCapacity capacity;

    protected AppealStep() {
    }

    AppealStep(Long appealId, AppealStepType type, Instant at, AppealCapacity capacity, String actor, String basis,
            String note) {
        super(at, capacity == AppealCapacity.APPELLANT ? null : actor, basis, note);
        this.appealId = appealId;
        this.type = type;
        this.capacity = capacity;
    }

    /** Records the deadline this step started. */
    AppealStep started(Term term, Deadlines d, LocalDate from, LocalDate due) {
        return started(term, d.days(term), from, due, d.calendarVersion());
    }

    /** Records a deadline of a number of days other than the term's (a resolution may set fewer). */
    AppealStep started(Term term, int days, LocalDate from, LocalDate due, String calendarVersion) {
        start(term.name(), days, from, due, calendarVersion);
        return this;
    }

    @Override
    public AppealStepType getType() {
        return type;
    }

    public Long getAppealId() {
        return appealId;
    }

    /**
     * The acts the guarantor notifies to the appellant and from whose notification the law counts: the prevention
     * (art. 147 ¶1: "contados a partir del día siguiente de la notificación de la prevención", by the means the
     * appellant chose, else by estrados, ¶3), the admission (art. 153 fr. I–II: the parties' term to allege) and the
     * dismissal (art. 153 fr. II: notified within three days of the agreement; art. 161: it may be challenged).
     */
    static final java.util.Set<AppealStepType> NOTIFIED_ACTS = java.util.EnumSet.of(
            AppealStepType.CLARIFICATION_REQUESTED, AppealStepType.ADMITTED, AppealStepType.DISMISSED);

    /** How an act reached the appellant. */
    public enum Channel {
        /** To the address they gave (or their account's), through the mail outbox. */
        EMAIL,
        /** No address: on the appeal's public page, the platform's estrados (art. 147 ¶3). */
        LISTING
    }

    /** Whether this step is an act notified to the appellant (see {@link #NOTIFIED_ACTS}). */
    @Override
    public boolean isNotifiedToTheAppellant() {
        return NOTIFIED_ACTS.contains(getType());
    }

    @Override
    protected AppealCapacity capacity() {
        return capacity;
    }

    public AppealCapacity getCapacity() {
        return capacity;
    }

    public Term getTerm() {
        return termName() == null ? null : Term.valueOf(termName());
    }
}
