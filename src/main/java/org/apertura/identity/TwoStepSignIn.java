package org.apertura.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.apertura.platform.Hashing;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.AuditAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in: after the password, a code of an authenticator app (TOTP, {@link Totp}) or one of ten single-use
 * recovery codes. Anyone may turn it on; it is required of every account that holds a role (staff act in the name of
 * an institution, a secretariat or a guarantor), which sets it up at its next sign-in and cannot turn it off. An
 * administrator can reset it for a person who lost their phone (the person sets it up again at the next sign-in).
 * Every step is written to the staff audit log.
 */
@Service
@Transactional(readOnly = true)
public class TwoStepSignIn {

    /** The Spring Security factor a session holds once the second step is passed. */
    public static final String FACTOR = "FACTOR_TOTP";
    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Apertura";
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final RecoveryCodeRepository recoveryCodes;
    private final AuditLog audit;
    private final Clock clock;

    TwoStepSignIn(AccountRepository accounts, MembershipRepository memberships, RecoveryCodeRepository recoveryCodes,
            AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.clock = clock;
    }

    /** How an authenticator app is set up: the secret to type, its otpauth address and its QR code as SVG. */
    public record Setup(String secret, String uri, String qrSvg) {
    }

    /** What the second step answered. */
    public enum Outcome { CODE_ACCEPTED, RECOVERY_CODE_ACCEPTED, REFUSED }

    /** Whether the account must pass the second step at sign-in: it turned it on, or it holds a role. */
    public boolean required(Long accountId) {
        Account account = account(accountId);
        return account.isTwoStepEnabled() || holdsARole(accountId);
    }

    public boolean holdsARole(Long accountId) {
        return !memberships.findByAccountIdOrderByRoleAscScopeIdAsc(accountId).isEmpty();
    }

    public boolean enabled(Long accountId) {
        return account(accountId).isTwoStepEnabled();
    }

    public long recoveryCodesLeft(Long accountId) {
        return recoveryCodes.countByAccountIdAndUsedAtIsNull(accountId);
    }

    /**
     * Starts (or resumes) setting up the app: a new secret the first time, the same one while it is not confirmed, so
     * a person who scanned the code and reloaded the page is not confused.
     */
    @Transactional
    public Setup begin(Long accountId) {
        Account account = account(accountId);
        if (account.isTwoStepEnabled()) {
            throw new InvalidInputException("code", "twoStep.error.alreadyOn");
        }
        if (account.totpSecret() == null) {
            account.beginTwoStep(Totp.newSecret());
        }
        String uri = Totp.uri(account.totpSecret(), ISSUER, account.getEmail());
        return new Setup(Totp.grouped(account.totpSecret()), uri, qrSvg(uri));
    }

    /** The first code from the app turns two-step sign-in on; the answer is the recovery codes, shown once. */
    @Transactional
    public List<String> confirm(Long accountId, String code) {
        Account account = account(accountId);
        if (account.isTwoStepEnabled()) {
            throw new InvalidInputException("code", "twoStep.error.alreadyOn");
        }
        if (account.totpSecret() == null) {
            throw new InvalidInputException("code", "twoStep.error.notStarted");
        }
        OptionalLong step = Totp.matchingStep(account.totpSecret(), code, clock.instant(), null);
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "twoStep.error.wrongCode");
        }
        account.enableTwoStep(step.getAsLong(), clock.instant());
        audit.record(accountId, AuditAction.TWO_STEP_ENABLED, accountId, null);
        return newRecoveryCodes(accountId);
    }

    /** The second step of sign-in: a code of the app or an unused recovery code (which is then used up). */
    @Transactional
    public Outcome verify(Long accountId, String typed) {
        Account account = account(accountId);
        if (!account.isTwoStepEnabled() || typed == null || typed.length() > 40) {
            return refused(accountId);
        }
        OptionalLong step = Totp.matchingStep(account.totpSecret(), typed, clock.instant(), account.totpLastStep());
        if (step.isPresent()) {
            account.acceptStep(step.getAsLong());
            audit.record(accountId, AuditAction.STAFF_SIGNED_IN, accountId, null);
            return Outcome.CODE_ACCEPTED;
        }
        String normalized = typed.replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
        var recovery = recoveryCodes.findByAccountIdAndCodeHash(accountId, Hashing.sha256Hex(normalized))
                .filter(r -> !r.isUsed());
        if (recovery.isPresent()) {
            recovery.get().use(clock.instant());
            audit.record(accountId, AuditAction.RECOVERY_CODE_USED, accountId,
                    "left: " + recoveryCodesLeft(accountId));
            audit.record(accountId, AuditAction.STAFF_SIGNED_IN, accountId, null);
            return Outcome.RECOVERY_CODE_ACCEPTED;
        }
        return refused(accountId);
    }

    /** New recovery codes (the earlier ones stop working), against a code of the app. */
    @Transactional
    public List<String> renewRecoveryCodes(Long accountId, String code) {
        requireCode(accountId, code);
        audit.record(accountId, AuditAction.RECOVERY_CODES_RENEWED, accountId, null);
        return newRecoveryCodes(accountId);
    }

    /** Turns two-step sign-in off, against a code of the app; not for an account that holds a role. */
    @Transactional
    public void turnOff(Long accountId, String code) {
        if (holdsARole(accountId)) {
            throw new InvalidInputException("code", "twoStep.error.requiredForRoles");
        }
        requireCode(accountId, code);
        account(accountId).disableTwoStep();
        recoveryCodes.deleteByAccountId(accountId);
        audit.record(accountId, AuditAction.TWO_STEP_DISABLED, accountId, null);
    }

    /** For a person who lost their phone and their codes: off, sessions ended; set up again at the next sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reset(Long accountId) {
        account(accountId).disableTwoStep();
        recoveryCodes.deleteByAccountId(accountId);
        audit.record(AuditAction.TWO_STEP_RESET, accountId, null);
    }

    private void requireCode(Long accountId, String code) {
        Account account = account(accountId);
        if (!account.isTwoStepEnabled()) {
            throw new InvalidInputException("code", "twoStep.error.notOn");
        }
        OptionalLong step = Totp.matchingStep(account.totpSecret(), code, clock.instant(), account.totpLastStep());
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "twoStep.error.wrongCode");
        }
        account.acceptStep(step.getAsLong());
    }

    private Outcome refused(Long accountId) {
        audit.record(accountId, AuditAction.SECOND_STEP_FAILED, accountId, null);
        return Outcome.REFUSED;
    }

    private List<String> newRecoveryCodes(Long accountId) {
        recoveryCodes.deleteByAccountId(accountId);
        recoveryCodes.flush();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
            }
            recoveryCodes.save(new RecoveryCode(accountId, Hashing.sha256Hex(code.toString()), clock.instant()));
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    private Account account(Long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
    }

    /** The QR code of the otpauth address as an SVG path of dark modules (with its quiet zone). */
    static String qrSvg(String text) {
        return org.apertura.platform.QrCode.svg(text, 220);
    }
}
