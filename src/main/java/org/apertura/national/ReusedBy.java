package org.apertura.national;

import java.util.Optional;
import org.apertura.platform.web.PageChanges;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.time.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * "Reutilizado por" on this instance's own commitment pages: which other governments adapted this instance's
 * commitments, as the national node it belongs to ({@code APERTURA_NATIONAL_NODE_URL}) published them at
 * {@code /api/v1/national/reuses} — adoptions the node read from the adopters' ledgers after verifying their chains.
 * Only the adoptions whose origin address is one of this site's commitments ({@code APERTURA_BASE_URL} +
 * {@code /compromisos/{id}}) are kept, and of each only the adopting government, its state and order, and the adopted
 * commitment's code, title and address: no person. The node is not taken at its word: each adoption is shown only
 * after this instance read the adopter's own ledger entry and found it signed under one of the adopter's checkpoints
 * ({@link AdopterLedgerCheck}, docs/adr/0031-origins-verify-adopters-ledgers.md); the others are counted as
 * unverified and not shown. Read on a schedule with the harvester's distrust (timeouts, no
 * redirects, a cap on the body, texts cleaned and cut, only http(s) links); pages read the last good answer and never
 * call the network. A node that cannot be read leaves the last good answer in place.
 */
@Component
public class ReusedBy implements PageChanges {

    static final int MAX_REUSES = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ReusedBy.class);
    private static final Pattern COMMITMENT_PATH = Pattern.compile("/compromisos/[0-9]{1,18}");

    /** One adoption of one of this site's commitments by another government. */
    public record Adoption(String adopter, String stateName, GovernmentLevel level, String code, String title,
            String url) {
    }

    /** What the node said last: when it was read, from where, and the adoptions by the path of the commitment. */
    public record Known(String nodeUrl, Instant readAt, Map<String, List<Adoption>> byPath, int unverified) {

        static final Known NONE = new Known(null, null, Map.of(), 0);
    }

    private final MemberClient client;
    private final AdopterLedgerCheck adopterLedgers;
    private final PublicUrl publicUrl;
    private final Today today;
    private final String configuredNode;
    private volatile Known known = Known.NONE;
    private volatile Instant changedAt;

    ReusedBy(MemberClient client, AdopterLedgerCheck adopterLedgers, PublicUrl publicUrl, Today today,
            NationalProperties settings) {
        String configuredNode = settings.national().nodeUrl();
        this.client = client;
        this.adopterLedgers = adopterLedgers;
        this.publicUrl = publicUrl;
        this.today = today;
        String node = NationalService.baseUrl(configuredNode);
        if (configuredNode != null && !configuredNode.isBlank() && node == null) {
            log.warn("APERTURA_NATIONAL_NODE_URL is not an http(s) address without query: {}; ignored", configuredNode);
        }
        this.configuredNode = node;
    }

    /** The adoptions of this site's commitment at {@code path} ({@code /compromisos/{id}}), as the node last said. */
    public List<Adoption> of(String path) {
        return known.byPath().getOrDefault(path, List.of());
    }

    public Known known() {
        return known;
    }

    @Scheduled(fixedDelayString = "${apertura.national.reuse-every:PT1H}",
            initialDelayString = "${apertura.national.first-harvest-after:PT1M}")
    void scheduled() {
        if (configuredNode == null) {
            return;
        }
        try {
            refresh(configuredNode, publicUrl.base());
        } catch (HarvestProblem p) {
            log.info("Reuse from the national node {} not read: {}", configuredNode, p.getMessage());
        }
    }

    /**
     * Reads the node's published adoptions and keeps those of this site's commitments ({@code ownBase} is this site's
     * public address); a node answering garbage changes nothing.
     */
    synchronized Known refresh(String nodeUrl, String ownBase) throws HarvestProblem {
        JsonNode list = client.get(nodeUrl, "/api/v1/national/reuses");
        if (!list.isArray()) {
            throw new HarvestProblem("national.problem.garbage", "reuses is not a list");
        }
        if (list.size() > MAX_REUSES) {
            throw new HarvestProblem("national.problem.tooMany", "reuses: " + list.size() + " > " + MAX_REUSES);
        }
        String base = ownBase.replaceAll("/+$", "");
        Map<String, List<Adoption>> byPath = new HashMap<>();
        int unverified = 0;
        for (JsonNode r : list) {
            JsonNode origin = r.path("originUrl");
            if (!origin.isString() || !origin.asString().startsWith(base + "/")) {
                continue;
            }
            String path = origin.asString().substring(base.length());
            if (!COMMITMENT_PATH.matcher(path).matches()) {
                continue;
            }
            String adopterBase = NationalService.baseUrl(r.path("adopterBaseUrl").asString(""));
            String adopted = r.path("url").asString("");
            JsonNode seq = r.path("ledgerSeq");
            if (adopterBase == null || !adopted.startsWith(adopterBase + "/") || !seq.canConvertToLong()
                    || !adopterLedgers.check(adopterBase, seq.asLong(), origin.asString(),
                            adopted.substring(adopterBase.length())).verified()) {
                unverified++;
                continue;
            }
            List<Adoption> adoptions = byPath.computeIfAbsent(path, k -> new ArrayList<>());
            Adoption a = new Adoption(SnapshotReader.text(r.path("adopterName"), 300),
                    SnapshotReader.text(r.path("adopterStateName"), 100), level(r.path("adopterLevel")),
                    SnapshotReader.text(r.path("code"), 40), SnapshotReader.text(r.path("title"), 300),
                    absolute(SnapshotReader.link(r.path("url"))));
            if (!a.adopter().isEmpty() && !adoptions.contains(a)) {
                adoptions.add(a);
            }
        }
        Map<String, List<Adoption>> frozen = new HashMap<>();
        byPath.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        Map<String, List<Adoption>> adoptions = Map.copyOf(frozen);
        if (unverified > 0) {
            log.info("{} adoption(s) of this site's commitments listed by {} could not be verified in the adopters'"
                    + " ledgers yet; not shown", unverified, nodeUrl);
        }
        if (!adoptions.equals(known.byPath())) {
            changedAt = today.now(); // commitment pages now show other adoptions: their Last-Modified moves
        }
        known = new Known(nodeUrl, today.now(), adoptions, unverified);
        return known;
    }

    /** When the adoptions shown on this site's commitment pages last changed (read again, not only re-read). */
    @Override
    public Optional<Instant> lastChange() {
        return Optional.ofNullable(changedAt);
    }

    /** Held in this node's memory: the mark as it is now costs no database read (docs/adr/0097). */
    @Override
    public Mark recentMark() {
        return mark();
    }

    /** Only an address on another site: a bare path would point at this one. */
    private static String absolute(String link) {
        return link == null || link.startsWith("/") ? null : link;
    }

    private static GovernmentLevel level(JsonNode node) {
        for (GovernmentLevel l : GovernmentLevel.values()) {
            if (node.isString() && l.name().equals(node.asString())) {
                return l;
            }
        }
        return null;
    }
}
