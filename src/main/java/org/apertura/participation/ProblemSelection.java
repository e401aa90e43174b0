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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;

/**
 * A problem selection of a participatory process by dot voting (issue 21, theme h; ADR 0055): a list of problems, the
 * days it is open, how many dots each verified voter spreads over the problems as they wish (several on one problem if
 * they want), and how many problems are selected. A person's dots can be changed until the close; after it the count
 * is public: the problems with the most dots are selected, ties broken by the number of people who gave dots and then
 * by the list's order, and they can feed a call for proposals of co-creation (named by its slug).
 */
@Entity
@Table(name = "pps_selection")
public class ProblemSelection {

    /** The most dots a person may have to spread. */
    public static final int MAX_DOTS = 20;
    /** The fewest and most problems a list may have. */
    public static final int MIN_PROBLEMS = 2;
    public static final int MAX_PROBLEMS = 30;
    /** The longest problem, in characters. */
    public static final int MAX_PROBLEM = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    private int number;
    private String title;
    private String description;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private int dotsPerPerson;
    private int selects;
    private String callSlug;
    private Instant countedAt;
    private Instant createdAt;
    @Version
    private long version;

    protected ProblemSelection() {
    }

    /** The fields of a selection as the form and the demo give them: the problems one per line. */
    public record Terms(String title, String description, LocalDate opensOn, LocalDate closesOn,
            Integer dotsPerPerson, Integer selects, List<String> problems) {

        /** The problems written, stripped, blank lines left out. */
        public List<String> problemTitles() {
            return problems == null ? List.of()
                    : problems.stream().filter(p -> !Texts.isBlank(p)).map(String::strip).toList();
        }

        /** Every broken rule at once. */
        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            FieldProblem.requiredText(title, 200, "title", problems);
            FieldProblem.requiredText(description, 4000, "description", problems);
            OpenDays.refused(opensOn, closesOn).ifPresent(problems::add);
            List<String> titles = problemTitles();
            if (titles.size() < MIN_PROBLEMS || titles.size() > MAX_PROBLEMS
                    || titles.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).distinct().count() != titles.size()
                    || titles.stream().anyMatch(t -> t.length() > MAX_PROBLEM)) {
                problems.add(new FieldProblem("problems", "participation.validation.problems", MIN_PROBLEMS,
                        MAX_PROBLEMS, MAX_PROBLEM));
            }
            if (dotsPerPerson == null || dotsPerPerson < 1 || dotsPerPerson > MAX_DOTS) {
                problems.add(new FieldProblem("dotsPerPerson", "participation.validation.dots", MAX_DOTS));
            }
            if (selects == null || selects < 1 || selects >= Math.max(titles.size(), 2)) {
                problems.add(new FieldProblem("selects", "participation.validation.selects"));
            }
            return problems;
        }
    }

    ProblemSelection(BudgetProcess process, int number, Terms terms, Instant now) {
        this.processId = process.getId();
        this.number = number;
        this.title = terms.title().strip();
        this.description = terms.description().strip();
        this.opensOn = terms.opensOn();
        this.closesOn = terms.closesOn();
        this.dotsPerPerson = terms.dotsPerPerson();
        this.selects = terms.selects();
        this.createdAt = now;
    }

    /**
     * Why this person's dots may not be placed so on the day, or nothing: only while it is open, on problems of the
     * list, none negative, and at most {@link #getDotsPerPerson()} in all (none at all withdraws them).
     */
    List<FieldProblem> dotsRefused(Map<Integer, Integer> dots, Set<Integer> problems, LocalDate day) {
        List<FieldProblem> refused = new ArrayList<>();
        new OpenDays(opensOn, closesOn).refusedOn(day, "dots", "participation.error.problemsClosed")
                .ifPresent(refused::add);
        if (!problems.containsAll(dots.keySet()) || dots.values().stream().anyMatch(n -> n == null || n < 0)) {
            refused.add(new FieldProblem("dots", "participation.validation.dotsEach"));
        } else {
            int total = dots.values().stream().mapToInt(Integer::intValue).sum();
            if (total > dotsPerPerson) {
                refused.add(new FieldProblem("dots", "participation.error.dotsOver", dotsPerPerson, total));
            }
        }
        return refused;
    }

    /** Why the count may not be public on the day, or empty: only once it has closed. */
    Optional<FieldProblem> countRefused(LocalDate day) {
        return day.isAfter(closesOn) ? Optional.empty()
                : Optional.of(new FieldProblem("dots", "participation.error.problemsNotClosed",
                        BudgetProcess.day(closesOn)));
    }

    /** Why its count may not be recorded in the public history on the day, or empty: once, after the close. */
    Optional<FieldProblem> recordRefused(LocalDate day) {
        if (countedAt != null) {
            return Optional.of(new FieldProblem("dots", "participation.error.problemsCounted"));
        }
        return countRefused(day);
    }

    void counted(Instant now) {
        this.countedAt = now;
    }

    /** When its count went to the public history, once it did. */
    public Instant getCountedAt() {
        return countedAt;
    }

    /** Why it may not feed a call now, or empty: once its count is in the public history, one call, by address. */
    Optional<FieldProblem> linkRefused(String call) {
        if (countedAt == null) {
            return Optional.of(new FieldProblem("call", "participation.error.problemsUncounted"));
        }
        if (Texts.isBlank(call)) {
            return Optional.of(new FieldProblem("call", "participation.validation.call"));
        }
        return callSlug != null ? Optional.of(new FieldProblem("call", "participation.error.problemsLinked"))
                : Optional.empty();
    }

    void feed(String call) {
        this.callSlug = call.strip();
    }

    public boolean isOpenOn(LocalDate day) {
        return new OpenDays(opensOn, closesOn).isOpenOn(day);
    }

    /** Whether its count is public on the day: after the close. */
    public boolean isCountedOn(LocalDate day) {
        return countRefused(day).isEmpty();
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
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

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public int getDotsPerPerson() {
        return dotsPerPerson;
    }

    public int getSelects() {
        return selects;
    }

    /** The call for proposals it feeds, by its slug, once linked. */
    public String getCallSlug() {
        return callSlug;
    }
}
