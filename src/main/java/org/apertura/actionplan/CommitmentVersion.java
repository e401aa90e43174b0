package org.apertura.actionplan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text a commitment had before a change (canonical JSON of its public record), why it changed, and who changed it. */
@Entity
@Table(name = "commitment_version")
public class CommitmentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long commitmentId;
    private int number;
    private String previous;
    private String reason;
    private String author;
    private Instant changedAt;

    protected CommitmentVersion() {
    }

    CommitmentVersion(Long commitmentId, int number, String previous, String reason, String author, Instant changedAt) {
        this.commitmentId = commitmentId;
        this.number = number;
        this.previous = previous;
        this.reason = reason;
        this.author = author;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    /** The earlier public record, as canonical JSON. */
    public String getPrevious() {
        return previous;
    }

    public String getReason() {
        return reason;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
