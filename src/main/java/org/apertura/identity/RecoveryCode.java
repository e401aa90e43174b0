package org.apertura.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use code that signs a person in when their phone is lost, kept only as its SHA-256 (the codes are random
 * and long, so a fast hash is enough). Using one marks it used; making new ones removes the old.
 */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String codeHash;
    private Instant createdAt;
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(Long accountId, String codeHash, Instant now) {
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.createdAt = now;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(Instant now) {
        if (isUsed()) {
            throw new IllegalStateException("recovery code already used");
        }
        this.usedAt = now;
    }
}
