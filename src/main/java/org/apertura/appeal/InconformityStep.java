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
 * One public step of a recurso de inconformidad ({@link ProcedureStep}, {@link RemedyStep}): in what capacity it was taken (never naming
 * the appellant), its term counted on the calendar of the authority that must act.
 */
@Entity
@Table(name = "inconformity_step")
public class InconformityStep extends RemedyStep<InconformityStep> {

    private Long inconformityId;
    @Convert(converter = InconformityStepType.Column.class)
    private InconformityStepType type;
    @Enumerated(EnumType.STRING)
    private InconformityCapacity capacity;

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

    /** Whether this is an act notified to the appellant the day it is made (arts. 167 ¶1, 171 ¶2, 173 last ¶). */
    @Override
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
