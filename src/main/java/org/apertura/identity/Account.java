package org.apertura.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's account. The e-mail is private (never shown in public output); the display name is
 * public and may be a pseudonym. An account is never locked: repeated failed sign-ins make further attempts
 * wait ({@link SignInDelay}), counted by the address typed and the network address whether or not an account
 * exists, so the answer never tells. (The columns {@code failed_attempts} and {@code locked_until} of the
 * former lock remain, unused.)
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String passwordHash;
    private String displayName;
    private String locale;
    private boolean enabled;
    private boolean mustChangePassword;
    private Instant createdAt;
    /** Raised whenever every open session of the account must end (new password, account disabled). */
    private int sessionEpoch;
    /** The authenticator app's shared secret (Base32); set when two-step sign-in is being set up or is on. */
    private String totpSecret;
    /** When two-step sign-in was turned on (the first code was confirmed); null while it is off. */
    private Instant totpEnabledAt;
    /** The last 30-second step a code was accepted for: no code is accepted twice. */
    private Long totpLastStep;
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

    /** A new password ends every session opened with the old one (the caller's own is renewed). */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.sessionEpoch++;
    }

    /** Whether signing in asks for a code of the authenticator app after the password. */
    public boolean isTwoStepEnabled() {
        return totpEnabledAt != null;
    }

    String totpSecret() {
        return totpSecret;
    }

    Long totpLastStep() {
        return totpLastStep;
    }

    /** Starts setting up two-step sign-in with a new secret (replacing one never confirmed). */
    void beginTwoStep(String secret) {
        if (isTwoStepEnabled()) {
            throw new IllegalStateException("two-step sign-in is already on");
        }
        this.totpSecret = secret;
    }

    /** The first code from the app was right: two-step sign-in is on from now. */
    void enableTwoStep(long step, Instant now) {
        if (totpSecret == null) {
            throw new IllegalStateException("no secret to confirm");
        }
        this.totpEnabledAt = now;
        this.totpLastStep = step;
    }

    void acceptStep(long step) {
        this.totpLastStep = step;
    }

    /** Turns two-step sign-in off (by its owner, or reset by an administrator); open sessions end. */
    void disableTwoStep() {
        this.totpSecret = null;
        this.totpEnabledAt = null;
        this.totpLastStep = null;
        this.sessionEpoch++;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    int getSessionEpoch() {
        return sessionEpoch;
    }
}
