package org.apertura.actionplan;

import org.apertura.platform.kits.AdaptedFrom;
import org.apertura.platform.kits.Adaptation;
import org.apertura.platform.Texts;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/**
 * A commitment of an action plan, with the fields of the OGP/IRM template: the problem and its causes,
 * the status quo, what is proposed and expected, themes, OGP values each with its justification, the lead
 * institution and co-responsible actors, budget, dates. A plain-language summary opens it for everyone.
 */
@Entity
@Table(name = "commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private String code;
    private String title;
    private String summary;
    private String problem;
    private String causes;
    private String baseline;
    private String objective;
    private String description;
    private String expectedResults;
    private Long leadInstitutionId;
    private String contact;
    private BigDecimal budgetAmount;
    private String budgetProgramme;
    private LocalDate startDate;
    private LocalDate endDate;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commitment_theme", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commitment_value", joinColumns = @JoinColumn(name = "commitment_id"))
    @MapKeyColumn(name = "ogp_value")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "justification")
    private Map<OgpValue, String> values = new EnumMap<>(OgpValue.class);
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commitment_actor", joinColumns = @JoinColumn(name = "commitment_id"))
    @OrderColumn(name = "position")
    private List<CoResponsible> actors = new ArrayList<>();
    @Embedded
    private AdaptedFrom adaptedFrom;
    private Instant createdAt;
    @Version
    private long version;

    protected Commitment() {
    }

    Commitment(Long planId, CommitmentDraft draft, Long leadInstitutionId, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.code() == null || draft.code().isBlank() || draft.code().length() > 20) {
            problems.add(new FieldProblem("code", "validation.required.max", 20));
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 300) {
            problems.add(new FieldProblem("title", "validation.required.max", 300));
        }
        if (leadInstitutionId == null) {
            problems.add(new FieldProblem("leadInstitutionSlug", "commitment.error.lead"));
        }
        if (draft.startDate() == null) {
            problems.add(new FieldProblem("startDate", "validation.date"));
        }
        if (draft.endDate() == null) {
            problems.add(new FieldProblem("endDate", "validation.date"));
        } else if (draft.startDate() != null && draft.endDate().isBefore(draft.startDate())) {
            problems.add(new FieldProblem("endDate", "commitment.error.dates"));
        }
        if (draft.budgetAmount() != null && draft.budgetAmount().signum() < 0) {
            problems.add(new FieldProblem("budgetAmount", "commitment.error.budget"));
        }
        if (draft.values() != null && draft.values().values().stream().anyMatch(j -> j != null && j.length() > 2000)) {
            problems.add(new FieldProblem("values", "validation.max", 2000));
        }
        InvalidInputException.throwIfAny(problems);
        this.planId = planId;
        this.code = draft.code().strip();
        this.title = draft.title().strip();
        this.summary = draft.summary();
        this.problem = draft.problem();
        this.causes = draft.causes();
        this.baseline = draft.baseline();
        this.objective = draft.objective();
        this.description = draft.description();
        this.expectedResults = draft.expectedResults();
        this.leadInstitutionId = leadInstitutionId;
        this.contact = draft.contact();
        this.budgetAmount = draft.budgetAmount();
        this.budgetProgramme = draft.budgetProgramme();
        this.startDate = draft.startDate();
        this.endDate = draft.endDate();
        if (draft.themes() != null) {
            this.themes.addAll(draft.themes());
        }
        if (draft.values() != null) {
            draft.values().forEach((value, justification) -> {
                if (justification != null && !justification.isBlank()) {
                    this.values.put(value, justification.strip());
                }
            });
        }
        if (draft.actors() != null) {
            draft.actors().stream().filter(a -> a.sector() != null && a.name() != null && !a.name().isBlank())
                    .forEach(this.actors::add);
        }
        this.createdAt = now;
    }

    /**
     * Changes the commitment's texts (a published plan's commitments change only this way, with a reason
     * recorded by the service). Title stays required; the rest may be emptied.
     */
    void revise(CommitmentText text) {
        if (text.title() == null || text.title().isBlank() || text.title().length() > 300) {
            throw new InvalidInputException("title", "validation.required.max", 300);
        }
        this.title = text.title().strip();
        this.summary = Texts.blankToNull(text.summary());
        this.problem = Texts.blankToNull(text.problem());
        this.causes = Texts.blankToNull(text.causes());
        this.baseline = Texts.blankToNull(text.baseline());
        this.objective = Texts.blankToNull(text.objective());
        this.description = Texts.blankToNull(text.description());
        this.expectedResults = Texts.blankToNull(text.expectedResults());
        this.contact = Texts.blankToNull(text.contact());
    }

    /** The texts of a commitment that can be revised. */
    public record CommitmentText(String title, String summary, String problem, String causes, String baseline,
            String objective, String description, String expectedResults, String contact) {
    }

    /** Whether technology and innovation stands beside one of the other three values, as OGP requires. */
    public boolean hasCoreValue() {
        return values.keySet().stream().anyMatch(v -> v != OgpValue.TECHNOLOGY);
    }

    /** Records the kit this commitment was adapted from (set once, when it is imported). */
    void adaptedFrom(Adaptation origin) {
        this.adaptedFrom = AdaptedFrom.of(origin);
    }

    /** The kit this commitment was adapted from, or null when it was written here. */
    public Adaptation getAdaptation() {
        return AdaptedFrom.adaptation(adaptedFrom);
    }

    Map<String, Object> publicRecord(String plan, String leadInstitution) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("plan", plan);
        record.put("code", code);
        record.put("title", title);
        record.put("summary", summary);
        record.put("problem", problem);
        record.put("causes", causes);
        record.put("baseline", baseline);
        record.put("objective", objective);
        record.put("description", description);
        record.put("expectedResults", expectedResults);
        record.put("themes", themes.stream().map(Enum::name).sorted().toList());
        Map<String, Object> justified = new LinkedHashMap<>();
        values.forEach((value, justification) -> justified.put(value.name(), justification));
        record.put("values", justified);
        record.put("leadInstitution", leadInstitution);
        record.put("budgetAmount", budgetAmount);
        record.put("budgetProgramme", budgetProgramme);
        record.put("startDate", startDate);
        record.put("endDate", endDate);
        if (getAdaptation() != null) {
            record.put("adaptedFrom", getAdaptation().publicRecord());
        }
        return record;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getProblem() {
        return problem;
    }

    public String getCauses() {
        return causes;
    }

    public String getBaseline() {
        return baseline;
    }

    public String getObjective() {
        return objective;
    }

    public String getDescription() {
        return description;
    }

    public String getExpectedResults() {
        return expectedResults;
    }

    /**
     * The texts of the OGP commitment template's sections, by name and in its order (problem, causes, baseline,
     * objective, description, expected results); null where not written.
     */
    public Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("problem", problem);
        sections.put("causes", causes);
        sections.put("baseline", baseline);
        sections.put("objective", objective);
        sections.put("description", description);
        sections.put("expectedResults", expectedResults);
        return sections;
    }

    public Long getLeadInstitutionId() {
        return leadInstitutionId;
    }

    public String getContact() {
        return contact;
    }

    public BigDecimal getBudgetAmount() {
        return budgetAmount;
    }

    public String getBudgetProgramme() {
        return budgetProgramme;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Set<Theme> getThemes() {
        Set<Theme> copy = EnumSet.noneOf(Theme.class);
        copy.addAll(themes);
        return copy;
    }

    public Map<OgpValue, String> getValues() {
        Map<OgpValue, String> copy = new EnumMap<>(OgpValue.class);
        copy.putAll(values);
        return copy;
    }

    public List<CoResponsible> getActors() {
        return List.copyOf(actors);
    }
}
