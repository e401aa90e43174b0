package org.apertura.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A person's account. The e-mail is private (never shown in public output); the display name is
 * public and may be a pseudonym. Repeated failed sign-ins lock it for a while.
 */
@Entity
@Table(name = "account")
public class Account {

    /** Failed sign-ins in a row that lock an account. */
    static final int MAX_FAILURES = 5;
    /** How long a locked account stays locked. */
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String passwordHash;
    private String displayName;
    private String locale;
    private boolean enabled;
    private boolean mustChangePassword;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant createdAt;
    /** Raised whenever every open session of the account must end (new password, account disabled). */
    private int sessionEpoch;
    @Version
    private long version;

    protected Account() {
    }

    Account(String email, String passwordHash, String displayName, Instant now) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.locale = "es-MX";
        this.enabled = true;
        this.createdAt = now;
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for fifteen minutes. */
    void recordFailedSignIn(Instant now) {
        if (lockedUntil != null && lockedUntil.isBefore(now)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_TIME);
        }
    }

    void recordSignIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A new password ends every session opened with the old one (the caller's own is renewed). */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.sessionEpoch++;
        recordSignIn();
    }

    /** Disabling ends every open session at the next request and stops sign-in and API tokens. */
    void disable() {
        this.enabled = false;
        this.sessionEpoch++;
    }

    void enable() {
        this.enabled = true;
    }

    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    int getSessionEpoch() {
        return sessionEpoch;
    }
}
