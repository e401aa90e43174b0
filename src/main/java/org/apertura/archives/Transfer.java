package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A transfer with its inventory (its items): sent by one archive, accepted by the receiving one with a location. */
@Entity
@Table(name = "archives_transfer")
public class Transfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    @Enumerated(EnumType.STRING)
    private TransferKind kind;
    private int number;
    private String status;
    private LocalDate proposedOn;
    private LocalDate acceptedOn;
    private String location;
    private Instant createdAt;
    @Version
    private long version;

    protected Transfer() {
    }

    Transfer(String institutionSlug, TransferKind kind, int number, LocalDate proposedOn, Instant now) {
        this.institutionSlug = institutionSlug;
        this.kind = kind;
        this.number = number;
        this.status = "SENT";
        this.proposedOn = proposedOn;
        this.createdAt = now;
    }

    void accept(LocalDate on, String location) {
        this.status = "ACCEPTED";
        this.acceptedOn = on;
        this.location = location;
    }

    public boolean isAccepted() {
        return "ACCEPTED".equals(status);
    }

    /** The word its address carries: primarias or secundarias. */
    public String getKindWord() {
        return kind == TransferKind.PRIMARY ? "primarias" : "secundarias";
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public TransferKind getKind() {
        return kind;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public String getLocation() {
        return location;
    }
}
