package org.apertura.national;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.apertura.ledger.LedgerEntry;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a member's ledger as its {@code /api/v1/ledger} serves it, with its hash recomputed here by the ledger
 * module's own rule ({@link LedgerEntry#hashOf}): {@code intact} says whether the entry's fields still give its hash.
 */
record ChainEntry(long seq, String module, String prevHash, String hash, boolean intact, Snapshot.Reuse reuse) {

    private static final tools.jackson.databind.ObjectMapper JSON = new tools.jackson.databind.ObjectMapper();
    private static final Pattern HTTP = Pattern.compile("https?://[A-Za-z0-9.:\\-]+(/[A-Za-z0-9_\\-./]{0,200})?");

    ChainEntry(long seq, String module, String prevHash, String hash, boolean intact) {
        this(seq, module, prevHash, hash, intact, null);
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    static ChainEntry of(JsonNode e) throws HarvestProblem {
        JsonNode seq = e.path("seq");
        JsonNode subject = e.path("subject");
        if (!seq.isIntegralNumber() || !seq.canConvertToLong() || seq.asLong() < 1) {
            throw garbage("an entry without a sequence number");
        }
        String prev = string(e, "prevHash", 64);
        String hash = string(e, "hash", 64);
        if (!HEX64.matcher(prev).matches() || !HEX64.matcher(hash).matches()) {
            throw garbage("entry " + seq.asLong() + " has no SHA-256 hashes");
        }
        Instant at;
        try {
            at = Instant.parse(string(e, "recordedAt", 40));
        } catch (DateTimeParseException ex) {
            throw garbage("entry " + seq.asLong() + " has no valid time");
        }
        String module = string(e, "module", 80);
        String recomputed = LedgerEntry.hashOf(seq.asLong(), at, module, string(e, "type", 120),
                string(subject, "kind", 80), string(subject, "id", 300), string(e, "canonicalPayload", Integer.MAX_VALUE),
                prev);
        String type = string(e, "type", 120);
        ReuseKind kind = ReuseKind.of(module, type);
        Snapshot.Reuse reuse = kind == null ? null
                : reuse(kind, string(e, "canonicalPayload", Integer.MAX_VALUE), string(subject, "id", 300), seq.asLong());
        return new ChainEntry(seq.asLong(), module, prev, hash, recomputed.equals(hash), reuse);
    }

    /**
     * The adoption an {@code actionplan/commitment.imported}, {@code cocreation/call.imported},
     * {@code challenge/challenge.imported}, {@code infographics/norm.imported} or (adapted) {@code
     * archives/instrument.approved} entry records (none for an approval of a catalog the archive wrote itself): the origin's address (kept only when it is a plain http(s)
     * address) and code, the adopting commitment's code (a call's or challenge's address) and title (texts cut to their
     * limits), and its page: a commitment's by the entry's subject id, a call's or challenge's by its address.
     */
    static Snapshot.Reuse reuse(ReuseKind kind, String payload, String subjectId, long seq) {
        JsonNode record;
        try {
            record = JSON.readTree(payload);
        } catch (tools.jackson.core.JacksonException notJson) {
            return null;
        }
        JsonNode origin = record.path("adaptedFrom");
        String url = origin.path("url").isString() ? origin.path("url").asString() : "";
        if (url.length() > 300 || !HTTP.matcher(url).matches() || url.contains("..") || !subjectId.matches("[0-9]{1,18}")) {
            return null;
        }
        String code;
        String page;
        if (kind == ReuseKind.COMMITMENT) {
            code = SnapshotReader.text(record.path("code"), 40);
            page = subjectId;
        } else {
            code = record.path(kind.addressField()).isString() ? record.path(kind.addressField()).asString() : "";
            if (!SLUG.matcher(code).matches()) {
                return null;
            }
            page = code;
        }
        return new Snapshot.Reuse(url, SnapshotReader.text(origin.path("code"), 40),
                SnapshotReader.text(origin.path("institution"), 300), code,
                SnapshotReader.text(record.path(kind.titleField()), 300), kind.pages() + page, seq, kind);
    }

    private static String string(JsonNode node, String field, int max) throws HarvestProblem {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().length() > max) {
            throw garbage("an entry's " + field + " is missing or too long");
        }
        return value.asString();
    }

    private static HarvestProblem garbage(String detail) {
        return new HarvestProblem("national.problem.garbage", detail);
    }
}
