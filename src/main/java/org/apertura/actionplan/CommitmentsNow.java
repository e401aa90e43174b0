package org.apertura.actionplan;

import java.util.List;
import java.util.Optional;
import org.apertura.platform.web.HomeSection;
import org.apertura.platform.web.Summary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On the home page: how the commitments of the plans are going. */
@Component
class CommitmentsNow implements HomeSection {

    private final ActionPlanService plans;

    CommitmentsNow(ActionPlanService plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> now() {
        List<Progress> all = plans.exercises().stream().flatMap(e -> plans.plans(e).stream())
                .flatMap(p -> plans.commitments(p).stream()).map(plans::progress).toList();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        long complete = all.stream().filter(p -> p.completion() == Completion.COMPLETE).count();
        long lateMilestones = all.stream().mapToLong(Progress::overdue).sum();
        return Optional.of(new Summary("home.now.commitments", List.of(
                new Summary.Figure("home.now.commitments.count", all.size()),
                new Summary.Figure("home.now.commitments.complete", complete),
                new Summary.Figure("home.now.commitments.lateMilestones", lateMilestones)),
                List.of(), "/ejercicios", "home.now.commitments.more"));
    }
}
