package org.apertura.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;

/** One criterion of a challenge's published rubric: what the jury looks at, and how much it weighs. */
@Entity
@Table(name = "challenge_criterion")
public class Criterion {

    /** Every criterion is scored from 0 to this. */
    public static final int MAX_SCORE = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long challengeId;
    @Column(name = "sort_order")
    private int sortOrder;
    private String name;
    private String description;
    private int weight;

    protected Criterion() {
    }

    Criterion(Long challengeId, int sortOrder, String name, String description, Integer weight) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldProblem.requiredText(name, 120, "name", problems);
        FieldProblem.longerThan(description, 1000, "description", "challenge.error.max").ifPresent(problems::add);
        if (weight == null || weight < 1 || weight > 100) {
            problems.add(new FieldProblem("weight", "challenge.error.weight"));
        }
        InvalidInputException.throwIfAny(problems);
        this.challengeId = challengeId;
        this.sortOrder = sortOrder;
        this.name = name.strip();
        this.description = Texts.blankToNull(description);
        this.weight = weight;
    }

    Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", name);
        record.put("description", description);
        record.put("weight", weight);
        return record;
    }

    public Long getId() {
        return id;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getWeight() {
        return weight;
    }
}
