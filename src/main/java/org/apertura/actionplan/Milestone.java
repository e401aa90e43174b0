package org.apertura.actionplan;

import org.apertura.platform.Texts;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/**
 * A step of a commitment: what it delivers, how anyone can verify it, who answers for it, when, and its
 * weight in the commitment's progress. Complete only when evidence of it has been accepted.
 */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long commitmentId;
    private String title;
    private String deliverable;
    private String meansOfVerification;
    private String responsible;
    private LocalDate startDate;
    private LocalDate endDate;
    private int weight;
    private LocalDate completedOn;
    private Instant createdAt;
    @Version
    private long version;

    protected Milestone() {
    }

    Milestone(Long commitmentId, String title, String deliverable, String meansOfVerification, String responsible,
            LocalDate startDate, LocalDate endDate, Integer weight, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 300) {
            problems.add(new FieldProblem("title", "validation.required.max", 300));
        }
        if (startDate == null) {
            problems.add(new FieldProblem("startDate", "validation.date"));
        }
        if (endDate == null) {
            problems.add(new FieldProblem("endDate", "validation.date"));
        } else if (startDate != null && endDate.isBefore(startDate)) {
            problems.add(new FieldProblem("endDate", "milestone.error.dates"));
        }
        if (weight != null && (weight < 1 || weight > 100)) {
            problems.add(new FieldProblem("weight", "milestone.error.weight"));
        }
        InvalidInputException.throwIfAny(problems);
        this.commitmentId = commitmentId;
        this.title = title.strip();
        this.deliverable = Texts.blankToNull(deliverable);
        this.meansOfVerification = Texts.blankToNull(meansOfVerification);
        this.responsible = Texts.blankToNull(responsible);
        this.startDate = startDate;
        this.endDate = endDate;
        this.weight = weight == null ? 1 : weight;
        this.createdAt = now;
    }

    public boolean isComplete() {
        return completedOn != null;
    }

    /** Past its end date and not complete. */
    public boolean isOverdue(LocalDate today) {
        return !isComplete() && today.isAfter(endDate);
    }

    /** Marks the milestone complete: called only when evidence of it is accepted. */
    void complete(LocalDate day) {
        if (completedOn == null) {
            completedOn = day;
        }
    }

    Map<String, Object> publicRecord(String commitmentCode) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("commitment", commitmentCode);
        record.put("title", title);
        record.put("deliverable", deliverable);
        record.put("meansOfVerification", meansOfVerification);
        record.put("responsible", responsible);
        record.put("startDate", startDate);
        record.put("endDate", endDate);
        record.put("weight", weight);
        return record;
    }

    public Long getId() {
        return id;
    }

    public Long getCommitmentId() {
        return commitmentId;
    }

    public String getTitle() {
        return title;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public String getMeansOfVerification() {
        return meansOfVerification;
    }

    public String getResponsible() {
        return responsible;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getWeight() {
        return weight;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
