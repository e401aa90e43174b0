package org.apertura.ledger.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apertura.ledger.LedgerCheckpoints;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.ledger.LedgerVerification;
import org.apertura.platform.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/** The public history for machines: read it in order, follow it, verify it. */
@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "api.tag.ledger", description = "api.tag.ledger.description")
class LedgerApi {

    static final int MAX_LIMIT = 1000;

    private final LedgerService ledger;
    private final LedgerCheckpoints checkpoints;
    private final ObjectMapper json;

    LedgerApi(LedgerService ledger, LedgerCheckpoints checkpoints, ObjectMapper json) {
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "api.op.ledger.entries", description = "api.op.ledger.entries.description")
    EntriesPage entries(@RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") @Parameter(description = "api.param.ledger.limit") int limit,
            @RequestParam(required = false) String subjectKind, @RequestParam(required = false) String subjectId) {
        if (after < 0) {
            throw new InvalidInputException("after", "api.error.after");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "api.error.limit", String.valueOf(MAX_LIMIT));
        }
        List<LedgerEntry> page = subjectKind != null && subjectId != null
                ? ledger.subjectAfter(subjectKind, subjectId, after, limit)
                : ledger.after(after, limit);
        Long next = page.size() == limit ? page.get(page.size() - 1).getSeq() : null;
        return new EntriesPage(page.stream().map(this::view).toList(), next);
    }

    @GetMapping("/verify")
    @Operation(summary = "api.op.ledger.verify", description = "api.op.ledger.verify.description")
    Verification verify() {
        LedgerVerification chain = ledger.verifyRecent();
        LedgerCheckpoints.CheckpointCheck signed = checkpoints.check();
        return new Verification(chain.valid() && signed.valid(), chain.entries(), chain.head(), chain.firstBrokenSeq(),
                signed);
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "api.op.ledger.checkpoints", description = "api.op.ledger.checkpoints.description")
    Checkpoints checkpoints(@RequestParam(defaultValue = "100") @Parameter(description = "api.param.ledger.limit") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "api.error.limit", String.valueOf(MAX_LIMIT));
        }
        return new Checkpoints(LedgerCheckpoints.PUBLIC_KEY_ALGORITHM, checkpoints.keyId(), checkpoints.publicKeyPem(),
                checkpoints.temporaryKey(), checkpoints.newestFirst(limit));
    }

    /** The chain's verification (as before) and the signed checkpoints': valid only when both hold. */
    record Verification(boolean valid, long entries, String head, Long firstBrokenSeq,
            LedgerCheckpoints.CheckpointCheck checkpoints) {
    }

    /** The key checkpoints are signed with now, and the checkpoints, newest first. */
    record Checkpoints(String algorithm, String keyId, String publicKey, boolean temporaryKey,
            List<LedgerCheckpoints.SignedCheckpoint> checkpoints) {
    }

    private EntryView view(LedgerEntry e) {
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = json.readValue(e.getPayload(), Map.class);
        return new EntryView(e.getSeq(), e.getRecordedAt(), e.getModule(), e.getType(),
                new Subject(e.getSubjectKind(), e.getSubjectId()), payload, e.getPayload(), e.getPrevHash(), e.getHash());
    }

    record EntriesPage(List<EntryView> entries, Long next) {
    }

    record Subject(String kind, String id) {
    }

    record EntryView(long seq, Instant recordedAt, String module, String type, Subject subject,
            Map<String, Object> payload, String canonicalPayload, String prevHash, String hash) {
    }
}
