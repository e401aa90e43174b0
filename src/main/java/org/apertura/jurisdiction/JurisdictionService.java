package org.apertura.jurisdiction;

import org.apertura.platform.time.Today;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Slugs;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of jurisdictions and institutions: public reads for everyone; writes for administrators
 * only, each written to the public history in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class JurisdictionService {

    static final String MODULE = "jurisdiction";

    private final JurisdictionRepository jurisdictions;
    private final InstitutionRepository institutions;
    private final LedgerService ledger;
    private final Today today;

    JurisdictionService(JurisdictionRepository jurisdictions, InstitutionRepository institutions, LedgerService ledger,
            Today today) {
        this.jurisdictions = jurisdictions;
        this.institutions = institutions;
        this.ledger = ledger;
        this.today = today;
    }

    /** Every jurisdiction, federation first, then states, then municipalities, each by name. */
    public List<Jurisdiction> all() {
        return jurisdictions.findAllOrdered().stream()
                .sorted(Comparator.comparing(Jurisdiction::getLevel).thenComparing(Jurisdiction::getName))
                .toList();
    }

    public Optional<Jurisdiction> find(String slug) {
        return slug == null ? Optional.empty() : jurisdictions.findBySlug(slug);
    }

    public Optional<Jurisdiction> byId(Long id) {
        return id == null ? Optional.empty() : jurisdictions.findById(id);
    }

    public Jurisdiction get(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("jurisdiction " + slug));
    }

    public List<Jurisdiction> childrenOf(Jurisdiction parent) {
        return jurisdictions.findByParentOrderByName(parent);
    }

    public List<Institution> institutionsOf(Jurisdiction jurisdiction) {
        return institutions.findByJurisdiction(jurisdiction);
    }

    public List<Institution> allInstitutions() {
        return institutions.findAllOrdered();
    }

    public Optional<Institution> guarantorOf(Jurisdiction jurisdiction) {
        return institutions.findByGuarantorOf(jurisdiction.getId());
    }

    /**
     * The guarantor body that answers for a jurisdiction: its own, or for a municipality the one of its
     * state (municipalities have no guarantor body of their own).
     */
    public Optional<Institution> guarantorFor(Jurisdiction jurisdiction) {
        Jurisdiction managed = jurisdictions.findById(jurisdiction.getId()).orElseThrow();
        for (Jurisdiction j = managed; j != null; j = j.getParent()) {
            Optional<Institution> guarantor = guarantorOf(j);
            if (guarantor.isPresent()) {
                return guarantor;
            }
        }
        return Optional.empty();
    }

    public Institution institution(String slug) {
        return institutions.findBySlug(slug).orElseThrow(() -> new NotFoundException("institution " + slug));
    }

    public boolean isEmpty() {
        return jurisdictions.count() == 0;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Jurisdiction createJurisdiction(JurisdictionDraft draft) {
        draft = withSlug(draft);
        Jurisdiction parent = resolveParent(draft);
        Jurisdiction.check(draft, parent);
        requireFreeSlug(jurisdictions.existsBySlug(draft.slug()));
        if (draft.level() == JurisdictionLevel.FEDERAL && jurisdictions.countByLevel(JurisdictionLevel.FEDERAL) > 0) {
            throw new InvalidInputException("level", "jurisdiction.error.oneFederal");
        }
        Jurisdiction created = saveJurisdiction(new Jurisdiction(draft, parent, now()));
        ledger.append(MODULE, "jurisdiction.created", "jurisdiction", created.getId(), created.publicRecord());
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Jurisdiction updateJurisdiction(String slug, JurisdictionDraft draft) {
        Jurisdiction jurisdiction = get(slug);
        requireVersion(draft.expectedVersion(), jurisdiction.getVersion());
        draft = withSlug(draft);
        if (!draft.slug().equals(jurisdiction.getSlug())) {
            requireFreeSlug(jurisdictions.existsBySlug(draft.slug()));
        }
        if (draft.level() != jurisdiction.getLevel()) {
            throw new InvalidInputException("level", "jurisdiction.error.levelFixed");
        }
        jurisdiction.apply(draft, resolveParent(draft), now());
        saveJurisdiction(jurisdiction);
        ledger.append(MODULE, "jurisdiction.updated", "jurisdiction", jurisdiction.getId(), jurisdiction.publicRecord());
        return jurisdiction;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Institution createInstitution(InstitutionDraft draft) {
        draft = withSlug(draft);
        Jurisdiction jurisdiction = find(draft.jurisdictionSlug()).orElse(null);
        Institution.check(draft, jurisdiction);
        requireFreeSlug(institutions.existsBySlug(draft.slug()));
        requireNoOtherGuarantor(draft, jurisdiction, null);
        Institution created = saveInstitution(new Institution(draft, jurisdiction, now()));
        ledger.append(MODULE, "institution.created", "institution", created.getId(), created.publicRecord());
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Institution updateInstitution(String slug, InstitutionDraft draft) {
        Institution institution = institution(slug);
        requireVersion(draft.expectedVersion(), institution.getVersion());
        draft = withSlug(draft);
        if (!draft.slug().equals(institution.getSlug())) {
            requireFreeSlug(institutions.existsBySlug(draft.slug()));
        }
        Jurisdiction jurisdiction = find(draft.jurisdictionSlug()).orElse(null);
        Institution.check(draft, jurisdiction);
        requireNoOtherGuarantor(draft, jurisdiction, institution);
        institution.apply(draft, jurisdiction, now());
        saveInstitution(institution);
        ledger.append(MODULE, "institution.updated", "institution", institution.getId(), institution.publicRecord());
        return institution;
    }

    private Jurisdiction resolveParent(JurisdictionDraft draft) {
        if (draft.parentSlug() == null) {
            return null;
        }
        return find(draft.parentSlug())
                .orElseThrow(() -> new InvalidInputException("parentSlug", "jurisdiction.error.parentMissing"));
    }

    private void requireNoOtherGuarantor(InstitutionDraft draft, Jurisdiction jurisdiction, Institution self) {
        if (draft.guarantor() && jurisdiction != null) {
            guarantorOf(jurisdiction).filter(g -> self == null || !g.getId().equals(self.getId()))
                    .ifPresent(g -> {
                        throw new InvalidInputException("guarantor", "institution.error.guarantorTaken", g.getName());
                    });
        }
    }

    private static void requireFreeSlug(boolean taken) {
        if (taken) {
            throw new InvalidInputException("slug", "validation.slug.taken");
        }
    }

    private static void requireVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new InvalidInputException("version", "validation.stale");
        }
    }

    private static JurisdictionDraft withSlug(JurisdictionDraft d) {
        return d.slug() != null || d.name() == null ? d
                : new JurisdictionDraft(Slugs.of(d.name()), d.name(), d.level(), d.parentSlug(), d.inegiCode(),
                        d.description(), d.expectedVersion());
    }

    private static InstitutionDraft withSlug(InstitutionDraft d) {
        return d.slug() != null || d.name() == null ? d
                : new InstitutionDraft(Slugs.of(d.name()), d.name(), d.acronym(), d.jurisdictionSlug(), d.branch(),
                        d.guarantor(), d.website(), d.expectedVersion());
    }

    /** The database has the last word on uniqueness (two admins at once): its refusal becomes a field error. */
    private Jurisdiction saveJurisdiction(Jurisdiction jurisdiction) {
        try {
            return jurisdictions.saveAndFlush(jurisdiction);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("slug", "validation.slug.taken");
        }
    }

    private Institution saveInstitution(Institution institution) {
        try {
            return institutions.saveAndFlush(institution);
        } catch (DataIntegrityViolationException e) {
            String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase();
            throw new InvalidInputException(message.contains("guarantor") ? "guarantor" : "slug",
                    message.contains("guarantor") ? "institution.error.guarantorTaken" : "validation.slug.taken", "");
        }
    }

    private Instant now() {
        return today.now();
    }
}
