package org.apertura.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time password-reset link: only its hash is stored; it expires and works once, and when any link of
 * the account is used (or the password is changed) every other outstanding link of the account dies.
 */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected PasswordReset() {
    }

    PasswordReset(Long accountId, String tokenHash, Instant expiresAt, Instant now) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        usedAt = now;
    }

    /** Ends a link that was not used: another link of the account was, or the password changed. */
    void cancel(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    Long getAccountId() {
        return accountId;
    }
}
