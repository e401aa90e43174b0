package org.apertura.actionplan.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.Followers;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerFeed;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.PublicActor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Atom feeds of a commitment's and a plan's public history, and following a commitment by e-mail. */
@Controller
class FeedPages {

    private static final int FEED_SIZE = 200;

    private final ActionPlanService plans;
    private final LedgerService ledger;
    private final Followers followers;
    private final LedgerFeed ledgerFeed;

    FeedPages(ActionPlanService plans, LedgerService ledger, Followers followers, LedgerFeed ledgerFeed) {
        this.plans = plans;
        this.ledger = ledger;
        this.followers = followers;
        this.ledgerFeed = ledgerFeed;
    }

    @GetMapping("/compromisos/{id}/feed.atom")
    ResponseEntity<byte[]> commitmentFeed(@PathVariable Long id) {
        Commitment commitment = plans.commitment(id);
        List<LedgerEntry> entries = ledger.newestFirst("commitment", id.toString(), 0, FEED_SIZE).getContent();
        return atom(commitment.getCode() + " · " + commitment.getTitle(), "/compromisos/" + id, entries);
    }

    @GetMapping("/planes/{id}/feed.atom")
    ResponseEntity<byte[]> planFeed(@PathVariable Long id) {
        ActionPlan plan = plans.plan(id);
        List<LedgerEntry> entries = new ArrayList<>(ledger.newestFirst("plan", id.toString(), 0, FEED_SIZE).getContent());
        for (Commitment c : plans.commitments(plan)) {
            entries.addAll(ledger.newestFirst("commitment", c.getId().toString(), 0, FEED_SIZE).getContent());
        }
        entries.sort(Comparator.comparingLong(LedgerEntry::getSeq).reversed());
        return atom(plan.getTitle(), "/planes/" + id, entries.subList(0, Math.min(entries.size(), FEED_SIZE)));
    }

    @PostMapping("/compromisos/{id}/seguir")
    String follow(@PathVariable Long id, RedirectAttributes redirect) {
        followers.follow(id, me());
        redirect.addFlashAttribute("notice", "follow.notice.following");
        return "redirect:/compromisos/" + id;
    }

    @PostMapping("/compromisos/{id}/dejar-de-seguir")
    String unfollow(@PathVariable Long id, RedirectAttributes redirect) {
        followers.unfollow(id, me());
        redirect.addFlashAttribute("notice", "follow.notice.stopped");
        return "redirect:/compromisos/" + id;
    }

    private static Long me() {
        return PublicActor.current().map(PublicActor::accountId)
                .orElseThrow(() -> new AccessDeniedException("sign in to follow"));
    }

    /** One entry per public change, newest first, in words. */
    private ResponseEntity<byte[]> atom(String title, String path, List<LedgerEntry> entries) {
        return ledgerFeed.of(title, path, entries, e -> path);
    }
}
