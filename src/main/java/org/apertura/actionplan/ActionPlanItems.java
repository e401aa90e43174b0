package org.apertura.actionplan;

import org.apertura.platform.security.Actor;
import java.util.Optional;
import java.util.Set;
import org.apertura.jurisdiction.Institution;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItemSource;
import org.apertura.platform.items.RecordInstitutions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exercises, plans, commitments and milestones as public items. A liaison of a commitment's lead institution
 * answers for the commitment and its milestones; the secretariat's coordinator answers for all of them.
 */
@Component
@Transactional(readOnly = true)
class ActionPlanItems implements PublicItemSource, RecordInstitutions {

    static final String EXERCISE = "exercise";
    static final String PLAN = "plan";
    static final String COMMITMENT = "commitment";
    static final String MILESTONE = "milestone";

    private final ActionPlanService service;
    private final PlanPolicy policy;

    ActionPlanItems(ActionPlanService service, PlanPolicy policy) {
        this.policy = policy;
        this.service = service;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(EXERCISE, PLAN, COMMITMENT, MILESTONE);
    }

    @Override
    public Optional<PublicItem> find(String kind, String id) {
        try {
            return Optional.of(switch (kind) {
                case EXERCISE -> {
                    Exercise e = service.exercise(id);
                    yield new PublicItem(kind, id, e.getName(), "/ejercicios/" + e.getSlug(), null);
                }
                case PLAN -> {
                    ActionPlan p = service.plan(Long.valueOf(id));
                    yield new PublicItem(kind, id, p.getTitle(), "/planes/" + p.getId(), null);
                }
                case COMMITMENT -> {
                    Commitment c = service.commitment(Long.valueOf(id));
                    yield new PublicItem(kind, id, c.getCode() + " " + c.getTitle(), "/compromisos/" + c.getId(),
                            service.leadInstitution(c).map(Institution::getSlug).orElse(null));
                }
                case MILESTONE -> {
                    Milestone m = service.milestone(Long.valueOf(id));
                    Commitment c = service.commitment(m.getCommitmentId());
                    yield new PublicItem(kind, id, m.getTitle(), "/hitos/" + m.getId(),
                            service.leadInstitution(c).map(Institution::getSlug).orElse(null));
                }
                default -> throw new NotFoundException(kind);
            });
        } catch (NotFoundException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A commitment's ledger entries (its milestones, evidence and assessments too) belong to its lead institution. */
    @Override
    public Set<String> subjectKinds() {
        return Set.of(COMMITMENT);
    }

    @Override
    public Optional<String> institutionOf(String subjectKind, String subjectId) {
        return find(subjectKind, subjectId).map(PublicItem::institutionSlug);
    }

    @Override
    public boolean mayRespond(PublicItem item) {
        Actor actor = Actor.current();
        String body = service.bodyOf(exerciseOf(item)).getSlug();
        return policy.running(actor, body).may(PlanAction.ANSWER_FEEDBACK)
                || policy.reporting(actor, body, item.institutionSlug()).may(PlanAction.ANSWER_FEEDBACK);
    }

    @Override
    public Optional<String> secretariatOf(PublicItem item) {
        return Optional.of(service.bodyOf(exerciseOf(item)).getSlug());
    }

    private Exercise exerciseOf(PublicItem item) {
        return switch (item.kind()) {
            case EXERCISE -> service.exercise(item.id());
            case PLAN -> service.exerciseOf(service.plan(Long.valueOf(item.id())));
            case COMMITMENT -> service.exerciseOf(service.plan(service.commitment(Long.valueOf(item.id())).getPlanId()));
            default -> service.exerciseOf(service.plan(service.commitment(
                    service.milestone(Long.valueOf(item.id())).getCommitmentId()).getPlanId()));
        };
    }
}
