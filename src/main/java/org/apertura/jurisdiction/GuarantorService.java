package org.apertura.jurisdiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guarantor authorities (LGTAIP 2025 art. 3 fr. III–V) and their assignments by jurisdiction and kind of obligated
 * subject, with per-institution overrides. Reads are public; writes are for administrators, each checked whole
 * before anything changes, written to the public history in the same transaction, and announced with
 * {@link GuarantorsChanged} so pending appeals follow (to the authority assigned, or to the successor).
 */
@Service
@Transactional(readOnly = true)
public class GuarantorService {

    static final String SUBJECT = "guarantor-authority";

    private final GuarantorStore store;
    private final JurisdictionService directory;
    private final InstitutionRepository institutions;
    private final LedgerService ledger;
    private final ApplicationEventPublisher events;
    private final Today today;

    GuarantorService(GuarantorStore store, JurisdictionService directory, InstitutionRepository institutions,
            LedgerService ledger, ApplicationEventPublisher events, Today today) {
        this.store = store;
        this.directory = directory;
        this.institutions = institutions;
        this.ledger = ledger;
        this.events = events;
        this.today = today;
    }

    public LocalDate today() {
        return today.date();
    }

    /**
     * The assignments in force today that decide a jurisdiction's appeals: its own, and for a municipality its
     * state's for municipal governments (art. 3 fr. IV).
     */
    public List<GuarantorAssignment> inForceFor(Jurisdiction jurisdiction) {
        LocalDate day = today.date();
        boolean municipality = jurisdiction.getLevel() == JurisdictionLevel.MUNICIPALITY;
        Long parent = jurisdiction.getParent() == null ? null : jurisdiction.getParent().getId();
        return store.assignments().stream().filter(a -> a.validOn(day))
                .filter(a -> a.jurisdictionId() == jurisdiction.getId() || (municipality && parent != null
                        && a.jurisdictionId() == parent && a.subjectKind() == Branch.MUNICIPAL))
                .toList();
    }

    /** Every guarantor authority, by jurisdiction and name. */
    public List<GuarantorAuthority> authorities() {
        return store.authorities();
    }

    public GuarantorAuthority authority(String slug) {
        Institution institution = directory.institution(slug);
        return store.authority(institution.getId()).orElseThrow(() -> new NotFoundException("authority " + slug));
    }

    /** Every assignment, by jurisdiction, kind and start. */
    public List<GuarantorAssignment> assignments() {
        return store.assignments();
    }

    /** The assignments of a jurisdiction (its own rows, overrides included). */
    public List<GuarantorAssignment> assignmentsOf(String jurisdictionSlug) {
        return store.assignments().stream().filter(a -> a.jurisdictionSlug().equals(jurisdictionSlug)).toList();
    }

    /** Registers an institution as a guarantor authority, or changes its kind, basis, dates and note. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public GuarantorAuthority register(GuarantorDrafts.Authority draft) {
        GuarantorDrafts.Checked dates = draft.check();
        Institution institution = institutionNamed("institutionSlug", draft.institutionSlug());
        if (!institution.getJurisdiction().hasGuarantor()) {
            throw new InvalidInputException("institutionSlug", "institution.error.guarantorLevel");
        }
        boolean existed = store.authority(institution.getId()).isPresent();
        if (existed) {
            store.updateAuthority(institution.getId(), draft.kind(), draft.legalBasis(), dates.from(), dates.to(),
                    draft.note(), today.now());
        } else {
            store.insertAuthority(institution.getId(), draft.kind(), draft.legalBasis(), dates.from(), dates.to(),
                    draft.note(), today.now());
        }
        if (!institution.isGuarantor()) {
            institution.markGuarantor(today.now());
            institutions.saveAndFlush(institution);
        }
        GuarantorAuthority saved = store.authority(institution.getId()).orElseThrow();
        ledger.append(JurisdictionService.MODULE, existed ? "guarantor.authority.updated"
                : "guarantor.authority.registered", SUBJECT, saved.slug(), publicRecord(saved));
        events.publishEvent(new GuarantorsChanged(dates.from() == null ? today.date() : dates.from()));
        return saved;
    }

    /**
     * Assigns an authority to a kind of subject of a jurisdiction, or to one institution (an override), from a day:
     * the assignment in force for the same target before that day ends the day before; one that would overlap a
     * later one is refused.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public GuarantorAssignment assign(GuarantorDrafts.Assignment draft) {
        GuarantorDrafts.Checked dates = draft.check();
        List<FieldProblem> problems = new ArrayList<>();
        Institution override = draft.institutionSlug() == null ? null
                : institutions.findBySlug(draft.institutionSlug()).orElse(null);
        if (draft.institutionSlug() != null && override == null) {
            problems.add(new FieldProblem("institutionSlug", "guarantor.error.unknownInstitution"));
        }
        Jurisdiction jurisdiction = override != null ? override.getJurisdiction()
                : directory.find(draft.jurisdictionSlug()).orElse(null);
        if (jurisdiction == null && draft.institutionSlug() == null) {
            problems.add(new FieldProblem("jurisdictionSlug", "guarantor.error.unknownJurisdiction"));
        }
        Institution authorityInstitution = institutions.findBySlug(draft.authoritySlug()).orElse(null);
        GuarantorAuthority authority = authorityInstitution == null ? null
                : store.authority(authorityInstitution.getId()).orElse(null);
        if (authority == null) {
            problems.add(new FieldProblem("authoritySlug", "guarantor.error.notAnAuthority"));
        }
        InvalidInputException.throwIfAny(problems);
        List<GuarantorAssignment> sameTarget = store.assignments().stream()
                .filter(a -> override != null ? override.getId().equals(a.institutionId())
                        : !a.override() && a.jurisdictionId() == jurisdiction.getId()
                                && a.subjectKind() == draft.subjectKind())
                .toList();
        List<GuarantorRouting.Closing> closings = GuarantorRouting.supersede(sameTarget, dates.from(), dates.to());
        closings.forEach(c -> store.closeAssignment(c.assignmentId(), c.validTo()));
        long id = store.insertAssignment(jurisdiction.getId(), override == null ? draft.subjectKind() : null,
                override == null ? null : override.getId(), authority.institutionId(), dates.from(), dates.to(),
                draft.legalBasis(), today.now(), actor());
        GuarantorAssignment saved = store.assignments().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        ledger.append(JurisdictionService.MODULE, "guarantor.assigned", "guarantor-assignment", id,
                publicRecord(saved, closings));
        events.publishEvent(new GuarantorsChanged(dates.from() == null ? today.date() : dates.from()));
        return saved;
    }

    /**
     * Ends an authority on its last day and names its successor: every assignment to it in force after that day
     * passes to the successor from the next day, on the succession's basis, and its pending matters follow.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public GuarantorAuthority succeed(String slug, GuarantorDrafts.Succession draft) {
        GuarantorAuthority ended = authority(slug);
        LocalDate lastDay = draft.check();
        Institution successorInstitution = institutions.findBySlug(draft.successorSlug()).orElse(null);
        GuarantorAuthority successor = successorInstitution == null ? null
                : store.authority(successorInstitution.getId()).orElse(null);
        if (successor == null) {
            throw new InvalidInputException("successorSlug", "guarantor.error.notAnAuthority");
        }
        if (successor.institutionId() == ended.institutionId()) {
            throw new InvalidInputException("successorSlug", "guarantor.error.selfSuccessor");
        }
        if (ended.validFrom() != null && lastDay.isBefore(ended.validFrom())) {
            throw new InvalidInputException("lastDay", "guarantor.error.endBeforeStart");
        }
        store.succession(ended.institutionId(), lastDay, successor.institutionId(), draft.basis(), today.now());
        LocalDate first = lastDay.plusDays(1);
        for (GuarantorAssignment a : store.assignments()) {
            if (a.authorityInstitutionId() != ended.institutionId()
                    || (a.validTo() != null && !a.validTo().isAfter(lastDay))) {
                continue;
            }
            boolean startsAfter = a.validFrom() != null && a.validFrom().isAfter(lastDay);
            if (startsAfter) {
                store.closeAssignment(a.id(), a.validFrom().minusDays(1));
            } else {
                store.closeAssignment(a.id(), lastDay);
            }
            store.insertAssignment(a.jurisdictionId(), a.subjectKind(), a.institutionId(), successor.institutionId(),
                    startsAfter ? a.validFrom() : first, a.validTo(), draft.basis(), today.now(),
                    actor());
        }
        GuarantorAuthority saved = authority(slug);
        ledger.append(JurisdictionService.MODULE, "guarantor.authority.succeeded", SUBJECT, saved.slug(),
                publicRecord(saved));
        events.publishEvent(new GuarantorsChanged(first));
        return saved;
    }

    /**
     * Writes the move of the former guarantor bodies to this model to the public history, once, as one event
     * (the migration itself changed no past step).
     */
    @Transactional
    public void announceMigration() {
        List<GuarantorAuthority> migrated = store.unannounced();
        if (migrated.isEmpty()) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("migration", "V202612152000");
        payload.put("basis", "LGTAIP 2025, art. 3 fr. III-V; Transitorio Décimo Noveno");
        payload.put("authorities", migrated.stream().map(GuarantorService::publicRecord).toList());
        ledger.append(JurisdictionService.MODULE, "guarantor.model.migrated", SUBJECT, "migration-V202612152000",
                payload);
        store.announced();
    }

    private static String actor() {
        return PublicActor.current().map(PublicActor::displayName).orElse(SystemActor.NAME);
    }

    private Institution institutionNamed(String field, String slug) {
        return (slug == null ? Optional.<Institution>empty() : institutions.findBySlug(slug))
                .orElseThrow(() -> new InvalidInputException(field, "guarantor.error.unknownInstitution"));
    }

    static Map<String, Object> publicRecord(GuarantorAuthority a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("authority", a.slug());
        p.put("jurisdiction", a.jurisdictionSlug());
        p.put("kind", a.kind().name());
        p.put("legalBasis", a.legalBasis());
        p.put("validFrom", a.validFrom() == null ? null : a.validFrom().toString());
        p.put("validTo", a.validTo() == null ? null : a.validTo().toString());
        p.put("successor", a.successorSlug());
        p.put("successionBasis", a.successionBasis());
        return p;
    }

    private static Map<String, Object> publicRecord(GuarantorAssignment a, List<GuarantorRouting.Closing> closed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("jurisdiction", a.jurisdictionSlug());
        p.put("subjectKind", a.subjectKind() == null ? null : a.subjectKind().name());
        p.put("institution", a.institutionSlug());
        p.put("authority", a.authoritySlug());
        p.put("validFrom", a.validFrom() == null ? null : a.validFrom().toString());
        p.put("validTo", a.validTo() == null ? null : a.validTo().toString());
        p.put("legalBasis", a.legalBasis());
        p.put("closed", closed.stream().map(c -> Map.of("assignment", c.assignmentId(), "validTo",
                c.validTo().toString())).toList());
        return p;
    }
}
