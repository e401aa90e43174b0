package org.apertura.actionplan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/**
 * One voice's assessment of a commitment on the IRM scales (completion; did it open government?), with its
 * author, capacity and reasoning. The lead institution speaks for itself; the secretariat's civil society or
 * guarantor authority speaks independently. Both are shown side by side.
 */
@Entity
@Table(name = "commitment_assessment")
public class Assessment {

    /** Who speaks. */
    public enum Voice { SELF, INDEPENDENT }

    /** Two or more steps apart on either scale is a divergence worth flagging. */
    static final int DIVERGENCE_STEPS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long commitmentId;
    @Enumerated(EnumType.STRING)
    private Voice voice;
    @Enumerated(EnumType.STRING)
    private Completion completion;
    @Enumerated(EnumType.STRING)
    private OpenedGovernment openedGovernment;
    private String reasoning;
    private String author;
    private String authorCapacity;
    private Instant assessedAt;

    protected Assessment() {
    }

    Assessment(Long commitmentId, Voice voice, Completion completion, OpenedGovernment openedGovernment,
            String reasoning, String author, String authorCapacity, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldProblem.required(completion, "completion", problems);
        if (openedGovernment == null) {
            problems.add(new FieldProblem("openedGovernment", "validation.required"));
        }
        if (reasoning == null || reasoning.isBlank() || reasoning.length() > 4000) {
            problems.add(new FieldProblem("reasoning", "assessment.error.reasoning"));
        }
        InvalidInputException.throwIfAny(problems);
        this.commitmentId = commitmentId;
        this.voice = voice;
        this.completion = completion;
        this.openedGovernment = openedGovernment;
        this.reasoning = reasoning.strip();
        this.author = author;
        this.authorCapacity = authorCapacity;
        this.assessedAt = now;
    }

    /** Whether two assessments (one per voice) are two or more steps apart on either scale. */
    public static boolean diverge(Assessment self, Assessment independent) {
        if (self == null || independent == null) {
            return false;
        }
        return Math.abs(self.completion.ordinal() - independent.completion.ordinal()) >= DIVERGENCE_STEPS
                || Math.abs(self.openedGovernment.ordinal() - independent.openedGovernment.ordinal()) >= DIVERGENCE_STEPS;
    }

    Map<String, Object> publicRecord(String commitmentCode) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("commitment", commitmentCode);
        record.put("voice", voice);
        record.put("completion", completion);
        record.put("openedGovernment", openedGovernment);
        record.put("reasoning", reasoning);
        record.put("author", author);
        record.put("authorCapacity", authorCapacity);
        return record;
    }

    public Long getId() {
        return id;
    }

    public Long getCommitmentId() {
        return commitmentId;
    }

    public Voice getVoice() {
        return voice;
    }

    public Completion getCompletion() {
        return completion;
    }

    public OpenedGovernment getOpenedGovernment() {
        return openedGovernment;
    }

    public String getReasoning() {
        return reasoning;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorCapacity() {
        return authorCapacity;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }
}
