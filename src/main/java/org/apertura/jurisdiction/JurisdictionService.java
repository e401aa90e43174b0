package org.apertura.jurisdiction;

import org.apertura.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
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
    private final GuarantorStore guarantors;

    JurisdictionService(JurisdictionRepository jurisdictions, InstitutionRepository institutions, LedgerService ledger,
            Today today, GuarantorStore guarantors) {
        this.jurisdictions = jurisdictions;
        this.institutions = institutions;
        this.ledger = ledger;
        this.today = today;
        this.guarantors = guarantors;
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

    /**
     * The guarantor authority of a jurisdiction's own general matters: the one {@link #guarantorFor} gives when it
     * sits in this jurisdiction, else the first authority registered in it.
     */
    public Optional<Institution> guarantorOf(Jurisdiction jurisdiction) {
        List<Institution> own = institutions.findByGuarantorOf(jurisdiction.getId());
        return guarantorFor(jurisdiction).filter(own::contains).or(() -> own.stream().findFirst());
    }

    /**
     * The guarantor authority that answers today for a jurisdiction's general matters: the one assigned to its
     * executive (a municipality's: to its municipal governments, art. 3 fr. IV), whose calendar its deadlines are
     * counted on; without assignments, the guarantor registered in it or in its state.
     */
    public Optional<Institution> guarantorFor(Jurisdiction jurisdiction) {
        Jurisdiction managed = jurisdictions.findById(jurisdiction.getId()).orElseThrow();
        Branch general = managed.getLevel() == JurisdictionLevel.MUNICIPALITY ? Branch.MUNICIPAL : Branch.EXECUTIVE;
        Optional<GuarantorAssignment> assigned = GuarantorRouting.route(guarantors.assignments(), -1, general,
                chainOf(managed), today.date());
        if (assigned.isPresent()) {
            return institutions.findBySlug(assigned.get().authoritySlug());
        }
        for (Jurisdiction j = managed; j != null; j = j.getParent()) {
            List<Institution> guarantor = institutions.findByGuarantorOf(j.getId());
            if (!guarantor.isEmpty()) {
                return Optional.of(guarantor.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The guarantor authority that hears an appeal against an institution filed on {@code day}, and the basis of
     * the assignment in force that day (LGTAIP 2025 art. 3 fr. III–V); without any assignment, the guarantor of
     * its jurisdiction as before the 2025 model.
     */
    public Optional<GuarantorRoute> authorityFor(Institution institution, LocalDate day) {
        Institution managed = institutions.findById(institution.getId()).orElseThrow();
        Optional<GuarantorAssignment> assigned = GuarantorRouting.route(guarantors.assignments(), managed.getId(),
                managed.getBranch(), chainOf(managed.getJurisdiction()), day);
        if (assigned.isPresent()) {
            return institutions.findBySlug(assigned.get().authoritySlug())
                    .map(a -> new GuarantorRoute(a, assigned.get().legalBasis()));
        }
        return guarantorFor(managed.getJurisdiction()).map(g -> new GuarantorRoute(g, null));
    }

    /**
     * Where a matter about an institution pending before authority {@code currentAuthorityId} goes on {@code day}:
     * to the authority assigned then, or to the successor of one that ended; empty when it stays.
     */
    public Optional<GuarantorRoute> followFor(long currentAuthorityId, Institution institution, LocalDate day) {
        Institution managed = institutions.findById(institution.getId()).orElseThrow();
        java.util.Map<Long, GuarantorAuthority> byId = new java.util.HashMap<>();
        guarantors.authorities().forEach(a -> byId.put(a.institutionId(), a));
        return GuarantorRouting.follow(guarantors.assignments(), byId, currentAuthorityId, managed.getId(),
                        managed.getBranch(), chainOf(managed.getJurisdiction()), day)
                .flatMap(m -> institutions.findById(m.authorityInstitutionId()).map(Institution::getSlug)
                        .flatMap(institutions::findBySlug).map(a -> new GuarantorRoute(a, m.basis())));
    }

    /**
     * Where an institution's assignments are looked for: its jurisdiction, and for a municipality its state too
     * (art. 3 fr. IV). Never the federation for a state's subjects: the federal authority does not hear them.
     */
    static List<Long> chainOf(Jurisdiction jurisdiction) {
        List<Long> chain = new java.util.ArrayList<>();
        chain.add(jurisdiction.getId());
        if (jurisdiction.getLevel() == JurisdictionLevel.MUNICIPALITY && jurisdiction.getParent() != null) {
            chain.add(jurisdiction.getParent().getId());
        }
        return chain;
    }

    public LocalDate today() {
        return today.date();
    }

    public Optional<Institution> institutionById(Long id) {
        return id == null ? Optional.empty() : institutions.findById(id);
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
            throw new InvalidInputException("slug", "validation.slug.taken");
        }
    }

    private Instant now() {
        return today.now();
    }
}
