package org.apertura.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sign-up waiting for its address to be confirmed: what the person typed (the password already hashed) and the hash
 * of the link sent to the address. The account is made only when the link is used, before it expires, so an account
 * always belongs to someone who reads its address — nobody can act in the name of an address that is not theirs, nor
 * prepare an account for someone else's address with a password they know.
 */
@Entity
@Table(name = "pending_sign_up")
class PendingSignUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String passwordHash;
    private String displayName;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected PendingSignUp() {
    }

    PendingSignUp(String email, String passwordHash, String displayName, String tokenHash, Instant now,
            Instant expiresAt) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    /** The account it becomes, once its link is used. */
    Account confirm(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("sign-up link used or expired");
        }
        usedAt = now;
        return new Account(email, passwordHash, displayName, now);
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }
}
