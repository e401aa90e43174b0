package org.apertura.actionplan.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.Followers;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.PublicActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/** Atom feeds of a commitment's and a plan's public history, and following a commitment by e-mail. */
@Controller
class FeedPages {

    private static final int FEED_SIZE = 200;

    private final ActionPlanService plans;
    private final LedgerService ledger;
    private final Followers followers;
    private final MessageSource messages;
    private final String baseUrl;

    FeedPages(ActionPlanService plans, LedgerService ledger, Followers followers, MessageSource messages,
            @Value("${apertura.base-url}") String baseUrl) {
        this.plans = plans;
        this.ledger = ledger;
        this.followers = followers;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
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

    /** An Atom 1.0 document (RFC 4287): one entry per public change, newest first. */
    private ResponseEntity<byte[]> atom(String title, String path, List<LedgerEntry> entries) {
        Locale spanish = Locale.forLanguageTag("es-MX");
        String updated = entries.isEmpty() ? DateTimeFormatter.ISO_INSTANT.format(Instant.EPOCH)
                : DateTimeFormatter.ISO_INSTANT.format(entries.get(0).getRecordedAt());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"es-MX\">\n")
                .append("  <title>").append(x(title)).append("</title>\n")
                .append("  <id>").append(x(baseUrl + path)).append("</id>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(x(baseUrl + path)).append("\"/>\n")
                .append("  <link rel=\"self\" href=\"").append(x(baseUrl + path + "/feed.atom")).append("\"/>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <author><name>Apertura</name></author>\n");
        for (LedgerEntry e : entries) {
            String what = messages.getMessage("ledger.type." + e.getType(), null, e.getType(), spanish);
            xml.append("  <entry>\n")
                    .append("    <id>").append(x(baseUrl + "/historial#" + e.getSeq())).append("</id>\n")
                    .append("    <title>").append(x(what)).append("</title>\n")
                    .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(e.getRecordedAt())).append("</updated>\n")
                    .append("    <link href=\"").append(x(baseUrl + path)).append("\"/>\n")
                    .append("    <content type=\"text\">").append(x(e.getPayload())).append("</content>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
                .body(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String x(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8").replace("&#39;", "&apos;");
    }
}
