package org.apertura.actionplan;

import java.util.List;
import java.util.Map;
import org.apertura.ledger.LedgerFeed;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The Atom feeds of a commitment and of a plan: their public changes in the ledger, newest first. A plan's feed follows
 * the plan and every one of its commitments, read in one ledger query; every entry links to the feed's own page.
 */
@Component
public class PlanFeeds {

    private final ActionPlanService plans;
    private final LedgerFeed feeds;

    PlanFeeds(ActionPlanService plans, LedgerFeed feeds) {
        this.plans = plans;
        this.feeds = feeds;
    }

    public ResponseEntity<byte[]> commitment(Long id) {
        Commitment commitment = plans.commitment(id);
        return feeds.of(commitment.getCode() + " · " + commitment.getTitle(), "/compromisos/" + id, "commitment", id);
    }

    public ResponseEntity<byte[]> plan(Long id) {
        ActionPlan plan = plans.plan(id);
        String path = "/planes/" + id;
        return feeds.of(plan.getTitle(), path, Map.of("plan", List.of(id.toString()),
                "commitment", plans.commitments(plan).stream().map(c -> c.getId().toString()).toList()), e -> path);
    }
}
