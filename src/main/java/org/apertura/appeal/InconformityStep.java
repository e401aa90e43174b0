package org.apertura.appeal;

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
    @Enumerated(EnumType.STRING)
    private InconformityCapacity capacity;

    protected InconformityStep() {
    }

    InconformityStep(Long inconformityId, String type, Instant at, InconformityCapacity capacity, String actor,
            String basis, String note) {
        super(type, at, capacity == InconformityCapacity.APPELLANT ? null : actor, basis, note);
        this.inconformityId = inconformityId;
        this.capacity = capacity;
    }

    /** Records the term this step started. */
    InconformityStep started(InconformityTerm term, int days, LocalDate from, LocalDate due, String calendarVersion) {
        start(term.name(), days, from, due, calendarVersion);
        return this;
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
