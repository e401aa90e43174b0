package org.apertura.actionplan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/**
 * The action plan of an exercise. Its commitment policy defaults to the declaration's rule (five
 * commitments, twelve months) and may be changed per plan; the plan shows any departure. Approved by an
 * adopted agreement of the secretariat, then published.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan {

    /** The 2015 joint declaration: five concrete, measurable commitments lasting one year. */
    public static final int DECLARATION_COMMITMENTS = 5;
    public static final int DECLARATION_MONTHS = 12;

    /** Where a plan stands. */
    public enum Status { DRAFT, APPROVED, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long exerciseId;
    private String title;
    private String presentation;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private int expectedCommitments;
    private int durationMonths;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Integer approvalSession;
    private Integer approvalAgreement;
    private Instant approvedAt;
    private Instant publishedAt;
    private Instant createdAt;
    @Version
    private long version;

    protected ActionPlan() {
    }

    ActionPlan(Long exerciseId, String title, String presentation, LocalDate periodStart, LocalDate periodEnd,
            Integer expectedCommitments, Integer durationMonths, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            problems.add(new FieldProblem("title", "validation.required.max", 200));
        }
        if (periodStart == null) {
            problems.add(new FieldProblem("periodStart", "validation.date"));
        }
        if (periodEnd == null) {
            problems.add(new FieldProblem("periodEnd", "validation.date"));
        } else if (periodStart != null && !periodEnd.isAfter(periodStart)) {
            problems.add(new FieldProblem("periodEnd", "plan.error.period"));
        }
        if (expectedCommitments != null && (expectedCommitments < 1 || expectedCommitments > 50)) {
            problems.add(new FieldProblem("expectedCommitments", "plan.error.expected"));
        }
        if (durationMonths != null && (durationMonths < 1 || durationMonths > 60)) {
            problems.add(new FieldProblem("durationMonths", "plan.error.months"));
        }
        InvalidInputException.throwIfAny(problems);
        this.exerciseId = exerciseId;
        this.title = title.strip();
        this.presentation = presentation;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.expectedCommitments = expectedCommitments == null ? DECLARATION_COMMITMENTS : expectedCommitments;
        this.durationMonths = durationMonths == null ? DECLARATION_MONTHS : durationMonths;
        this.status = Status.DRAFT;
        this.createdAt = now;
    }

    /** How the plan departs from the declaration's rule (message keys with their arguments), if at all. */
    public List<List<Object>> departuresFromDeclaration() {
        List<List<Object>> departures = new ArrayList<>();
        if (expectedCommitments != DECLARATION_COMMITMENTS) {
            departures.add(List.of("plan.departure.commitments", expectedCommitments, DECLARATION_COMMITMENTS));
        }
        if (durationMonths != DECLARATION_MONTHS) {
            departures.add(List.of("plan.departure.months", durationMonths, DECLARATION_MONTHS));
        }
        return departures;
    }

    /** Whether the plan's period lasts as many months as its policy says (give or take the end day). */
    public boolean periodMatchesPolicy() {
        Period period = Period.between(periodStart, periodEnd.plusDays(1));
        return period.toTotalMonths() == durationMonths
                || Period.between(periodStart, periodEnd).toTotalMonths() == durationMonths;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }

    void requireDraft() {
        InvalidInputException.throwIf(draftRefused());
    }

    // ---- the guards: whether each act may happen now, and why not. The transitions and the services check
    // exactly these, and PlanPolicy offers only what they allow.

    /** Commitments and milestones are added, and the plan approved, only while it is a draft. */
    Optional<FieldProblem> draftRefused() {
        return status != Status.DRAFT ? Optional.of(new FieldProblem("plan", "plan.error.notDraft")) : Optional.empty();
    }

    /** Only an approved plan is published. */
    Optional<FieldProblem> publishRefused() {
        return status != Status.APPROVED ? Optional.of(new FieldProblem("plan", "plan.error.notApproved"))
                : Optional.empty();
    }

    /** Progress is reported with evidence only on a published plan. */
    Optional<FieldProblem> publishedRefused() {
        return status != Status.PUBLISHED ? Optional.of(new FieldProblem("file", "evidence.error.notPublished"))
                : Optional.empty();
    }

    void approve(int session, int agreement, Instant now) {
        requireDraft();
        this.approvalSession = session;
        this.approvalAgreement = agreement;
        this.approvedAt = now;
        this.status = Status.APPROVED;
    }

    void publish(Instant now) {
        InvalidInputException.throwIf(publishRefused());
        this.publishedAt = now;
        this.status = Status.PUBLISHED;
    }

    Map<String, Object> publicRecord(String exercise) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("exercise", exercise);
        record.put("title", title);
        record.put("periodStart", periodStart);
        record.put("periodEnd", periodEnd);
        record.put("expectedCommitments", expectedCommitments);
        record.put("durationMonths", durationMonths);
        record.put("status", status);
        record.put("approvalSession", approvalSession);
        record.put("approvalAgreement", approvalAgreement);
        return record;
    }

    public Long getId() {
        return id;
    }

    public Long getExerciseId() {
        return exerciseId;
    }

    public String getTitle() {
        return title;
    }

    public String getPresentation() {
        return presentation;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getExpectedCommitments() {
        return expectedCommitments;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    public Status getStatus() {
        return status;
    }

    public Integer getApprovalSession() {
        return approvalSession;
    }

    public Integer getApprovalAgreement() {
        return approvalAgreement;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
