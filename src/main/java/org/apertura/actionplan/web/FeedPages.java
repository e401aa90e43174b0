package org.apertura.actionplan.web;

import org.apertura.actionplan.Followers;
import org.apertura.actionplan.PlanFeeds;
import org.apertura.platform.security.PublicActor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Atom feeds of a commitment's and a plan's public history, and following a commitment by e-mail. */
@Controller
class FeedPages {

    private final PlanFeeds feeds;
    private final Followers followers;

    FeedPages(PlanFeeds feeds, Followers followers) {
        this.feeds = feeds;
        this.followers = followers;
    }

    @GetMapping("/compromisos/{id}/feed.atom")
    ResponseEntity<byte[]> commitmentFeed(@PathVariable Long id) {
        return feeds.commitment(id);
    }

    @GetMapping("/planes/{id}/feed.atom")
    ResponseEntity<byte[]> planFeed(@PathVariable Long id) {
        return feeds.plan(id);
    }

    @PostMapping("/compromisos/{id}/seguir")
    String follow(@PathVariable Long id, RedirectAttributes redirect) {
        followers.follow(id, PublicActor.requireId());
        redirect.addFlashAttribute("notice", "follow.notice.following");
        return "redirect:/compromisos/" + id;
    }

    @PostMapping("/compromisos/{id}/dejar-de-seguir")
    String unfollow(@PathVariable Long id, RedirectAttributes redirect) {
        followers.unfollow(id, PublicActor.requireId());
        redirect.addFlashAttribute("notice", "follow.notice.stopped");
        return "redirect:/compromisos/" + id;
    }
}
