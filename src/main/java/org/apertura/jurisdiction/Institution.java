package org.apertura.jurisdiction;

import org.apertura.platform.Texts;
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

/** A public body bound by transparency law (sujeto obligado), of one jurisdiction and one branch. */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    private String acronym;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_id")
    private Jurisdiction jurisdiction;
    @Enumerated(EnumType.STRING)
    private Branch branch;
    /** The jurisdiction this body is a guarantor authority of (its own), or null; see {@link GuarantorAuthority}. */
    private Long guarantorOf;
    private String website;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Institution() {
    }

    Institution(InstitutionDraft draft, Jurisdiction jurisdiction, Instant now) {
        this.createdAt = now;
        apply(draft, jurisdiction, now);
    }

    /**
     * The rules of an institution: a municipal government belongs to a municipality and a municipality
     * holds only municipal bodies; a guarantor authority sits in the federation or a state, of any branch
     * (LGTAIP 2025 art. 3 fr. III–V: the federal one is a deconcentrated body of the executive, the local ones the
     * state comptrollers, the others internal control bodies of each branch); a jurisdiction may have several.
     */
    static void check(InstitutionDraft draft, Jurisdiction jurisdiction) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Slugs.isValid(draft.slug())) {
            problems.add(new FieldProblem("slug", "validation.slug"));
        }
        if (draft.name() == null || draft.name().length() > 250) {
            problems.add(new FieldProblem("name", "validation.required.max", 250));
        }
        if (draft.acronym() != null && draft.acronym().length() > 30) {
            problems.add(new FieldProblem("acronym", "validation.max", 30));
        }
        FieldProblem.required(jurisdiction, "jurisdictionSlug", problems);
        if (draft.branch() == null) {
            problems.add(new FieldProblem("branch", "validation.required"));
        } else if (jurisdiction != null) {
            boolean municipality = jurisdiction.getLevel() == JurisdictionLevel.MUNICIPALITY;
            if (municipality && draft.branch() != Branch.MUNICIPAL) {
                problems.add(new FieldProblem("branch", "institution.error.municipalityBranch"));
            } else if (!municipality && draft.branch() == Branch.MUNICIPAL) {
                problems.add(new FieldProblem("branch", "institution.error.municipalBranchOutside"));
            }
        }
        if (draft.guarantor()) {
            if (jurisdiction != null && !jurisdiction.hasGuarantor()) {
                problems.add(new FieldProblem("guarantor", "institution.error.guarantorLevel"));
            }
        }
        if (draft.website() != null && !Texts.isWebAddress(draft.website(), 300)) {
            problems.add(new FieldProblem("website", "validation.url"));
        }
        InvalidInputException.throwIfAny(problems);
    }

    void apply(InstitutionDraft draft, Jurisdiction jurisdiction, Instant now) {
        check(draft, jurisdiction);
        this.slug = draft.slug();
        this.name = draft.name();
        this.acronym = draft.acronym();
        this.jurisdiction = jurisdiction;
        this.branch = draft.branch();
        this.guarantorOf = draft.guarantor() ? jurisdiction.getId() : null;
        this.website = draft.website();
        this.updatedAt = now;
    }

    /** Registered as a guarantor authority of its own jurisdiction (see {@link GuarantorService}). */
    void markGuarantor(Instant now) {
        this.guarantorOf = jurisdiction.getId();
        this.updatedAt = now;
    }

    Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("slug", slug);
        record.put("name", name);
        record.put("acronym", acronym);
        record.put("jurisdiction", jurisdiction.getSlug());
        record.put("branch", branch);
        record.put("guarantor", isGuarantor());
        record.put("website", website);
        return record;
    }

    public boolean isGuarantor() {
        return guarantorOf != null;
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

    public String getAcronym() {
        return acronym;
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public Branch getBranch() {
        return branch;
    }

    public String getWebsite() {
        return website;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
