package org.apertura.actionplan;

import org.apertura.platform.kits.ContentLicence;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Slugs;

/** One co-creation cycle of a jurisdiction, run by its secretariat, moving through dated phases. */
@Entity
@Table(name = "exercise")
public class Exercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    private Long jurisdictionId;
    private Long bodyId;
    private String description;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_phase", joinColumns = @JoinColumn(name = "exercise_id"))
    @MapKeyColumn(name = "phase")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "starts_on")
    private Map<Phase, LocalDate> phases = new EnumMap<>(Phase.class);
    private Instant createdAt;
    @jakarta.persistence.Enumerated(EnumType.STRING)
    private ContentLicence licence = ContentLicence.CC_BY_4_0;
    @Version
    private long version;

    protected Exercise() {
    }

    Exercise(String slug, String name, Long jurisdictionId, Long bodyId, String description, Map<Phase, LocalDate> phases,
            Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Slugs.isValid(slug)) {
            problems.add(new FieldProblem("slug", "validation.slug"));
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(new FieldProblem("name", "validation.required.max", 200));
        }
        if (bodyId == null) {
            problems.add(new FieldProblem("bodySlug", "exercise.error.body"));
        }
        if (phases == null || phases.get(Phase.INSTALLATION) == null) {
            problems.add(new FieldProblem("phases", "exercise.error.installation"));
        } else {
            LocalDate previous = null;
            for (Phase phase : Phase.values()) {
                LocalDate start = phases.get(phase);
                if (start != null && previous != null && start.isBefore(previous)) {
                    problems.add(new FieldProblem("phases", "exercise.error.phaseOrder"));
                    break;
                }
                if (start != null) {
                    previous = start;
                }
            }
        }
        InvalidInputException.throwIfAny(problems);
        this.slug = slug;
        this.name = name.strip();
        this.jurisdictionId = jurisdictionId;
        this.bodyId = bodyId;
        this.description = description;
        this.phases.putAll(phases);
        this.createdAt = now;
    }

    /** The phase the exercise is in on a day: the last one that has started; null before installation. */
    public Phase phaseOn(LocalDate day) {
        Phase current = null;
        for (Phase phase : Phase.values()) {
            LocalDate start = phases.get(phase);
            if (start != null && !start.isAfter(day)) {
                current = phase;
            }
        }
        return current;
    }

    /** The licence of the exercise's content (CC-BY-4.0 unless it chose another). */
    public ContentLicence getLicence() {
        return licence == null ? ContentLicence.CC_BY_4_0 : licence;
    }

    void licence(ContentLicence licence) {
        this.licence = licence == null ? ContentLicence.CC_BY_4_0 : licence;
    }

    Map<String, Object> publicRecord(String jurisdiction, String body) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("slug", slug);
        record.put("name", name);
        record.put("jurisdiction", jurisdiction);
        record.put("body", body);
        Map<String, Object> dates = new LinkedHashMap<>();
        phases.forEach((phase, date) -> dates.put(phase.name(), date));
        record.put("phases", dates);
        return record;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public String getDescription() {
        return description;
    }

    /** The start date of each phase that has one, in order. */
    public Map<Phase, LocalDate> getPhases() {
        Map<Phase, LocalDate> ordered = new EnumMap<>(Phase.class);
        ordered.putAll(phases);
        return ordered;
    }
}
