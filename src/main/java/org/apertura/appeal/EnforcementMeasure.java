package org.apertura.appeal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/**
 * A medida de apremio the guarantor authority imposes after finding its resolution not complied with (LGTAIP 2025 art.
 * 193 fr. III; Title IX, Chapter I): a public reprimand or a fine (art. 196), qualified on the gravity, the offender's
 * economic condition and recidivism (art. 197), on the servant in charge or, once measures on them were executed in
 * vain, on their superior (art. 199); applied within fifteen business days of its notice to the offender (art. 201;
 * art. 128 ¶2: days are business days) and executed by the authority, the immediate superior, or the tax authority
 * (art. 202). The person is recorded by position only; the name stays in the authority's file.
 */
@Entity
@Table(name = "enforcement_measure")
public class EnforcementMeasure {

    /** Art. 196 fr. II: "de ciento cincuenta hasta mil quinientas veces la Unidad de Medida y Actualización". */
    public static final int MIN_UMA = 150;
    public static final int MAX_UMA = 1500;
    /** Art. 198 ¶1: on recidivism, "una multa equivalente hasta el doble de la que se hubiera determinado". */
    public static final int MAX_UMA_RECIDIVISM = 2 * MAX_UMA;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_POSITION = 200;

    /** Where a measure stands. */
    public enum State {
        IMPOSED, NOTIFIED, EXECUTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long appealId;
    private String appealFolio;
    @Enumerated(EnumType.STRING)
    private CoerciveMeasure kind;
    @Enumerated(EnumType.STRING)
    private EnforcedPerson person;
    private String position;
    private Integer fineUma;
    private boolean recidivism;
    private String qualification;
    @Enumerated(EnumType.STRING)
    private MeasureExecutor executor;
    private LocalDate imposedOn;
    private LocalDate notifiedOn;
    private LocalDate executionDue;
    private LocalDate executedOn;
    private Boolean executedOnTime;
    @Enumerated(EnumType.STRING)
    private State state;
    @Version
    private long version;

    protected EnforcementMeasure() {
    }

    /** What the guarantor's staff write when imposing a measure. */
    public record Draft(CoerciveMeasure kind, EnforcedPerson person, String position, Integer fineUma,
            boolean recidivism, String qualification) {
    }

    /**
     * Imposes a measure on an appeal found not complied with. {@code earlier}: the appeal's measures so far (a measure
     * on the superior needs one on the servant executed first, art. 199 ¶1); {@code federal}: the authority is the
     * federal one (its fines go to the tax administration, art. 202 ¶2).
     */
    static EnforcementMeasure impose(Appeal appeal, Draft draft, List<EnforcementMeasure> earlier, boolean federal,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        imposeRefused(appeal).ifPresent(problems::add);
        FieldProblem.required(draft.kind(), "kind", problems);
        if (draft.person() == null) {
            problems.add(new FieldProblem("person", "validation.required"));
        } else if (draft.person() == EnforcedPerson.SUPERIOR && !servantMeasureExecuted(earlier)) {
            problems.add(new FieldProblem("person", "appeal.error.measureSuperiorFirst"));
        } else if (draft.person() == EnforcedPerson.SUPERIOR && appeal.getInstructionDue() == null) {
            // Art. 199 ¶1: first the requirement to the superior, and its five days pass without compliance.
            problems.add(new FieldProblem("person", "appeal.error.measureSuperiorFirst"));
        } else if (draft.person() == EnforcedPerson.SUPERIOR && !today.isAfter(appeal.getInstructionDue())) {
            // "De persistir el incumplimiento": only once the superior's five days passed.
            problems.add(new FieldProblem("person", "appeal.error.superiorTermRunning",
                    Appeal.day(appeal.getInstructionDue())));
        }
        FieldProblem.blankOrLongerThan(draft.position(), MAX_POSITION, "position",
                "appeal.validation.measurePosition").ifPresent(problems::add);
        int max = draft.recidivism() ? MAX_UMA_RECIDIVISM : MAX_UMA;
        if (draft.kind() == CoerciveMeasure.FINE
                && (draft.fineUma() == null || draft.fineUma() < MIN_UMA || draft.fineUma() > max)) {
            problems.add(new FieldProblem("fineUma", "appeal.validation.measureUma", MIN_UMA, max));
        } else if (draft.kind() == CoerciveMeasure.PUBLIC_REPRIMAND && draft.fineUma() != null) {
            problems.add(new FieldProblem("fineUma", "appeal.validation.measureUmaReprimand"));
        }
        FieldProblem.blankOrLongerThan(draft.qualification(), MAX_TEXT, "qualification",
                "appeal.validation.measureQualification").ifPresent(problems::add);
        InvalidInputException.throwIfAny(problems);
        EnforcementMeasure m = new EnforcementMeasure();
        m.appealId = appeal.getId();
        m.appealFolio = appeal.getFolio();
        m.kind = draft.kind();
        m.person = draft.person();
        m.position = draft.position().strip();
        m.fineUma = draft.kind() == CoerciveMeasure.FINE ? draft.fineUma() : null;
        m.recidivism = draft.recidivism();
        m.qualification = draft.qualification().strip();
        m.executor = MeasureExecutor.of(draft.kind(), draft.person(), federal);
        m.imposedOn = today;
        m.state = State.IMPOSED;
        return m;
    }

    /**
     * A measure is imposed once the guarantor found its resolution not complied with (art. 193 fr. I, III: the
     * superior's term of fr. II then runs), and not after it found it complied with.
     */
    static Optional<FieldProblem> imposeRefused(Appeal appeal) {
        if (appeal.getSuperiorDue() == null) {
            return Optional.of(new FieldProblem("kind", "appeal.error.measureNoFinding"));
        } else if (appeal.getStage() == AppealStage.COMPLIED) {
            return Optional.of(new FieldProblem("kind", "appeal.error.measureComplied"));
        }
        return Optional.empty();
    }

    /** The day the measure was notified to the offender; it must be applied within fifteen business days (art. 201). */
    void notified(LocalDate on, LocalDate today, org.apertura.deadlines.Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>();
        notifyRefused().ifPresent(problems::add);
        if (problems.isEmpty() && (on == null || on.isBefore(imposedOn) || on.isAfter(today))) {
            problems.add(new FieldProblem("notifiedOn", "appeal.validation.measureDay", Appeal.day(imposedOn),
                    Appeal.day(today)));
        }
        InvalidInputException.throwIfAny(problems);
        notifiedOn = on;
        executionDue = d.due(on, org.apertura.deadlines.Term.MEASURE_EXECUTION);
        state = State.NOTIFIED;
    }

    /** The day the measure was executed (art. 202), on time or not (art. 201). */
    void executed(LocalDate on, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        executeRefused().ifPresent(problems::add);
        if (problems.isEmpty() && (on == null || on.isBefore(notifiedOn) || on.isAfter(today))) {
            problems.add(new FieldProblem("executedOn", "appeal.validation.measureDay", Appeal.day(notifiedOn),
                    Appeal.day(today)));
        }
        InvalidInputException.throwIfAny(problems);
        executedOn = on;
        executedOnTime = !on.isAfter(executionDue);
        state = State.EXECUTED;
    }

    /** Whether a measure on the servant in charge was executed among {@code measures} (art. 199 ¶1's condition). */
    static boolean servantMeasureExecuted(List<EnforcementMeasure> measures) {
        return measures.stream().anyMatch(m -> m.person == EnforcedPerson.PUBLIC_SERVANT && m.state == State.EXECUTED);
    }

    Optional<FieldProblem> notifyRefused() {
        return state == State.IMPOSED ? Optional.empty()
                : Optional.of(new FieldProblem("notifiedOn", "appeal.error.measureNotified"));
    }

    Optional<FieldProblem> executeRefused() {
        return state == State.NOTIFIED ? Optional.empty()
                : Optional.of(new FieldProblem("executedOn", state == State.IMPOSED
                        ? "appeal.error.measureNotNotified" : "appeal.error.measureExecuted"));
    }

    /**
     * The articles the measure rests on, for its steps: those of the LGTAIP 2025, the law in force when it is imposed
     * (Title IX), whatever law the request followed.
     */
    String basis() {
        String law = InconformityTerm.LAW;
        String b = law + " art. 193 fr. III; " + kind.basis() + "; " + law + " art. 197";
        if (person == EnforcedPerson.SUPERIOR) {
            b += "; " + law + " art. 199 ¶1";
        }
        if (recidivism && kind == CoerciveMeasure.FINE) {
            b += "; " + law + " art. 198 ¶1";
        }
        return b;
    }

    public Long getId() {
        return id;
    }

    public Long getAppealId() {
        return appealId;
    }

    public String getAppealFolio() {
        return appealFolio;
    }

    public CoerciveMeasure getKind() {
        return kind;
    }

    public EnforcedPerson getPerson() {
        return person;
    }

    public String getPosition() {
        return position;
    }

    public Integer getFineUma() {
        return fineUma;
    }

    public boolean isRecidivism() {
        return recidivism;
    }

    public String getQualification() {
        return qualification;
    }

    public MeasureExecutor getExecutor() {
        return executor;
    }

    public LocalDate getImposedOn() {
        return imposedOn;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public LocalDate getExecutionDue() {
        return executionDue;
    }

    public LocalDate getExecutedOn() {
        return executedOn;
    }

    public Boolean getExecutedOnTime() {
        return executedOnTime;
    }

    public State getState() {
        return state;
    }
}
