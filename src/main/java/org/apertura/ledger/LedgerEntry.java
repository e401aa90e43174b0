package org.apertura.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.apertura.platform.Hashing;

/** One entry of the public history: what changed, when, and the hash that chains it to the one before. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    /** The hash the first entry points back to. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    private long seq;
    private Instant recordedAt;
    private String module;
    private String type;
    private String subjectKind;
    private String subjectId;
    private String payload;
    private String prevHash;
    private String hash;

    protected LedgerEntry() {
    }

    LedgerEntry(long seq, Instant recordedAt, String module, String type, String subjectKind, String subjectId,
            String payload, String prevHash) {
        this.seq = seq;
        this.recordedAt = recordedAt;
        this.module = module;
        this.type = type;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.payload = payload;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /**
     * SHA-256 (hex) over the fields joined by line feeds: seq, time (ISO-8601 UTC), module, type, subject
     * kind, subject id, canonical payload, previous hash. Documented in docs/LEDGER.md for outside checks.
     */
    public String computeHash() {
        return hashOf(seq, recordedAt, module, type, subjectKind, subjectId, payload, prevHash);
    }

    /**
     * The hash of an entry from its fields, as {@link #computeHash()} computes it: for anyone who checks a chain read
     * from another instance's {@code /api/v1/ledger} (the national node) with the very rule that wrote it.
     */
    public static String hashOf(long seq, Instant recordedAt, String module, String type, String subjectKind,
            String subjectId, String canonicalPayload, String prevHash) {
        String material = String.join("\n", Long.toString(seq), DateTimeFormatter.ISO_INSTANT.format(recordedAt),
                module, type, subjectKind, subjectId, canonicalPayload, prevHash);
        return Hashing.sha256Hex(material);
    }

    public long getSeq() {
        return seq;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getModule() {
        return module;
    }

    public String getType() {
        return type;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public String getSubjectId() {
        return subjectId;
    }

    /** The public payload as canonical JSON. */
    public String getPayload() {
        return payload;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
