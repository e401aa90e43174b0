package org.apertura.actionplan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.SpanishSearch;
import org.apertura.platform.web.SearchSource;
import org.apertura.platform.web.Summary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The site search among the plans' commitments: code, title, summary, problem, objective, description. */
@Component
class CommitmentSearch implements SearchSource {

    private final ActionPlanService plans;

    CommitmentSearch(ActionPlanService plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> search(String query, Set<String> words, int limit) {
        List<Commitment> found = plans.exercises().stream().flatMap(e -> plans.plans(e).stream())
                .flatMap(p -> plans.commitments(p).stream())
                .filter(c -> SpanishSearch.matches(words, c.getCode(), c.getTitle(), c.getSummary(), c.getProblem(),
                        c.getObjective(), c.getDescription()))
                .toList();
        return SearchSource.found("search.commitments", found, limit, c -> new Summary.Entry(
                c.getCode() + " " + c.getTitle(), "/compromisos/" + c.getId(), c.getSummary()));
    }
}
