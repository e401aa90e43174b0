package org.apertura.jurisdiction;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Slugs;

/** A level of government with its territory: the federation, a state or a municipality. */
@Entity
@Table(name = "jurisdiction")
public class Jurisdiction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    @Enumerated(EnumType.STRING)
    private JurisdictionLevel level;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Jurisdiction parent;
    private String inegiCode;
    private String description;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Jurisdiction() {
    }

    Jurisdiction(JurisdictionDraft draft, Jurisdiction parent, Instant now) {
        this.createdAt = now;
        apply(draft, parent, now);
    }

    /** Checks every rule of a draft at once; throws with all the problems found. */
    static void check(JurisdictionDraft draft, Jurisdiction parent) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Slugs.isValid(draft.slug())) {
            problems.add(new FieldProblem("slug", "validation.slug"));
        }
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            problems.add(new FieldProblem("name", "validation.required.max", 200));
        }
        if (draft.level() == null) {
            problems.add(new FieldProblem("level", "validation.required"));
        } else if (draft.level().parentLevel() == null && parent != null) {
            problems.add(new FieldProblem("parentSlug", "jurisdiction.error.federalHasNoParent"));
        } else if (draft.level().parentLevel() != null
                && (parent == null || parent.getLevel() != draft.level().parentLevel())) {
            problems.add(new FieldProblem("parentSlug", "jurisdiction.error.parentLevel." + draft.level()));
        }
        if (draft.inegiCode() != null && !draft.inegiCode().matches("\\d{2}(\\d{3})?")) {
            problems.add(new FieldProblem("inegiCode", "jurisdiction.error.inegiCode"));
        }
        if (draft.description() != null && draft.description().length() > 2000) {
            problems.add(new FieldProblem("description", "validation.max", 2000));
        }
        InvalidInputException.throwIfAny(problems);
    }

    void apply(JurisdictionDraft draft, Jurisdiction parent, Instant now) {
        check(draft, parent);
        if (id != null && parent != null && parent.isSelfOrDescendantOf(this)) {
            throw new InvalidInputException("parentSlug", "jurisdiction.error.cycle");
        }
        this.slug = draft.slug();
        this.name = draft.name().trim();
        this.level = draft.level();
        this.parent = parent;
        this.inegiCode = draft.inegiCode();
        this.description = draft.description();
        this.updatedAt = now;
    }

    private boolean isSelfOrDescendantOf(Jurisdiction other) {
        for (Jurisdiction j = this; j != null; j = j.parent) {
            if (j.id != null && j.id.equals(other.id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a guarantor body (organismo garante) may sit at this level: the federation and the states. */
    public boolean hasGuarantor() {
        return level != JurisdictionLevel.MUNICIPALITY;
    }

    /** The public record written to the ledger and served by the API. */
    Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("slug", slug);
        record.put("name", name);
        record.put("level", level);
        record.put("parent", parent == null ? null : parent.getSlug());
        record.put("inegiCode", inegiCode);
        record.put("description", description);
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

    public JurisdictionLevel getLevel() {
        return level;
    }

    public Jurisdiction getParent() {
        return parent;
    }

    public String getInegiCode() {
        return inegiCode;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
