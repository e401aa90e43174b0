package org.apertura.actionplan;

import org.apertura.platform.PlatformProperties;
import java.util.Set;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.time.Today;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apertura.jurisdiction.Institution;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.web.LinkedRecords;
import org.apertura.platform.storage.FileTypes;
import org.apertura.platform.storage.Storage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of milestones. A liaison of the commitment's lead institution submits it once the plan is
 * published; a member of the secretariat from another sector than government (civil society or the
 * guarantor authority) accepts or rejects it with a reason. Accepted evidence completes its milestone, and
 * so moves the commitment's progress. Every step goes to the ledger.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    private final EvidenceRepository evidence;
    private final MilestoneRepository milestones;
    private final ActionPlanService plans;
    private final Storage storage;
    private final LedgerService ledger;
    private final Today today;
    private final long maxBytes;
    private final PlanPolicy policy;
    private final List<LinkedRecords> linkedRecords;

    EvidenceService(EvidenceRepository evidence, MilestoneRepository milestones, ActionPlanService plans,
            Storage storage, LedgerService ledger, Today today, PlanPolicy policy,
            PlatformProperties settings, List<LinkedRecords> linkedRecords) {
        this.policy = policy;
        this.linkedRecords = linkedRecords;
        this.evidence = evidence;
        this.milestones = milestones;
        this.plans = plans;
        this.storage = storage;
        this.ledger = ledger;
        this.today = today;
        this.maxBytes = settings.evidence().maxBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The evidence of each milestone of a commitment. */
    public Map<Long, List<Evidence>> byMilestone(Commitment commitment) {
        List<Long> ids = plans.milestones(commitment).stream().map(Milestone::getId).toList();
        return ids.isEmpty() ? Map.of()
                : evidence.findByMilestoneIdInOrderBySubmittedAtAsc(ids).stream()
                        .collect(Collectors.groupingBy(Evidence::getMilestoneId));
    }

    public Evidence get(Long id) {
        return evidence.findById(id).orElseThrow(() -> new NotFoundException("evidence " + id));
    }

    /** The stored file of a piece of evidence, checked against its SHA-256. */
    public Optional<byte[]> file(Evidence item) {
        return item.getKind() == Evidence.Kind.FILE ? storage.read(item.getSha256()) : Optional.empty();
    }

    /**
     * What the current person may do with a commitment's progress, as its policy says: the milestones they may
     * report evidence for on its page (those not yet complete), and the evidence they may review now.
     */
    public record OnProgress(Allowed<PlanAction> allowed, Set<Long> submittable, Set<Long> reviewable) {
    }

    public OnProgress allowedOn(Commitment commitment) {
        return allowedOn(commitment, byMilestone(commitment));
    }

    /** As {@link #allowedOn(Commitment)}, given the commitment's evidence by milestone the page already read. */
    public OnProgress allowedOn(Commitment commitment, Map<Long, List<Evidence>> byMilestone) {
        Actor actor = Actor.current();
        ActionPlan plan = plans.plan(commitment.getPlanId());
        String body = bodyOf(plan);
        Allowed<PlanAction> allowed = policy.onProgress(actor, body, leadSlug(commitment), plan);
        Set<Long> submittable = !allowed.may(PlanAction.SUBMIT_EVIDENCE) ? Set.of()
                : plans.milestones(commitment).stream().filter(m -> !m.isComplete()).map(Milestone::getId)
                        .collect(Collectors.toUnmodifiableSet());
        Set<Long> reviewable = byMilestone.values().stream().flatMap(List::stream)
                .filter(e -> policy.mayReview(actor, body, e)).map(Evidence::getId)
                .collect(Collectors.toUnmodifiableSet());
        return new OnProgress(allowed, submittable, reviewable);
    }

    /** What the current person may do with the commitment's progress now (evidence, assessments). */
    public Allowed<PlanAction> allowedFor(Commitment commitment) {
        ActionPlan plan = plans.plan(commitment.getPlanId());
        return policy.onProgress(Actor.current(), bodyOf(plan), leadSlug(commitment), plan);
    }

    /** Whether the current person may review this commitment's evidence, and in which sector. */
    public Optional<String> reviewingSector(Commitment commitment) {
        return policy.reviewingSector(Actor.current(), bodyOf(plans.plan(commitment.getPlanId())));
    }

    private String bodyOf(ActionPlan plan) {
        return plans.bodyOf(plans.exerciseOf(plan)).getSlug();
    }

    private String leadSlug(Commitment commitment) {
        return plans.leadInstitution(commitment).map(Institution::getSlug).orElse(null);
    }

    @Transactional
    public Evidence submitFile(Long milestoneId, String title, String fileName, byte[] content) {
        Milestone milestone = milestone(milestoneId);
        Commitment commitment = plans.commitment(milestone.getCommitmentId());
        PublicActor actor = requireSubmitter(commitment);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "evidence.error.noFile");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException("file", "evidence.error.tooLarge", String.valueOf(maxBytes / (1024 * 1024)));
        }
        String type = FileTypes.detect(content, fileName)
                .orElseThrow(() -> new InvalidInputException("file", "evidence.error.type"));
        Evidence item = Evidence.file(milestoneId, title, fileName, type, content.length, storage.store(content),
                actor.displayName(), now());
        return saveSubmitted(item, commitment, milestone);
    }

    @Transactional
    public Evidence submitLink(Long milestoneId, Evidence.Kind kind, String title, String url) {
        Milestone milestone = milestone(milestoneId);
        Commitment commitment = plans.commitment(milestone.getCommitmentId());
        PublicActor actor = requireSubmitter(commitment);
        Evidence item = Evidence.link(milestoneId, kind == null ? Evidence.Kind.LINK : kind, title, url,
                actor.displayName(), now());
        return saveSubmitted(item, commitment, milestone);
    }

    /**
     * Evidence that is a contracting process published on this site, by its ocid; the title defaults to the
     * process's. 400 when no process has that ocid.
     */
    @Transactional
    public Evidence submitProcess(Long milestoneId, String title, String ocid) {
        Milestone milestone = milestone(milestoneId);
        Commitment commitment = plans.commitment(milestone.getCommitmentId());
        PublicActor actor = requireSubmitter(commitment);
        LinkedRecords.LinkedRecord process = processes().flatMap(p -> p.find(ocid))
                .orElseThrow(() -> new InvalidInputException("ocid", "evidence.error.noProcess",
                        ocid == null ? "" : ocid.strip()));
        String named = title == null || title.isBlank() ? (process.title().length() > 300 ? process.title().substring(0, 300) : process.title()) : title;
        Evidence item = Evidence.record(milestoneId, named, process.id(), process.path(), actor.displayName(), now());
        return saveSubmitted(item, commitment, milestone);
    }

    /** The contracting processes the evidence points at, as they are now, by ocid (none when it points at none). */
    @Transactional(readOnly = true)
    public Map<String, LinkedRecords.LinkedRecord> linked(Collection<Evidence> items) {
        Map<String, LinkedRecords.LinkedRecord> out = new HashMap<>();
        processes().ifPresent(source -> items.stream().filter(e -> e.getRecordId() != null)
                .forEach(e -> source.find(e.getRecordId()).ifPresent(r -> out.put(e.getRecordId(), r))));
        return out;
    }

    /** An institution's contracting processes, the latest changed first, to link as evidence. */
    @Transactional(readOnly = true)
    public List<LinkedRecords.LinkedRecord> processesOf(String institutionSlug, int limit) {
        return processes().map(p -> p.ofInstitution(institutionSlug, limit)).orElse(List.of());
    }

    private Optional<LinkedRecords> processes() {
        return linkedRecords.stream().filter(r -> r.kind().equals(LinkedRecords.CONTRACTING_PROCESS)).findFirst();
    }

    /** Accepts or rejects evidence with a reason; acceptance completes the milestone. */
    @Transactional
    public Evidence review(Long evidenceId, boolean accept, String reason) {
        Evidence item = get(evidenceId);
        Milestone milestone = milestone(item.getMilestoneId());
        Commitment commitment = plans.commitment(milestone.getCommitmentId());
        String sector = reviewingSector(commitment).orElseThrow(() -> new AccessDeniedException(
                "only a secretariat member of civil society or the guarantor authority reviews evidence"));
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("no account"));
        item.review(accept, reason, actor.displayName(), sector, now());
        evidence.saveAndFlush(item);
        ledger.append(ActionPlanService.MODULE, accept ? "evidence.accepted" : "evidence.rejected", "commitment",
                commitment.getId(), item.publicRecord(commitment.getCode(), milestone.getTitle()));
        if (accept && !milestone.isComplete()) {
            milestone.complete(plans.today());
            milestones.saveAndFlush(milestone);
            Progress progress = plans.progress(commitment);
            ledger.append(ActionPlanService.MODULE, "milestone.completed", "commitment", commitment.getId(),
                    Map.of("commitment", commitment.getCode(), "milestone", milestone.getTitle(),
                            "completedOn", milestone.getCompletedOn(), "progressPercent", progress.percent(),
                            "completion", progress.completion()));
        }
        return item;
    }

    private Evidence saveSubmitted(Evidence item, Commitment commitment, Milestone milestone) {
        evidence.saveAndFlush(item);
        ledger.append(ActionPlanService.MODULE, "evidence.submitted", "commitment", commitment.getId(),
                item.publicRecord(commitment.getCode(), milestone.getTitle()));
        return item;
    }

    private PublicActor requireSubmitter(Commitment commitment) {
        Institution lead = plans.leadInstitution(commitment).orElseThrow();
        policy.reporting(Actor.current(), bodyOf(plans.plan(commitment.getPlanId())), lead.getSlug())
                .require(PlanAction.SUBMIT_EVIDENCE);
        InvalidInputException.throwIf(plans.plan(commitment.getPlanId()).publishedRefused());
        return PublicActor.current().orElseThrow(() -> new AccessDeniedException("no account"));
    }

    private Milestone milestone(Long id) {
        return milestones.findById(id).orElseThrow(() -> new NotFoundException("milestone " + id));
    }

    private Instant now() {
        return today.now();
    }
}
