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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Slugs;
import org.apertura.platform.Texts;

/**
 * A participatory budget of an exercise: its amount (split among its districts), its voting rule, and the day each
 * phase begins (proposals → technical review → support → vote → results → execution). Binding: the projects the
 * count funds are the ones the institution executes.
 */
@Entity
@Table(name = "pb_process")
public class BudgetProcess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long exerciseId;
    private String slug;
    private String title;
    private String description;
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    private VotingRule rule;
    private Integer maxChoices;
    private Integer supportThreshold;
    private LocalDate proposalsFrom;
    private LocalDate reviewFrom;
    private LocalDate supportFrom;
    private LocalDate votingFrom;
    private LocalDate resultsFrom;
    private LocalDate executionFrom;
    private Instant resultsPublishedAt;
    private Long commitmentId;
    private Instant executionLinkedAt;
    private Instant createdAt;
    @Version
    private long version;

    protected BudgetProcess() {
    }

    /** A district as the process's terms give it: its name and its share of the amount. */
    public record DistrictTerms(String name, BigDecimal amount) {
    }

    /** The fields of a process, as forms and the demo give them; no districts: one for the whole amount. */
    public record Terms(String slug, String title, String description, BigDecimal amount, VotingRule rule,
            Integer maxChoices, LocalDate proposalsFrom, LocalDate reviewFrom, LocalDate supportFrom,
            LocalDate votingFrom, LocalDate resultsFrom, LocalDate executionFrom, List<DistrictTerms> districts,
            Integer supportThreshold) {

        /** The terms without a support threshold: every project goes on to the feasibility review. */
        public Terms(String slug, String title, String description, BigDecimal amount, VotingRule rule,
                Integer maxChoices, LocalDate proposalsFrom, LocalDate reviewFrom, LocalDate supportFrom,
                LocalDate votingFrom, LocalDate resultsFrom, LocalDate executionFrom, List<DistrictTerms> districts) {
            this(slug, title, description, amount, rule, maxChoices, proposalsFrom, reviewFrom, supportFrom,
                    votingFrom, resultsFrom, executionFrom, districts, null);
        }

        /** Every broken rule at once. */
        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            if (Texts.isBlank(slug) || !Slugs.isValid(slug.strip()) || slug.strip().length() > 80) {
                problems.add(new FieldProblem("slug", "validation.slug"));
            }
            FieldProblem.requiredText(title, 200, "title", problems);
            if (Texts.isBlank(description) || description.length() > 8000) {
                problems.add(new FieldProblem("description", "validation.required.max", 8000));
            }
            if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 14) {
                problems.add(new FieldProblem("amount", "participation.validation.amount"));
            }
            if (rule == null) {
                problems.add(new FieldProblem("rule", "validation.required"));
            } else if (rule.hasMaximum() && (maxChoices == null || maxChoices < 1 || maxChoices > 100)) {
                problems.add(new FieldProblem("maxChoices", "participation.validation.maxChoices"));
            }
            if (supportThreshold != null && (supportThreshold < 1 || supportThreshold > 1_000_000)) {
                problems.add(new FieldProblem("supportThreshold", "participation.validation.threshold"));
            }
            LocalDate[] days = {proposalsFrom, reviewFrom, supportFrom, votingFrom, resultsFrom, executionFrom};
            boolean ordered = true;
            for (int i = 0; i < days.length; i++) {
                if (days[i] == null || i > 0 && days[i - 1] != null && days[i].isBefore(days[i - 1])) {
                    ordered = false;
                }
            }
            if (!ordered || !votingFrom.isBefore(resultsFrom)) {
                problems.add(new FieldProblem("phases", "participation.validation.phases"));
            }
            if (districts != null && !districts.isEmpty()) {
                BigDecimal sum = BigDecimal.ZERO;
                java.util.Set<String> names = new java.util.HashSet<>();
                for (DistrictTerms d : districts) {
                    if (d == null || Texts.isBlank(d.name()) || d.name().strip().length() > 200 || d.amount() == null
                            || d.amount().signum() <= 0 || !names.add(Slugs.of(d.name()))) {
                        problems.add(new FieldProblem("districts", "participation.validation.district"));
                        return problems;
                    }
                    sum = sum.add(d.amount());
                }
                if (amount != null && sum.compareTo(amount) != 0) {
                    problems.add(new FieldProblem("districts", "participation.validation.districtSum", sum, amount));
                }
            }
            return problems;
        }
    }

    BudgetProcess(Long exerciseId, Terms terms, Instant now) {
        this.exerciseId = exerciseId;
        this.slug = terms.slug().strip();
        this.title = terms.title().strip();
        this.description = terms.description().strip();
        this.amount = terms.amount();
        this.rule = terms.rule();
        this.maxChoices = terms.rule().hasMaximum() ? terms.maxChoices() : null;
        this.supportThreshold = terms.supportThreshold();
        this.proposalsFrom = terms.proposalsFrom();
        this.reviewFrom = terms.reviewFrom();
        this.supportFrom = terms.supportFrom();
        this.votingFrom = terms.votingFrom();
        this.resultsFrom = terms.resultsFrom();
        this.executionFrom = terms.executionFrom();
        this.createdAt = now;
    }

    /** The day each phase begins, in order. */
    public Map<BudgetPhase, LocalDate> phases() {
        Map<BudgetPhase, LocalDate> phases = new EnumMap<>(BudgetPhase.class);
        phases.put(BudgetPhase.PROPOSALS, proposalsFrom);
        phases.put(BudgetPhase.REVIEW, reviewFrom);
        phases.put(BudgetPhase.SUPPORT, supportFrom);
        phases.put(BudgetPhase.VOTING, votingFrom);
        phases.put(BudgetPhase.RESULTS, resultsFrom);
        phases.put(BudgetPhase.EXECUTION, executionFrom);
        return phases;
    }

    /** The phase of the day: the last one begun (a phase whose next begins the same day is skipped). */
    public BudgetPhase phaseOn(LocalDate day) {
        BudgetPhase current = BudgetPhase.UPCOMING;
        for (Map.Entry<BudgetPhase, LocalDate> e : phases().entrySet()) {
            if (!day.isBefore(e.getValue())) {
                current = e.getKey();
            }
        }
        return current;
    }

    /** The last day of a phase (the day before the next begins), or empty for execution, which has no end here. */
    public Optional<LocalDate> lastDayOf(BudgetPhase phase) {
        List<LocalDate> days = new ArrayList<>(phases().values());
        int i = phase.ordinal() - 1;
        return i >= 0 && i + 1 < days.size() ? Optional.of(days.get(i + 1).minusDays(1)) : Optional.empty();
    }

    /** Why a project may not be proposed online on the day, or empty. */
    Optional<FieldProblem> proposalRefused(LocalDate day) {
        return phaseOn(day) == BudgetPhase.PROPOSALS ? Optional.empty()
                : Optional.of(new FieldProblem("title", "participation.error.notProposals", day(proposalsFrom),
                        day(reviewFrom.minusDays(1))));
    }

    /** Why a ballot may not be cast or changed on the day, or empty. */
    Optional<FieldProblem> votingRefused(LocalDate day) {
        return phaseOn(day) == BudgetPhase.VOTING ? Optional.empty()
                : Optional.of(new FieldProblem("choices", "participation.error.notVoting", day(votingFrom),
                        day(resultsFrom.minusDays(1))));
    }

    /** Why a project may not be supported (or a support withdrawn) on the day: only during the support phase. */
    Optional<FieldProblem> supportRefused(LocalDate day) {
        return phaseOn(day) == BudgetPhase.SUPPORT ? Optional.empty()
                : Optional.of(new FieldProblem("support", "participation.error.notSupport", day(supportFrom),
                        day(votingFrom.minusDays(1))));
    }

    /**
     * Why a project may not be commented on (or a comment replied to) on the day: comments are open from the first
     * day of proposals until execution begins (execution is followed on the commitment's milestones).
     */
    Optional<FieldProblem> commentRefused(LocalDate day) {
        BudgetPhase phase = phaseOn(day);
        return phase != BudgetPhase.UPCOMING && phase != BudgetPhase.EXECUTION ? Optional.empty()
                : Optional.of(new FieldProblem("body", "participation.error.notCommenting", day(proposalsFrom),
                        day(executionFrom.minusDays(1))));
    }

    /** Why a table's paper count may not be entered or corrected on the day: from the vote's first day, unpublished. */
    Optional<FieldProblem> tallyRefused(LocalDate day) {
        if (resultsPublishedAt != null) {
            return Optional.of(new FieldProblem("tableName", "participation.error.published"));
        }
        return day.isBefore(votingFrom) ? Optional.of(new FieldProblem("tableName", "participation.error.notTallying",
                day(votingFrom))) : Optional.empty();
    }

    /** Whether projects must reach a number of supports before the feasibility review. */
    public boolean hasThreshold() {
        return supportThreshold != null;
    }

    /** Why projects may not be reviewed on the day: from the end of proposals until the vote opens. */
    Optional<FieldProblem> reviewRefused(LocalDate day) {
        BudgetPhase phase = phaseOn(day);
        return phase == BudgetPhase.REVIEW || phase == BudgetPhase.SUPPORT ? Optional.empty()
                : Optional.of(new FieldProblem("status", "participation.error.notReview", day(reviewFrom),
                        day(votingFrom.minusDays(1))));
    }

    /** Why the results may not be published on the day: after the vote closes, once. */
    Optional<FieldProblem> publishRefused(LocalDate day) {
        if (resultsPublishedAt != null) {
            return Optional.of(new FieldProblem("results", "participation.error.published"));
        }
        return day.isBefore(resultsFrom) ? Optional.of(new FieldProblem("results", "participation.error.notClosed",
                day(resultsFrom))) : Optional.empty();
    }

    /**
     * Why the process may not be linked now to the commitment that executes its funded projects: it is linked once
     * (the link and the milestones it made are in the ledger).
     */
    Optional<FieldProblem> executionRefused() {
        return commitmentId != null ? Optional.of(new FieldProblem("commitment", "participation.error.executionLinked"))
                : Optional.empty();
    }

    void executedBy(Long commitment, Instant now) {
        executionRefused().ifPresent(p -> {
            throw new org.apertura.platform.InvalidInputException(List.of(p));
        });
        this.commitmentId = commitment;
        this.executionLinkedAt = now;
    }

    /** The action plan's commitment whose milestones execute the funded projects, when it has been named. */
    public Optional<Long> getCommitmentId() {
        return Optional.ofNullable(commitmentId);
    }

    /** A day as every page writes it (dd/MM/yyyy), for the messages that name one. */
    static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    void published(Instant now) {
        this.resultsPublishedAt = now;
    }

    public boolean isPublished() {
        return resultsPublishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getExerciseId() {
        return exerciseId;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public VotingRule getRule() {
        return rule;
    }

    public Integer getMaxChoices() {
        return maxChoices;
    }

    /** The supports a project needs to go on to the feasibility review, or null: no threshold. */
    public Integer getSupportThreshold() {
        return supportThreshold;
    }

    public LocalDate getProposalsFrom() {
        return proposalsFrom;
    }

    public LocalDate getReviewFrom() {
        return reviewFrom;
    }

    public LocalDate getSupportFrom() {
        return supportFrom;
    }

    public LocalDate getVotingFrom() {
        return votingFrom;
    }

    public LocalDate getResultsFrom() {
        return resultsFrom;
    }

    public LocalDate getExecutionFrom() {
        return executionFrom;
    }

    public Instant getResultsPublishedAt() {
        return resultsPublishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
