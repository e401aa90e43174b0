package org.apertura.appeal;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import org.apertura.deadlines.ProcedureStep;

/**
 * A public step of either remedy of this module ({@link AppealStep}, {@link InconformityStep}): besides what every
 * {@link ProcedureStep} records, the day an act was notified, from which its term runs (the day after, LGTAIP 2025
 * art. 128), and how it reached the appellant. Which acts are notified to the appellant each remedy says, citing its
 * articles ({@link #isNotifiedToTheAppellant()}).
 *
 * @param <S> the step itself, so that recording the notice keeps its type
 */
@MappedSuperclass
public abstract class RemedyStep<S extends RemedyStep<S>> extends ProcedureStep {

    /** The day the act was notified (its term runs from the next day, art. 128); null: not an act notified. */
    private LocalDate notifiedOn;
    /**
     * How the appellant was notified: by e-mail through the outbox, or on the remedy's public page as estrados when
     * there is no address; null when notified to an authority through the platform, or not recorded.
     */
    @Enumerated(EnumType.STRING)
    private AppealStep.Channel notifiedBy;

    protected RemedyStep() {
    }

    protected RemedyStep(Instant at, String actor, String basis, String note) {
        super(at, actor, basis, note);
    }

    /** Whether this step is an act notified to the appellant the day it is made. */
    public abstract boolean isNotifiedToTheAppellant();

    /**
     * An act notified to the appellant is notified the day it is made ({@code day}): by e-mail when the requester's
     * address took it ({@code mailed}), else on the remedy's public page as estrados. Recurso de revisión: arts. 147
     * (¶3: "por estrados"), 153; inconformidad: arts. 167, 171, 173. Other steps are left as they are.
     */
    void noticeToTheAppellant(LocalDate day, boolean mailed) {
        if (isNotifiedToTheAppellant()) {
            notified(day, mailed ? AppealStep.Channel.EMAIL : AppealStep.Channel.LISTING);
        }
    }

    /** Records the day the act was notified and how (null: through the platform, or not recorded). */
    @SuppressWarnings("unchecked")
    S notified(LocalDate on, AppealStep.Channel channel) {
        this.notifiedOn = on;
        this.notifiedBy = channel;
        return (S) this;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public AppealStep.Channel getNotifiedBy() {
        return notifiedBy;
    }
}
