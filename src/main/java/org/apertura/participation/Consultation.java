package org.apertura.participation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;

/**
 * A consultation of a participatory process (CONSUL's "votaciones", ADR 0039): one question with options, put to the
 * process's verified voters (all, or those of one district), binding or advisory as declared when it is opened, open
 * from its first to its last day. Each voter answers once, online (changeable until it closes) or at a polling table
 * through an official (final); the results are counted exactly and published once after it closes, with every count.
 * A consultation may also stand on its own (ADR 0054): of an exercise, with its own districts and roll of voters.
 */
@Entity
@Table(name = "pc_consultation")
public class Consultation {

    /** The longest question, in characters. */
    public static final int MAX_QUESTION = 300;
    /** The most options a question has. */
    public static final int MAX_OPTIONS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    private String slug;
    private Long exerciseId;
    private int number;
    private String question;
    private String description;
    private Long districtId;
    private boolean binding;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Instant resultsPublishedAt;
    private Instant createdAt;
    @Version
    private long version;

    protected Consultation() {
    }

    /** The fields of a consultation as the form and the demo give them; no district: the whole process votes. */
    public record Terms(String question, String description, String districtSlug, boolean binding, LocalDate opensOn,
            LocalDate closesOn, List<String> options) {

        /** The options given, stripped, blanks left out. */
        public List<String> givenOptions() {
            return options == null ? List.of()
                    : options.stream().filter(o -> !Texts.isBlank(o)).map(String::strip).toList();
        }

        /** Every broken rule at once. */
        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            FieldProblem.requiredText(question, MAX_QUESTION, "question", problems);
            FieldProblem.requiredText(description, 8000, "description", problems);
            OpenDays.refused(opensOn, closesOn).ifPresent(problems::add);
            List<String> given = givenOptions();
            Set<String> distinct = new HashSet<>();
            given.forEach(o -> distinct.add(o.toLowerCase(java.util.Locale.ROOT)));
            if (given.size() < 2 || given.size() > MAX_OPTIONS || distinct.size() != given.size()
                    || given.stream().anyMatch(o -> o.length() > 200)) {
                problems.add(new FieldProblem("options", "participation.validation.options", MAX_OPTIONS));
            }
            return problems;
        }
    }

    /**
     * Where a standalone consultation is (ADR 0054): its address, the exercise that runs it, and its districts (names,
     * one a line; none: one district, the whole jurisdiction).
     */
    public record Standalone(String slug, String exerciseSlug, List<String> districts) {

        /** The most districts a consultation of its own has. */
        public static final int MAX_DISTRICTS = 50;

        public List<String> givenDistricts() {
            return districts == null ? List.of()
                    : districts.stream().filter(d -> !Texts.isBlank(d)).map(String::strip).toList();
        }

        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            if (Texts.isBlank(slug) || !org.apertura.platform.Slugs.isValid(slug.strip()) || slug.strip().length() > 80
                    || slug.strip().equals("nueva")) {
                problems.add(new FieldProblem("slug", "validation.slug"));
            }
            List<String> given = givenDistricts();
            Set<String> distinct = new HashSet<>();
            given.forEach(d -> distinct.add(org.apertura.platform.Slugs.of(d)));
            if (given.size() > MAX_DISTRICTS || distinct.size() != given.size() || distinct.contains("")
                    || given.stream().anyMatch(d -> d.length() > 200)) {
                problems.add(new FieldProblem("districts", "participation.validation.districts", MAX_DISTRICTS));
            }
            return problems;
        }
    }

    Consultation(BudgetProcess process, int number, Terms terms, Long districtId, Instant now) {
        this(null, null, number, terms, now);
        this.processId = process.getId();
        this.districtId = districtId;
    }

    /**
     * A standalone consultation of an exercise (ADR 0054): its own address, the exercise whose secretariat runs it and
     * whose jurisdiction it asks; its districts are set after it is saved (they are its own).
     */
    Consultation(String slug, Long exerciseId, int number, Terms terms, Instant now) {
        this.slug = slug;
        this.exerciseId = exerciseId;
        this.number = number;
        this.question = terms.question().strip();
        this.description = terms.description().strip();
        this.binding = terms.binding();
        this.opensOn = terms.opensOn();
        this.closesOn = terms.closesOn();
        this.createdAt = now;
    }

    void askOnly(Long districtId) {
        this.districtId = districtId;
    }

    OpenDays days() {
        return new OpenDays(opensOn, closesOn);
    }

    /** Why a voter may not answer (or change their answer) on the day, or empty: only while it is open. */
    Optional<FieldProblem> answerRefused(LocalDate day) {
        return days().refusedOn(day, "option", "participation.error.notConsulting");
    }

    /** Why a voter of this district may not answer: a consultation of one district is for its voters only. */
    Optional<FieldProblem> populationRefused(long voterDistrictId) {
        return districtId == null || districtId == voterDistrictId ? Optional.empty()
                : Optional.of(new FieldProblem("option", "participation.error.otherPopulation"));
    }

    /**
     * Why a polling table's paper count may not be entered on the day (ADR 0054): only while the consultation is open,
     * its last day included, so that every table is in before the count is published.
     */
    Optional<FieldProblem> tallyRefused(LocalDate day) {
        if (resultsPublishedAt != null) {
            return Optional.of(new FieldProblem("tableName", "participation.error.published"));
        }
        return days().refusedOn(day, "tableName", "participation.error.consultationTallyDays");
    }

    /** Why the results may not be published on the day: after its last day, once. */
    Optional<FieldProblem> publishRefused(LocalDate day) {
        if (resultsPublishedAt != null) {
            return Optional.of(new FieldProblem("results", "participation.error.published"));
        }
        return days().isClosedOn(day) ? Optional.empty()
                : Optional.of(new FieldProblem("results", "participation.error.consultationOpen",
                        BudgetProcess.day(closesOn)));
    }

    void published(Instant now) {
        this.resultsPublishedAt = now;
    }

    public boolean isOpenOn(LocalDate day) {
        return days().isOpenOn(day);
    }

    public boolean isPublished() {
        return resultsPublishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    /** The address of a standalone consultation (ADR 0054); null in a process. */
    public String getSlug() {
        return slug;
    }

    /** The exercise of a standalone consultation; null in a process (the process has it). */
    public Long getExerciseId() {
        return exerciseId;
    }

    public boolean isStandalone() {
        return processId == null;
    }

    public int getNumber() {
        return number;
    }

    public String getQuestion() {
        return question;
    }

    public String getDescription() {
        return description;
    }

    /** The district whose voters are asked, or null: every voter of the process. */
    public Long getDistrictId() {
        return districtId;
    }

    public boolean isBinding() {
        return binding;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Instant getResultsPublishedAt() {
        return resultsPublishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
