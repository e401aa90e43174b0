package org.apertura.actionplan;

import org.apertura.platform.security.Allowed;
import org.apertura.platform.time.Today;
import java.util.List;
import java.util.Optional;
import org.apertura.jurisdiction.Institution;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.PublicActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two voices on a commitment: the lead institution's liaison self-assesses; a secretariat member of civil
 * society or the guarantor authority assesses independently. The newest of each is shown side by side.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final ActionPlanService plans;
    private final EvidenceService evidence;
    private final LedgerService ledger;
    private final Today today;

    AssessmentService(AssessmentRepository assessments, ActionPlanService plans, EvidenceService evidence,
            LedgerService ledger, Today today) {
        this.assessments = assessments;
        this.plans = plans;
        this.evidence = evidence;
        this.ledger = ledger;
        this.today = today;
    }

    /** The newest assessment of each voice and whether they diverge. */
    public TwoVoices of(Commitment commitment) {
        List<Assessment> all = assessments.findByCommitmentIdOrderByAssessedAtDescIdDesc(commitment.getId());
        Assessment self = all.stream().filter(a -> a.getVoice() == Assessment.Voice.SELF).findFirst().orElse(null);
        Assessment independent = all.stream().filter(a -> a.getVoice() == Assessment.Voice.INDEPENDENT).findFirst()
                .orElse(null);
        return new TwoVoices(self, independent, Assessment.diverge(self, independent), all);
    }

    /** The voice the current person may speak with on this commitment, if any. */
    public Optional<Assessment.Voice> voiceOf(Commitment commitment) {
        Allowed<PlanAction> allowed = evidence.allowedFor(commitment);
        if (allowed.may(PlanAction.ASSESS_INDEPENDENT)) {
            return Optional.of(Assessment.Voice.INDEPENDENT);
        }
        return allowed.may(PlanAction.ASSESS_SELF) ? Optional.of(Assessment.Voice.SELF) : Optional.empty();
    }

    @Transactional
    public Assessment assess(Long commitmentId, Assessment.Voice voice, Completion completion,
            OpenedGovernment opened, String reasoning) {
        Commitment commitment = plans.commitment(commitmentId);
        if (voice == null || voiceOf(commitment).filter(voice::equals).isEmpty()) {
            throw new AccessDeniedException("cannot speak with the voice " + voice + " on " + commitment.getCode());
        }
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("no account"));
        String capacity = voice == Assessment.Voice.SELF
                ? plans.leadInstitution(commitment).map(Institution::getName).orElse("")
                : evidence.reviewingSector(commitment).orElseThrow();
        Assessment assessment = assessments.saveAndFlush(new Assessment(commitment.getId(), voice, completion, opened,
                reasoning, actor.displayName(), capacity, today.now()));
        ledger.append(ActionPlanService.MODULE, "assessment.recorded", "commitment", commitment.getId(),
                assessment.publicRecord(commitment.getCode()));
        return assessment;
    }

    /** The newest self-assessment and independent assessment, whether they diverge, and the whole history. */
    public record TwoVoices(Assessment self, Assessment independent, boolean divergent, List<Assessment> history) {
    }
}
