package org.apertura.challenge;

import jakarta.persistence.Embedded;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.kits.AdaptedFrom;
import org.apertura.platform.kits.Adaptation;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Slugs;
import org.apertura.platform.Texts;

/**
 * A hackathon, contest or citizen lab of a commitment: what it asks, its rules and prizes, the open data it
 * offers, and its schedule. The phase comes from the dates (closing dates count whole days, Mexico City
 * time); once the results are published nothing changes any more.
 */
@Entity
@Table(name = "challenge")
public class Challenge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private Long commitmentId;
    private String exerciseSlug;
    @Enumerated(EnumType.STRING)
    private ChallengeKind kind;
    private String title;
    private String summary;
    private String rules;
    private String prizes;
    private String datasets;
    private LocalDate registrationOpens;
    private LocalDate registrationCloses;
    private LocalDate submissionsOpen;
    private LocalDate submissionsClose;
    private LocalDate resultsOn;
    private Instant resultsPublishedAt;
    private Instant createdAt;
    /** When those who run the exercise published it; null while it is a draft only they see (ADR 0061). */
    private Instant publishedAt;
    @Embedded
    private AdaptedFrom adaptedFrom;
    @Version
    private long version;

    protected Challenge() {
    }

    Challenge(Long commitmentId, String exerciseSlug, ChallengeDraft draft, Instant now) {
        String wanted = Texts.isBlank(draft.slug()) ? Slugs.of(String.valueOf(draft.title())) : draft.slug().strip();
        List<FieldProblem> problems = problems(draft);
        if (!Slugs.isValid(wanted)) {
            problems.add(new FieldProblem("slug", "validation.slug"));
        }
        InvalidInputException.throwIfAny(problems);
        this.slug = wanted;
        this.commitmentId = commitmentId;
        this.exerciseSlug = exerciseSlug;
        this.createdAt = now;
        apply(draft);
    }

    /** Changes the description or the schedule; submissions cannot reopen once the jury has scored. */
    void change(ChallengeDraft draft, LocalDate today, boolean scoringStarted) {
        requireNotPublished();
        List<FieldProblem> problems = problems(draft);
        if (problems.isEmpty() && scoringStarted && !draft.submissionsClose().isBefore(today)) {
            problems.add(new FieldProblem("submissionsClose", "challenge.error.reopen"));
        }
        InvalidInputException.throwIfAny(problems);
        apply(draft);
    }

    private void apply(ChallengeDraft draft) {
        this.kind = draft.kind();
        this.title = draft.title().strip();
        this.summary = draft.summary().strip();
        this.rules = Texts.blankToNull(draft.rules());
        this.prizes = lines(draft.prizes());
        this.datasets = lines(draft.datasets());
        this.registrationOpens = draft.registrationOpens();
        this.registrationCloses = draft.registrationCloses();
        this.submissionsOpen = draft.submissionsOpen();
        this.submissionsClose = draft.submissionsClose();
        this.resultsOn = draft.resultsOn();
    }

    static List<FieldProblem> problems(ChallengeDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldProblem.requiredText(d.title(), 200, "title", problems);
        if (d.kind() == null) {
            problems.add(new FieldProblem("kind", "challenge.error.kind"));
        }
        FieldProblem.requiredText(d.summary(), 4000, "summary", problems);
        FieldProblem.longerThan(d.rules(), 10000, "rules", "challenge.error.max").ifPresent(problems::add);
        FieldProblem.longerThan(d.prizes(), 2000, "prizes", "challenge.error.max").ifPresent(problems::add);
        String datasets = lines(d.datasets());
        if (datasets != null && (datasets.length() > 4000
                || !datasets.lines().allMatch(url -> Texts.isWebAddress(url, 1000)))) {
            problems.add(new FieldProblem("datasets", "challenge.error.datasets"));
        }
        requireDate(problems, "registrationOpens", d.registrationOpens());
        requireDate(problems, "registrationCloses", d.registrationCloses());
        requireDate(problems, "submissionsOpen", d.submissionsOpen());
        requireDate(problems, "submissionsClose", d.submissionsClose());
        requireDate(problems, "resultsOn", d.resultsOn());
        if (problems.stream().noneMatch(p -> p.messageKey().equals("validation.date"))) {
            if (d.registrationCloses().isBefore(d.registrationOpens())) {
                problems.add(new FieldProblem("registrationCloses", "challenge.error.registrationDates"));
            }
            if (d.submissionsOpen().isBefore(d.registrationOpens())) {
                problems.add(new FieldProblem("submissionsOpen", "challenge.error.submissionsOpen"));
            }
            if (d.submissionsClose().isBefore(d.submissionsOpen())
                    || d.submissionsClose().isBefore(d.registrationCloses())) {
                problems.add(new FieldProblem("submissionsClose", "challenge.error.submissionsClose"));
            }
            if (!d.resultsOn().isAfter(d.submissionsClose())) {
                problems.add(new FieldProblem("resultsOn", "challenge.error.resultsOn"));
            }
        }
        return problems;
    }

    private static void requireDate(List<FieldProblem> problems, String field, LocalDate date) {
        if (date == null) {
            problems.add(new FieldProblem(field, "validation.date"));
        }
    }

    /** Non-blank lines, stripped, joined by new lines; null when there are none. */
    private static String lines(String text) {
        if (text == null) {
            return null;
        }
        String joined = String.join("\n", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** Whether it is a draft: only those who run its exercise see it, and nothing of it is in the ledger yet. */
    public boolean isDraft() {
        return publishedAt == null;
    }

    /**
     * Why the draft may not be published on the day, or empty: its description and schedule must pass every check and
     * its registration must not have closed already (nobody could take part).
     */
    List<FieldProblem> publishRefused(LocalDate day) {
        List<FieldProblem> problems = problems(new ChallengeDraft(title, slug, kind, summary, rules, prizes, datasets,
                registrationOpens, registrationCloses, submissionsOpen, submissionsClose, resultsOn));
        if (!isDraft()) {
            problems.add(new FieldProblem("slug", "challenge.error.alreadyPublished"));
        } else if (problems.isEmpty() && registrationCloses.isBefore(day)) {
            problems.add(new FieldProblem("registrationCloses", "challenge.error.publishClosed", registrationCloses));
        }
        return problems;
    }

    /** Makes the draft public (ADR 0061); results are published by {@link #publishResults}. */
    void publish(Instant now) {
        this.publishedAt = now;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public ChallengePhase phaseOn(LocalDate day) {
        if (isDraft()) {
            return ChallengePhase.DRAFT;
        }
        if (isPublished()) {
            return ChallengePhase.RESULTS;
        }
        if (day.isAfter(submissionsClose)) {
            return ChallengePhase.JUDGING;
        }
        if (!day.isBefore(submissionsOpen)) {
            return ChallengePhase.SUBMISSIONS;
        }
        if (!day.isBefore(registrationOpens)) {
            return ChallengePhase.REGISTRATION;
        }
        return ChallengePhase.UPCOMING;
    }

    public boolean registrationOpenOn(LocalDate day) {
        return !isDraft() && !isPublished() && !day.isBefore(registrationOpens) && !day.isAfter(registrationCloses);
    }

    public boolean submissionsOpenOn(LocalDate day) {
        return !isDraft() && !isPublished() && !day.isBefore(submissionsOpen) && !day.isAfter(submissionsClose);
    }

    public boolean judgingOn(LocalDate day) {
        return !isDraft() && !isPublished() && day.isAfter(submissionsClose);
    }

    void requireRegistrationOpen(LocalDate day, String field) {
        if (!registrationOpenOn(day)) {
            throw new InvalidInputException(field, "challenge.error.registrationClosed", registrationOpens,
                    registrationCloses);
        }
    }

    void requireSubmissionsOpen(LocalDate day) {
        if (!submissionsOpenOn(day)) {
            throw new InvalidInputException("title", "challenge.error.submissionsClosed", submissionsOpen,
                    submissionsClose);
        }
    }

    void requireJudging(LocalDate day) {
        requireNotPublished();
        if (!judgingOn(day)) {
            throw new InvalidInputException("scores", "challenge.error.notJudging", submissionsClose);
        }
    }

    void requireNotPublished() {
        if (isPublished()) {
            throw new InvalidInputException("challenge", "challenge.error.published");
        }
    }

    void publishResults(Instant now) {
        resultsPublishedAt = now;
    }

    public boolean isPublished() {
        return resultsPublishedAt != null;
    }

    public List<String> prizeList() {
        return prizes == null ? List.of() : prizes.lines().toList();
    }

    public List<String> datasetList() {
        return datasets == null ? List.of() : datasets.lines().toList();
    }

    Map<String, Object> publicRecord(String commitmentCode) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("slug", slug);
        record.put("kind", kind.name());
        record.put("title", title);
        record.put("commitment", commitmentCode);
        record.put("exercise", exerciseSlug);
        record.put("summary", summary);
        record.put("rules", rules);
        record.put("prizes", prizeList());
        record.put("datasets", datasetList());
        record.put("registrationOpens", registrationOpens);
        record.put("registrationCloses", registrationCloses);
        record.put("submissionsOpen", submissionsOpen);
        record.put("submissionsClose", submissionsClose);
        record.put("resultsOn", resultsOn);
        if (getAdaptation() != null) {
            record.put("adaptedFrom", getAdaptation().publicRecord());
        }
        return record;
    }

    /** Records the kit this challenge was adapted from (set once, when it is imported). */
    void adaptedFrom(Adaptation origin) {
        this.adaptedFrom = AdaptedFrom.of(origin);
    }

    /** The kit this challenge was adapted from, or null when it was written here. */
    public Adaptation getAdaptation() {
        return AdaptedFrom.adaptation(adaptedFrom);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Long getCommitmentId() {
        return commitmentId;
    }

    public String getExerciseSlug() {
        return exerciseSlug;
    }

    public ChallengeKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getRules() {
        return rules;
    }

    public String getPrizes() {
        return prizes;
    }

    public String getDatasets() {
        return datasets;
    }

    public LocalDate getRegistrationOpens() {
        return registrationOpens;
    }

    public LocalDate getRegistrationCloses() {
        return registrationCloses;
    }

    public LocalDate getSubmissionsOpen() {
        return submissionsOpen;
    }

    public LocalDate getSubmissionsClose() {
        return submissionsClose;
    }

    public LocalDate getResultsOn() {
        return resultsOn;
    }

    public Instant getResultsPublishedAt() {
        return resultsPublishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
