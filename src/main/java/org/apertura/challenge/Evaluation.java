package org.apertura.challenge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;

/**
 * One jury member's evaluation of one submission: a whole score from 0 to 10 on every criterion of the
 * rubric, and an optional comment. Editable until the results are published; public after.
 */
@Entity
@Table(name = "challenge_evaluation")
public class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long submissionId;
    private Long jurorId;
    private String note;
    private Instant scoredAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "challenge_score", joinColumns = @JoinColumn(name = "evaluation_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "score")
    private Map<Long, Integer> scores = new HashMap<>();
    @Version
    private long version;

    protected Evaluation() {
    }

    Evaluation(Long submissionId, Long jurorId) {
        this.submissionId = submissionId;
        this.jurorId = jurorId;
    }

    /** Records a score for every criterion (each 0 to 10) and the comment. */
    void score(List<Criterion> rubric, Map<Long, Integer> given, String comment, Instant now) {
        for (Criterion criterion : rubric) {
            Integer score = given.get(criterion.getId());
            if (score == null || score < 0 || score > Criterion.MAX_SCORE) {
                throw new InvalidInputException("scores", "challenge.error.score", criterion.getName(),
                        Criterion.MAX_SCORE);
            }
        }
        InvalidInputException.throwIf(FieldProblem.longerThan(comment, 2000, "comment", "challenge.error.max"));
        scores.clear();
        rubric.forEach(c -> scores.put(c.getId(), given.get(c.getId())));
        this.note = Texts.blankToNull(comment);
        this.scoredAt = now;
    }

    /** The weighted average of the scores on the rubric (0 to 10, two decimals). */
    public BigDecimal weighted(List<Criterion> rubric) {
        int weights = rubric.stream().mapToInt(Criterion::getWeight).sum();
        long sum = rubric.stream().mapToLong(c -> (long) scores.getOrDefault(c.getId(), 0) * c.getWeight()).sum();
        return weights == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public Long getJurorId() {
        return jurorId;
    }

    public String getComment() {
        return note;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public Map<Long, Integer> getScores() {
        return Map.copyOf(scores);
    }
}
