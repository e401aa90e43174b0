package org.apertura.appeal;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.apertura.deadlines.ProcedureStep;

/**
 * One public step of a recurso de inconformidad ({@link ProcedureStep}): in what capacity it was taken (never naming
 * the appellant), its term counted on the calendar of the authority that must act.
 */
@Entity
@Table(name = "inconformity_step")
public class InconformityStep extends ProcedureStep {

    private Long inconformityId;
    @Convert(converter = InconformityStepType.Column.class)
    private InconformityStepType type;
    @Enumerated(EnumType.STRING)
    private InconformityCapacity capacity;
    /** The day the act was notified (its term runs from the next day, art. 128); null: not an act notified. */
    private LocalDate notifiedOn;
    /** How the appellant was notified; null when notified to an authority through the platform, or not recorded. */
    @Enumerated(EnumType.STRING)
    private AppealStep.Channel notifiedBy;

    protected InconformityStep() {
    }

    InconformityStep(Long inconformityId, InconformityStepType type, Instant at, InconformityCapacity capacity,
            String actor, String basis, String note) {
        super(at, capacity == InconformityCapacity.APPELLANT ? null : actor, basis, note);
        this.inconformityId = inconformityId;
        this.type = type;
        this.capacity = capacity;
    }

    /** Records the term this step started. */
    InconformityStep started(InconformityTerm term, int days, LocalDate from, LocalDate due, String calendarVersion) {
        start(term.name(), days, from, due, calendarVersion);
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
        return switch (type) {
            case PREVENTED, ADMITTED, RESOLVED, DISMISSED, DISCONTINUED -> true;
            default -> false;
        };
    }

    @Override
    public InconformityStepType getType() {
        return type;
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

    public Long getInconformityId() {
        return inconformityId;
    }

    @Override
    protected InconformityCapacity capacity() {
        return capacity;
    }

    public InconformityCapacity getCapacity() {
        return capacity;
    }

    public InconformityTerm getTerm() {
        return termName() == null ? null : InconformityTerm.valueOf(termName());
    }
}
