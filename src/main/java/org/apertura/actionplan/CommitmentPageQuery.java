package org.apertura.actionplan;

import java.util.List;
import java.util.Map;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.security.PublicActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds a commitment's page ({@link CommitmentPage}) for the reader, in one transaction: not a read-only one, since
 * a panel may write (the feedback panel audits a facilitator's reading of private contacts).
 */
@Component
public class CommitmentPageQuery {

    private final ActionPlanService service;
    private final EvidenceService evidence;
    private final AssessmentService assessments;
    private final Followers followers;
    private final PublicItems items;
    private final ObjectMapper json;

    CommitmentPageQuery(ActionPlanService service, EvidenceService evidence, AssessmentService assessments,
            Followers followers, PublicItems items, ObjectMapper json) {
        this.service = service;
        this.evidence = evidence;
        this.assessments = assessments;
        this.followers = followers;
        this.items = items;
        this.json = json;
    }

    @Transactional
    public CommitmentPage of(Long id) {
        return of(service.commitment(id));
    }

    /** The page of a commitment already read (the controller reads it first to answer a reader's cached copy). */
    @Transactional
    public CommitmentPage of(Commitment commitment) {
        ActionPlan plan = service.plan(commitment.getPlanId());
        Exercise exercise = service.exerciseOf(plan);
        Map<Long, List<Evidence>> byMilestone = evidence.byMilestone(commitment);
        EvidenceService.OnProgress progress = evidence.allowedOn(commitment, byMilestone);
        return new CommitmentPage(commitment, plan, exercise, exercise.getLicence(), sections(commitment),
                service.leadInstitution(commitment).orElse(null), service.milestones(commitment),
                service.progress(commitment), service.today(), service.allowedOn(plan), byMilestone,
                evidence.linked(byMilestone.values().stream().flatMap(List::stream).toList()), progress.submittable(),
                progress.reviewable(), evidence.maxBytes() / (1024 * 1024), assessments.of(commitment),
                service.versions(commitment).stream().map(v -> new CommitmentPage.Version(v.getNumber(),
                        v.getChangedAt(), v.getAuthor(), v.getReason(), parse(v.getPrevious()))).toList(),
                followers.follows(commitment.getId(), PublicActor.current().map(a -> a.accountId()).orElse(null)),
                assessments.voiceOf(commitment).orElse(null),
                items.panels("commitment", commitment.getId().toString()));
    }

    /** The sections the commitment wrote, in the order of the OGP template, the empty ones left out. */
    private static Map<String, String> sections(Commitment commitment) {
        Map<String, String> sections = commitment.sections();
        sections.values().removeIf(text -> text == null || text.isBlank());
        return sections;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String previous) {
        return json.readValue(previous, Map.class);
    }
}
