package org.apertura.participation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;
import org.apertura.platform.intake.Channel;

/**
 * A project proposed for a process: its text, district, place (and optional map point), estimated cost (its pictures
 * and documents are {@link ProjectFile}s);
 * then the institution's public review: feasible with a public cost, or unfeasible with the reason, which stays
 * visible. Who proposed it is kept only to let them see it is theirs; it is never published.
 */
@Entity
@Table(name = "pb_project")
public class BudgetProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    private Long districtId;
    private int number;
    private String title;
    private String description;
    private String place;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private BigDecimal costEstimate;
    private Long authorAccountId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private ProjectStatus status;
    private String feasibilityReport;
    private BigDecimal cost;
    private Instant reviewedAt;
    private Instant selectedAt;
    private Long milestoneId;
    private Instant createdAt;
    @Version
    private long version;

    protected BudgetProject() {
    }

    /** What a person writes: the text, their district (by slug), the place, an optional map point and the estimate. */
    public record Text(String title, String description, String districtSlug, String place, BigDecimal latitude,
            BigDecimal longitude, BigDecimal costEstimate) {

        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            FieldProblem.requiredText(title, 200, "title", problems);
            if (Texts.isBlank(description) || description.length() > 8000) {
                problems.add(new FieldProblem("description", "validation.required.max", 8000));
            }
            if (Texts.isBlank(districtSlug)) {
                problems.add(new FieldProblem("districtSlug", "validation.required"));
            }
            if (place != null && place.length() > 300) {
                problems.add(new FieldProblem("place", "validation.max", 300));
            }
            if ((latitude == null) != (longitude == null) || latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                    || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
                problems.add(new FieldProblem("latitude", "participation.validation.point"));
            }
            if (costEstimate == null || costEstimate.signum() <= 0 || costEstimate.scale() > 2
                    || costEstimate.precision() - costEstimate.scale() > 14) {
                problems.add(new FieldProblem("costEstimate", "participation.validation.amount"));
            }
            return problems;
        }
    }

    /** The institution's review: feasible or not, its public report and, when feasible, the public cost. */
    public record Review(ProjectStatus status, String report, BigDecimal cost) {

        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            if (status == null || status == ProjectStatus.PROPOSED) {
                problems.add(new FieldProblem("status", "participation.validation.status"));
            }
            if (Texts.isBlank(report) || report.length() > 8000) {
                problems.add(new FieldProblem("report", "participation.validation.feasibilityReport", 8000));
            }
            if (status == ProjectStatus.FEASIBLE && (cost == null || cost.signum() <= 0 || cost.scale() > 2
                    || cost.precision() - cost.scale() > 14)) {
                problems.add(new FieldProblem("cost", "participation.validation.amount"));
            }
            return problems;
        }
    }

    BudgetProject(BudgetProcess process, BudgetDistrict district, int number, Text text, Channel channel,
            Long authorAccountId, Instant now) {
        this.processId = process.getId();
        this.districtId = district.getId();
        this.number = number;
        this.title = text.title().strip();
        this.description = text.description().strip();
        this.place = Texts.isBlank(text.place()) ? null : text.place().strip();
        this.latitude = text.latitude();
        this.longitude = text.longitude();
        this.costEstimate = text.costEstimate();
        this.channel = channel;
        this.authorAccountId = authorAccountId;
        this.status = ProjectStatus.PROPOSED;
        this.createdAt = now;
    }

    void review(Review review, Instant now) {
        this.status = review.status();
        this.feasibilityReport = review.report().strip();
        this.cost = review.status() == ProjectStatus.FEASIBLE ? review.cost() : null;
        this.reviewedAt = now;
    }

    /**
     * Why a verified voter of the district may not support it: only a project of their own district, not found
     * unfeasible (the phase is the process's guard).
     */
    Optional<FieldProblem> supportRefused(long voterDistrictId) {
        if (!districtId.equals(voterDistrictId)) {
            return Optional.of(new FieldProblem("support", "participation.error.otherDistrict"));
        }
        return isUnfeasible() ? Optional.of(new FieldProblem("support", "participation.error.supportUnfeasible"))
                : Optional.empty();
    }

    /**
     * Whether it goes on to the feasibility review: always without a threshold; with one, once its supports have
     * reached it (it stays selected if supports are later withdrawn).
     */
    public boolean isSelected(BudgetProcess process) {
        return !process.hasThreshold() || selectedAt != null;
    }

    /** Whether the support phase ended below the process's threshold: it goes on to neither review nor vote. */
    public boolean missedThreshold(BudgetProcess process, java.time.LocalDate day) {
        return process.hasThreshold() && selectedAt == null && process.phaseOn(day).compareTo(BudgetPhase.SUPPORT) > 0;
    }

    /** Whether it still needs supports to go on to the review (its phase has not ended, or it would have missed). */
    public boolean isGatheringSupports(BudgetProcess process) {
        return process.hasThreshold() && selectedAt == null && status == ProjectStatus.PROPOSED;
    }

    /** Whether these supports reach the process's threshold for the first time (the moment is then recorded). */
    boolean reaches(BudgetProcess process, long supports) {
        return process.hasThreshold() && selectedAt == null && supports >= process.getSupportThreshold();
    }

    /** Why the institution may not review it yet: in a process with a threshold, until its supports reach it. */
    Optional<FieldProblem> reviewRefused(BudgetProcess process, long supports) {
        return isSelected(process) || supports >= process.getSupportThreshold() ? Optional.empty()
                : Optional.of(new FieldProblem("status", "participation.error.belowThreshold", supports,
                        process.getSupportThreshold()));
    }

    void selected(Instant now) {
        this.selectedAt = now;
    }

    /** Whether ballots may name it: found feasible, with its public cost. */
    public boolean isCandidate() {
        return status == ProjectStatus.FEASIBLE;
    }

    /** Whether the review found it unfeasible (it stays public with the reason). */
    public boolean isUnfeasible() {
        return status == ProjectStatus.UNFEASIBLE;
    }

    /** Whether the institution has reviewed it. */
    public boolean isReviewed() {
        return status != ProjectStatus.PROPOSED;
    }

    public boolean isAuthor(Long accountId) {
        return accountId != null && accountId.equals(authorAccountId);
    }

    /** Records the action plan's milestone that executes this funded project (once; only a feasible project). */
    void executedAs(Long milestone) {
        if (status != ProjectStatus.FEASIBLE || milestoneId != null) {
            throw new IllegalStateException("project " + number + " cannot be executed as a milestone");
        }
        this.milestoneId = milestone;
    }

    /** The milestone of the action plan that executes this project, once it was funded and the link made. */
    public java.util.Optional<Long> getMilestoneId() {
        return java.util.Optional.ofNullable(milestoneId);
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getPlace() {
        return place;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public BigDecimal getCostEstimate() {
        return costEstimate;
    }

    public Channel getChannel() {
        return channel;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getFeasibilityReport() {
        return feasibilityReport;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    /** When its supports first reached the process's threshold, or null. */
    public Instant getSelectedAt() {
        return selectedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
