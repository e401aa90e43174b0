package org.apertura.actionplan;

import org.apertura.platform.security.Role;
import org.apertura.platform.security.Authority;
import org.apertura.platform.time.Today;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apertura.jurisdiction.Institution;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.Authorities;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.storage.FileTypes;
import org.apertura.platform.storage.Storage;
import org.springframework.beans.factory.annotation.Value;
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

    /** Sectors that review evidence submitted by an institution (the government sector). */
    static final List<String> REVIEWING_SECTORS = List.of("CIVIL_SOCIETY", "GUARANTOR");

    private final EvidenceRepository evidence;
    private final MilestoneRepository milestones;
    private final ActionPlanService plans;
    private final Storage storage;
    private final LedgerService ledger;
    private final Today today;
    private final long maxBytes;

    EvidenceService(EvidenceRepository evidence, MilestoneRepository milestones, ActionPlanService plans,
            Storage storage, LedgerService ledger, Today today,
            @Value("${apertura.evidence.max-bytes:10485760}") long maxBytes) {
        this.evidence = evidence;
        this.milestones = milestones;
        this.plans = plans;
        this.storage = storage;
        this.ledger = ledger;
        this.today = today;
        this.maxBytes = maxBytes;
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

    /** Whether the current person may submit evidence for this commitment (a liaison of its lead institution). */
    public boolean canSubmit(Commitment commitment) {
        return plans.plan(commitment.getPlanId()).getStatus() == ActionPlan.Status.PUBLISHED
                && plans.leadInstitution(commitment)
                        .map(i -> Authorities.holdsAny(Authority.of(Role.LIAISON, i.getSlug()))).orElse(false);
    }

    /** Whether the current person may review this commitment's evidence, and in which sector. */
    public Optional<String> reviewingSector(Commitment commitment) {
        String body = plans.bodyOf(plans.exerciseOf(plans.plan(commitment.getPlanId()))).getSlug();
        return REVIEWING_SECTORS.stream()
                .filter(sector -> Authorities.holdsAny(Authority.ofSector(Role.STL_MEMBER, sector, body))).findFirst();
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
        Authorities.require(Authority.of(Role.LIAISON, lead.getSlug()));
        if (plans.plan(commitment.getPlanId()).getStatus() != ActionPlan.Status.PUBLISHED) {
            throw new InvalidInputException("file", "evidence.error.notPublished");
        }
        return PublicActor.current().orElseThrow(() -> new AccessDeniedException("no account"));
    }

    private Milestone milestone(Long id) {
        return milestones.findById(id).orElseThrow(() -> new NotFoundException("milestone " + id));
    }

    private Instant now() {
        return today.now();
    }
}
