package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A hold placed on a file (by hand, or by the access-request machinery through its events) until it is lifted. */
@Entity
@Table(name = "archives_hold")
public class Hold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fileId;
    @Enumerated(EnumType.STRING)
    private HoldKind kind;
    private String reason;
    private String sourceKey;
    /** The source key while the hold applies, empty once lifted: the database keeps one active hold per key. */
    private String activeSourceKey;
    private LocalDate placedOn;
    private LocalDate liftedOn;
    private LocalDate reviewOn;

    protected Hold() {
    }

    Hold(Long fileId, HoldKind kind, String reason, String sourceKey, LocalDate placedOn) {
        this.fileId = fileId;
        this.kind = kind;
        this.reason = reason;
        this.sourceKey = sourceKey;
        this.activeSourceKey = sourceKey;
        this.placedOn = placedOn;
        if (kind == HoldKind.LITIGATION || kind == HoldKind.AUDIT) {
            this.reviewOn = Retention.yearsAfter(placedOn, REVIEW_YEARS);
        }
    }

    /** A hold placed by hand (litigation, audit) is reviewed this many years after it was placed. */
    static final int REVIEW_YEARS = 1;

    void lift(LocalDate on) {
        this.liftedOn = on;
        this.activeSourceKey = null;
    }

    public Long getId() {
        return id;
    }

    public Long getFileId() {
        return fileId;
    }

    public HoldKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }

    /** When the archive reviews whether a hold placed by hand still applies (none for the others). */
    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public LocalDate getLiftedOn() {
        return liftedOn;
    }
}
