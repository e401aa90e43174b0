package org.apertura.cocreation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apertura.platform.kits.AdaptedFrom;
import org.apertura.platform.kits.Adaptation;
import org.apertura.actionplan.Theme;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Slugs;
import org.apertura.platform.Texts;

/**
 * A call for proposals (convocatoria) of an exercise: its text, themes, the dates to propose and to support,
 * who may propose, the supports each person has in the call (10 by default) and an optional number of
 * supports that takes a proposal to a working table.
 */
@Entity
@Table(name = "cocreation_call")
public class Call {

    public static final int DEFAULT_SUPPORTS = 10;

    /** Who may propose online; facilitators may always enter proposals from other channels. */
    public enum Proposers { ANYONE, FACILITATORS }

    /** Where a call stands on a given day; a draft stands nowhere yet (ADR 0061). */
    public enum Stage { DRAFT, UPCOMING, OPEN, SUPPORTING, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long exerciseId;
    private String slug;
    private String title;
    private String description;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cocreation_call_theme", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);
    private LocalDate submissionOpens;
    private LocalDate submissionCloses;
    private LocalDate supportOpens;
    private LocalDate supportCloses;
    @Enumerated(EnumType.STRING)
    private Proposers proposers;
    private int supportsPerPerson;
    private Integer tableThreshold;
    private Instant createdAt;
    /** When those who run the exercise published it; null while it is a draft only they see (ADR 0061). */
    private Instant publishedAt;
    /** The counted problem selection chosen in the draft ("process/number", ADR 0061), linked when published. */
    private String problemSelection;
    @Embedded
    private AdaptedFrom adaptedFrom;
    @Version
    private long version;

    protected Call() {
    }

    /** The fields of a call, as forms and the API give them. */
    public record Terms(String slug, String title, String description, Set<Theme> themes, LocalDate submissionOpens,
            LocalDate submissionCloses, LocalDate supportOpens, LocalDate supportCloses, Proposers proposers,
            Integer supportsPerPerson, Integer tableThreshold) {

        /** Every broken rule at once. */
        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            if (Texts.isBlank(slug) || !Slugs.isValid(slug)) {
                problems.add(new FieldProblem("slug", "validation.slug"));
            }
            FieldProblem.requiredText(title, 200, "title", problems);
            if (Texts.isBlank(description) || description.length() > 8000) {
                problems.add(new FieldProblem("description", "validation.required.max", 8000));
            }
            if (themes == null || themes.isEmpty()) {
                problems.add(new FieldProblem("themes", "cocreation.validation.themes"));
            }
            if (submissionOpens == null || submissionCloses == null || submissionCloses.isBefore(submissionOpens)) {
                problems.add(new FieldProblem("submissionCloses", "cocreation.validation.submissionDates"));
            }
            if (supportOpens == null || supportCloses == null || supportCloses.isBefore(supportOpens)) {
                problems.add(new FieldProblem("supportCloses", "cocreation.validation.supportDates"));
            } else if (submissionOpens != null && supportOpens.isBefore(submissionOpens)) {
                problems.add(new FieldProblem("supportOpens", "cocreation.validation.supportBeforeSubmission"));
            }
            FieldProblem.required(proposers, "proposers", problems);
            if (supportsPerPerson != null && (supportsPerPerson < 1 || supportsPerPerson > 1000)) {
                problems.add(new FieldProblem("supportsPerPerson", "cocreation.validation.supportsPerPerson"));
            }
            if (tableThreshold != null && tableThreshold < 1) {
                problems.add(new FieldProblem("tableThreshold", "cocreation.validation.threshold"));
            }
            return problems;
        }
    }

    Call(Long exerciseId, Terms terms, Instant now) {
        this.exerciseId = exerciseId;
        this.slug = terms.slug().strip();
        this.createdAt = now;
        apply(terms);
    }

    void apply(Terms terms) {
        this.title = terms.title().strip();
        this.description = terms.description().strip();
        this.themes = EnumSet.copyOf(terms.themes());
        this.submissionOpens = terms.submissionOpens();
        this.submissionCloses = terms.submissionCloses();
        this.supportOpens = terms.supportOpens();
        this.supportCloses = terms.supportCloses();
        this.proposers = terms.proposers();
        this.supportsPerPerson = terms.supportsPerPerson() == null ? DEFAULT_SUPPORTS : terms.supportsPerPerson();
        this.tableThreshold = terms.tableThreshold();
    }

    public boolean acceptsProposalsOn(LocalDate day) {
        return !isDraft() && !day.isBefore(submissionOpens) && !day.isAfter(submissionCloses);
    }

    public boolean acceptsSupportsOn(LocalDate day) {
        return !isDraft() && !day.isBefore(supportOpens) && !day.isAfter(supportCloses);
    }

    /** Whether it is a draft: only those who run its exercise see it, and nothing of it is in the ledger yet. */
    public boolean isDraft() {
        return publishedAt == null;
    }

    /**
     * Why the draft may not be published on the day, or empty: its terms must pass every check and proposals must not
     * have closed already (a call published after its own close would take nothing).
     */
    List<FieldProblem> publishRefused(LocalDate day) {
        List<FieldProblem> problems = new ArrayList<>(terms().check());
        if (!isDraft()) {
            problems.add(new FieldProblem("call", "cocreation.error.alreadyPublished"));
        } else if (problems.isEmpty() && submissionCloses.isBefore(day)) {
            problems.add(new FieldProblem("submissionCloses", "cocreation.error.publishClosed", submissionCloses));
        }
        return problems;
    }

    void publish(Instant now) {
        this.publishedAt = now;
    }

    /** Its fields as a form and the checks read them. */
    Terms terms() {
        return new Terms(slug, title, description, themes, submissionOpens, submissionCloses, supportOpens,
                supportCloses, proposers, supportsPerPerson, tableThreshold);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** The counted problem selection chosen while drafting ("process/number"), or null. */
    public String getProblemSelection() {
        return problemSelection;
    }

    void chooseProblemSelection(String key) {
        this.problemSelection = key == null || key.isBlank() ? null : key.strip();
    }

    public Stage stageOn(LocalDate day) {
        if (isDraft()) {
            return Stage.DRAFT;
        }
        if (day.isBefore(submissionOpens) && day.isBefore(supportOpens)) {
            return Stage.UPCOMING;
        }
        if (acceptsProposalsOn(day)) {
            return Stage.OPEN;
        }
        if (acceptsSupportsOn(day)) {
            return Stage.SUPPORTING;
        }
        return day.isAfter(submissionCloses) && day.isAfter(supportCloses) ? Stage.CLOSED : Stage.UPCOMING;
    }

    /** Whether a number of supports takes a proposal to a working table. */
    public boolean reachesTable(long supports) {
        return tableThreshold != null && supports >= tableThreshold;
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

    public Set<Theme> getThemes() {
        return themes;
    }

    public LocalDate getSubmissionOpens() {
        return submissionOpens;
    }

    public LocalDate getSubmissionCloses() {
        return submissionCloses;
    }

    public LocalDate getSupportOpens() {
        return supportOpens;
    }

    public LocalDate getSupportCloses() {
        return supportCloses;
    }

    public Proposers getProposers() {
        return proposers;
    }

    /** Records the kit this call was adapted from (set once, when it is imported). */
    void adaptedFrom(Adaptation origin) {
        this.adaptedFrom = AdaptedFrom.of(origin);
    }

    /** The kit this call was adapted from, or null when it was written here. */
    public Adaptation getAdaptation() {
        return AdaptedFrom.adaptation(adaptedFrom);
    }

    public int getSupportsPerPerson() {
        return supportsPerPerson;
    }

    public Integer getTableThreshold() {
        return tableThreshold;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
