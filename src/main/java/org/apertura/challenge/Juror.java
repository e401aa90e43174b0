package org.apertura.challenge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member of a challenge's jury: an account, shown in public only by its display name. */
@Entity
@Table(name = "challenge_juror")
public class Juror {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long challengeId;
    private Long accountId;
    private Instant namedAt;

    protected Juror() {
    }

    Juror(Long challengeId, Long accountId, Instant now) {
        this.challengeId = challengeId;
        this.accountId = accountId;
        this.namedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    Long getAccountId() {
        return accountId;
    }

    public Instant getNamedAt() {
        return namedAt;
    }
}
