package org.apertura.national;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apertura.ledger.LedgerCheckpoints;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The origin's own check of an adoption (docs/adr/0031-origins-verify-adopters-ledgers.md): before this instance
 * shows «Reutilizado por», it reads the adopter's public ledger itself and accepts the adoption only when
 * <ol>
 * <li>the entry at the sequence the node named is {@code actionplan/commitment.imported}, its hash recomputed by the
 * ledger's own rule ({@link ChainEntry}), and it names this very page of ours as its origin and the adopted
 * commitment the node named;</li>
 * <li>a checkpoint the adopter published at or after that sequence is signed (Ed25519) by the key the adopter
 * publishes as its own, over the text rebuilt here ({@link LedgerCheckpoints#signatureHolds});</li>
 * <li>the adopter's chain runs unbroken from that entry to the checkpoint (each entry's hash recomputed, each chaining
 * to the one before, no gap), ending at the hash the checkpoint signs — at most {@value #MAX_DISTANCE} entries.</li>
 * </ol>
 * So the adopter has committed, under its signature, to the entry that says it adopted this commitment. Anything else
 * (no checkpoint yet, a broken chain, another origin, an answer that is not what the ledger API gives) leaves the
 * adoption unverified, with the reason. Verified adoptions are remembered (a signed entry does not change); the rest are
 * tried again at the next reading. Every answer is read with the harvester's distrust ({@link MemberClient}).
 */
@Component
class AdopterLedgerCheck {

    /** The most entries read between an adoption and the checkpoint that covers it. */
    static final int MAX_DISTANCE = 5000;
    private static final int PAGE = 1000;

    /** The outcome: verified, or a short reason it is not, for the logs (entry, noCheckpoint, signature, chain, unreadable). */
    record Outcome(boolean verified, String reason) {

        static final Outcome VERIFIED = new Outcome(true, null);

        static Outcome unverified(String reason) {
            return new Outcome(false, reason);
        }
    }

    private final MemberClient client;
    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

    AdopterLedgerCheck(MemberClient client) {
        this.client = client;
    }

    /**
     * Whether the adopter at {@code adopterBase} recorded at {@code seq} the adoption of {@code originUrl} as its
     * commitment at {@code adoptedPath}, under a signed checkpoint.
     */
    Outcome check(String adopterBase, long seq, String originUrl, String adoptedPath) {
        String key = adopterBase + "|" + seq + "|" + originUrl + "|" + adoptedPath;
        if (verified.containsKey(key)) {
            return Outcome.VERIFIED;
        }
        Outcome outcome;
        try {
            outcome = read(adopterBase, seq, originUrl, adoptedPath);
        } catch (HarvestProblem p) {
            outcome = Outcome.unverified("unreadable");
        }
        if (outcome.verified()) {
            verified.put(key, Boolean.TRUE);
        }
        return outcome;
    }

    private Outcome read(String adopterBase, long seq, String originUrl, String adoptedPath) throws HarvestProblem {
        if (seq < 1) {
            return Outcome.unverified("entry");
        }
        JsonNode published = client.get(adopterBase, "/api/v1/ledger/checkpoints?limit=" + PAGE);
        String ownKey = pemBody(published.path("publicKey").asString(""));
        JsonNode covering = null;
        for (JsonNode c : published.path("checkpoints")) {
            long at = c.path("seq").asLong(0);
            if (at >= seq && at - seq <= MAX_DISTANCE && ownKey.equals(c.path("publicKey").asString(""))
                    && (covering == null || at < covering.path("seq").asLong())) {
                covering = c;
            }
        }
        if (covering == null || ownKey.isEmpty()) {
            return Outcome.unverified("noCheckpoint");
        }
        long until = covering.path("seq").asLong();
        String signedHash = covering.path("hash").asString("");
        Instant signedAt;
        try {
            signedAt = Instant.parse(covering.path("signedAt").asString(""));
        } catch (DateTimeParseException e) {
            return Outcome.unverified("signature");
        }
        if (!LedgerCheckpoints.signatureHolds(ownKey, until, signedHash, signedAt,
                covering.path("signature").asString(""))) {
            return Outcome.unverified("signature");
        }
        String previous = null;
        long next = seq;
        while (next <= until) {
            int limit = (int) Math.min(PAGE, until - next + 1);
            JsonNode page = client.get(adopterBase, "/api/v1/ledger?after=" + (next - 1) + "&limit=" + limit);
            JsonNode entries = page.path("entries");
            if (!entries.isArray() || entries.isEmpty()) {
                return Outcome.unverified("chain");
            }
            for (JsonNode e : entries) {
                ChainEntry entry = ChainEntry.of(e);
                if (entry.seq() != next || !entry.intact() || previous != null && !previous.equals(entry.prevHash())) {
                    return Outcome.unverified("chain");
                }
                if (entry.seq() == seq && (entry.reuse() == null || !originUrl.equals(entry.reuse().originUrl())
                        || !adoptedPath.equals(entry.reuse().path()))) {
                    return Outcome.unverified("entry");
                }
                previous = entry.hash();
                if (next == until) {
                    return previous.equals(signedHash) ? Outcome.VERIFIED : Outcome.unverified("chain");
                }
                next++;
            }
        }
        return Outcome.unverified("chain");
    }

    private static String pemBody(String pem) {
        return pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
    }
}
