package org.apertura.actionplan;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apertura.platform.items.PublicItems;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a plan's page ({@link PlanPage}) and an exercise's ({@link ExercisePage}) for the reader, each in one
 * transaction: not a read-only one, since a panel may write (the feedback panel audits a facilitator's reading of
 * private contacts).
 */
@Component
public class PlanPageQuery {

    private final ActionPlanService service;
    private final PublicItems items;

    PlanPageQuery(ActionPlanService service, PublicItems items) {
        this.service = service;
        this.items = items;
    }

    /** The page of a plan already read (the controller reads it first to answer a reader's cached copy). */
    @Transactional
    public PlanPage plan(ActionPlan plan) {
        Exercise exercise = service.exerciseOf(plan);
        List<Commitment> commitments = service.commitments(plan);
        Map<Long, List<Milestone>> milestones = service.milestonesByCommitment(commitments);
        return new PlanPage(plan, exercise, service.bodyOf(exercise), commitments,
                commitments.stream().collect(Collectors.toMap(Commitment::getId,
                        c -> Progress.of(milestones.getOrDefault(c.getId(), List.of()), service.today()))),
                service.check(plan), items.panels("plan", plan.getId().toString()), service.allowedOn(plan));
    }

    @Transactional
    public ExercisePage exercise(String slug) {
        Exercise exercise = service.exercise(slug);
        return ExercisePage.of(exercise, service.bodyOf(exercise), service.today(), service.plans(exercise),
                service.allowedOn(exercise), items.panels("exercise", exercise.getSlug()),
                items.timeline("exercise", exercise.getSlug()));
    }
}
