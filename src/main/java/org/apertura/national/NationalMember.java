package org.apertura.national;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.apertura.ledger.LedgerEntry;

/**
 * A member instance the national node reads: where it is, what it serves, and the last state of it the node could
 * verify (ledger head, snapshot), with how the last harvest went. An altered history is sticky: it stays flagged, with
 * its first broken sequence, until an administrator removes the member and adds it again.
 */
@Entity
@Table(name = "national_member")
public class NationalMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String baseUrl;
    private String stateCode;
    private String municipality;
    private Instant addedAt;
    @Enumerated(EnumType.STRING)
    private MemberStatus outcome;
    private Instant lastAttemptAt;
    private Instant lastGoodAt;
    private String problem;
    private long verifiedSeq;
    private String verifiedHash;
    private long auditSeq;
    private Long alteredSeq;
    private Instant alteredAt;
    private int lastFetched;
    private String snapshot;

    protected NationalMember() {
    }

    NationalMember(String name, String baseUrl, String stateCode, String municipality, Instant addedAt) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.stateCode = stateCode;
        this.municipality = municipality;
        this.addedAt = addedAt;
        this.outcome = MemberStatus.PENDING;
        this.verifiedHash = LedgerEntry.GENESIS;
    }

    void stale(Instant at, String problem) {
        this.lastAttemptAt = at;
        this.problem = problem;
        if (outcome != MemberStatus.ALTERED) {
            this.outcome = MemberStatus.STALE;
        }
    }

    void altered(Instant at, long firstBrokenSeq, String problem) {
        this.lastAttemptAt = at;
        this.problem = problem;
        if (outcome != MemberStatus.ALTERED) {
            this.alteredSeq = firstBrokenSeq;
            this.alteredAt = at;
        }
        this.outcome = MemberStatus.ALTERED;
    }

    void harvested(Instant at, long seq, String hash, long auditSeq, int fetched, String snapshot) {
        this.lastAttemptAt = at;
        this.lastGoodAt = at;
        this.problem = null;
        this.verifiedSeq = seq;
        this.verifiedHash = hash;
        this.auditSeq = auditSeq;
        this.lastFetched = fetched;
        this.snapshot = snapshot;
        this.outcome = MemberStatus.CURRENT;
    }

    /** The order of government it serves: a municipality when one is named, else the state. */
    public GovernmentLevel getLevel() {
        return municipality == null ? GovernmentLevel.STATE : GovernmentLevel.MUNICIPAL;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getMunicipality() {
        return municipality;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public MemberStatus getStatus() {
        return outcome;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getLastGoodAt() {
        return lastGoodAt;
    }

    /** The message key of what went wrong in the last harvest, or null. */
    public String getProblem() {
        return problem;
    }

    public long getVerifiedSeq() {
        return verifiedSeq;
    }

    public String getVerifiedHash() {
        return verifiedHash;
    }

    long getAuditSeq() {
        return auditSeq;
    }

    public Long getAlteredSeq() {
        return alteredSeq;
    }

    public Instant getAlteredAt() {
        return alteredAt;
    }

    /** How many new ledger entries the last good harvest read. */
    public int getLastFetched() {
        return lastFetched;
    }

    String getSnapshot() {
        return snapshot;
    }
}
