package org.apertura.deadlines;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apertura.platform.Hashing;

/**
 * One public step of a procedure (a request, an appeal, an inconformidad): what happened, when, who acted (a public
 * name, never the requester's), its legal basis, a note, and the term it started ({@link RunningTerm}). Each
 * procedure keeps its steps in its own table, with its own link to the procedure, capacity and typed term; the shape,
 * the columns and the ledger payload are these (docs/adr/0032); its type is the procedure's own {@link StepType}.
 */
@MappedSuperclass
public abstract class ProcedureStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    private String basis;
    private String note;
    @Embedded
    private RunningTerm running;

    protected ProcedureStep() {
    }

    protected ProcedureStep(Instant at, String actor, String basis, String note) {
        this.at = at;
        this.actor = actor;
        this.basis = basis;
        this.note = note;
    }

    /** Records the term this step started. */
    protected void start(String term, int days, LocalDate from, LocalDate due, String calendarVersion) {
        this.running = new RunningTerm(term, days, from, due, calendarVersion);
    }

    /** In what capacity the actor acted (appellant, guarantor, …); null where the procedure has none (requests). */
    protected Enum<?> capacity() {
        return null;
    }

    /**
     * Adds this step to its procedure's ledger payload (which holds the procedure's own fields first): the step's
     * type; for a step with a capacity, the stage it left the procedure in, the capacity and the actor's public name;
     * the basis; for a step with a capacity, the SHA-256 of its note (never the note); and the term it started. A
     * request's step (no capacity: the request's own fields already hold its stage) writes its term under the
     * request ledger's keys (see {@link RunningTerm}).
     */
    public Map<String, Object> publicRecord(Map<String, Object> payload, Enum<?> stage) {
        Enum<?> capacity = capacity();
        payload.put("step", getType().getKey());
        if (capacity != null) {
            payload.put("stage", stage.name());
            payload.put("capacity", capacity.name());
            if (actor != null) {
                payload.put("actor", actor);
            }
        }
        payload.put("basis", basis);
        if (capacity != null && note != null) {
            payload.put("noteSha256", Hashing.sha256Hex(note));
        }
        if (running != null && running.getDueDate() != null) {
            running.putInto(payload, capacity == null);
        }
        return payload;
    }

    /** Whether this step is the filing itself, in time, late or unusual (its note holds the filing, not a reader's text). */
    public boolean isFiling() {
        return getType().isFiling();
    }

    public Long getId() {
        return id;
    }

    /** What this step was: each procedure's own enum, stored in its table's {@code type} column as its key. */
    public abstract StepType getType();

    public Instant getAt() {
        return at;
    }

    /** The public name of who acted; null for the appellant, who is never named. */
    public String getActor() {
        return actor;
    }

    public String getBasis() {
        return basis;
    }

    public String getNote() {
        return note;
    }

    /** The term this step started; null if none. */
    public RunningTerm getRunning() {
        return running;
    }

    /** The name of the term this step started (typed by each procedure's own getter); null if none. */
    protected String termName() {
        return running == null ? null : running.getTerm();
    }

    public Integer getTermDays() {
        return running == null ? null : running.getTermDays();
    }

    public LocalDate getTermFrom() {
        return running == null ? null : running.getTermFrom();
    }

    public LocalDate getDueDate() {
        return running == null ? null : running.getDueDate();
    }

    public String getCalendarVersion() {
        return running == null ? null : running.getCalendarVersion();
    }
}
