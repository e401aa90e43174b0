package org.apertura.identity;

import org.apertura.platform.security.ScopeKind;
import org.apertura.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apertura.platform.Emails;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Hashing;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.identity.MembershipPolicy.MembershipAction;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.AuditAction;
import org.apertura.platform.security.RoleScopes;
import org.apertura.platform.security.WorkPlaces;
import org.apertura.platform.mail.MailOutbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of accounts: sign-up, passwords and their reset, display names, roles, API tokens. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    /** How long a sign-up's confirmation link works. */
    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final ApiTokenRepository tokens;
    private final PasswordResetRepository resets;
    private final PasswordEncoder passwords;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final ObjectProvider<RoleScopes> scopes;
    private final ObjectProvider<WorkPlaces> workPlaces;
    private final SignInThrottle throttle;
    private final MembershipPolicy membershipPolicy;
    private final AuditLog audit;
    private final PendingSignUpRepository pendingSignUps;

    AccountService(AccountRepository accounts, MembershipRepository memberships, ApiTokenRepository tokens,
            PasswordResetRepository resets, PasswordEncoder passwords, MailOutbox mail, MessageSource messages,
            Clock clock, PublicUrl publicUrl, ObjectProvider<RoleScopes> scopes, SignInThrottle throttle,
            MembershipPolicy membershipPolicy, AuditLog audit, PendingSignUpRepository pendingSignUps,
            ObjectProvider<WorkPlaces> workPlaces) {
        this.pendingSignUps = pendingSignUps;
        this.workPlaces = workPlaces;
        this.membershipPolicy = membershipPolicy;
        this.audit = audit;
        this.scopes = scopes;
        this.throttle = throttle;
        this.accounts = accounts;
        this.memberships = memberships;
        this.tokens = tokens;
        this.resets = resets;
        this.passwords = passwords;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = publicUrl.base();
    }

    /**
     * Sign-up as people do it, which never tells whether the address already has an account: bad input is
     * refused field by field as always; otherwise the answer is the same either way ("we sent you an e-mail
     * to continue"). A new address gets a link to confirm it, and its account is made only when the link is used
     * ({@link #confirmSignUp}: nobody acts in the name of an address they cannot read); an address that already has one
     * gets, instead, a notice to its owner with the ways to sign in or recover the password, and nothing else
     * changes. The password is hashed in both cases, so the time taken does not tell either.
     */
    @Transactional
    public void register(String email, String password, String displayName, Locale locale) {
        String normalized = normalizeEmail(email);
        List<FieldProblem> problems = new ArrayList<>();
        if (!isEmail(normalized)) {
            problems.add(new FieldProblem("email", "validation.email"));
        }
        passwordProblem(password, normalized, false).ifPresent(problems::add);
        displayNameProblem(displayName).ifPresent(problems::add);
        InvalidInputException.throwIfAny(problems);
        String hash = passwords.encode(password);
        Optional<Account> existing = accounts.findByEmail(normalized);
        if (existing.isPresent()) {
            Account owner = existing.get();
            mail.enqueue(owner.getEmail(), messages.getMessage("mail.signUp.existing.subject", null, locale),
                    messages.getMessage("mail.signUp.existing.body",
                            new Object[] {owner.getDisplayName(), baseUrl + "/entrar", baseUrl + "/recuperar"}, locale));
            return;
        }
        String token = Hashing.randomToken(32);
        pendingSignUps.save(new PendingSignUp(normalized, hash, displayName.strip(), Hashing.sha256Hex(token), now(),
                now().plus(CONFIRMATION_VALIDITY)));
        mail.enqueue(normalized, messages.getMessage("mail.signUp.confirm.subject", null, locale),
                messages.getMessage("mail.signUp.confirm.body",
                        new Object[] {displayName.strip(), baseUrl + "/registro/confirmar/" + token}, locale));
    }

    /** Whether a sign-up link can still be used (for the page that shows its button). */
    public boolean isSignUpLinkUsable(String token) {
        return token != null && token.length() <= 100
                && pendingSignUps.findByTokenHash(Hashing.sha256Hex(token)).filter(p -> p.isUsable(now())).isPresent();
    }

    /**
     * Confirms a sign-up with the link sent to its address: the account is made, with the password and name typed
     * then, and can sign in. Other pending sign-ups of the address die. A link used, expired or unknown changes
     * nothing; so does a link of an address that has had an account since.
     */
    @Transactional
    public Account confirmSignUp(String token) {
        PendingSignUp pending = token == null || token.length() > 100 ? null
                : pendingSignUps.findByTokenHash(Hashing.sha256Hex(token)).filter(p -> p.isUsable(now())).orElse(null);
        if (pending == null) {
            throw new InvalidInputException("token", "account.error.confirmInvalid");
        }
        if (accounts.existsByEmail(pending.getEmail())) {
            throw new InvalidInputException("token", "account.error.confirmTaken");
        }
        Account account;
        try {
            account = accounts.saveAndFlush(pending.confirm(now()));
        } catch (DataIntegrityViolationException raced) {
            throw new InvalidInputException("token", "account.error.confirmTaken");
        }
        pendingSignUps.findByEmailAndUsedAtIsNull(pending.getEmail()).forEach(other -> other.confirm(now()));
        return account;
    }

    /**
     * Opens an account at once (demos, tests, programs): unlike {@link #register} it says when the address is
     * taken, so it is never the answer to a visitor. The e-mail is kept private; the display name is public.
     */
    @Transactional
    public Account signUp(String email, String password, String displayName) {
        String normalized = normalizeEmail(email);
        Optional<FieldProblem> weak = passwordProblem(password, normalized, false);
        return open(normalized, weak, () -> passwords.encode(password), displayName);
    }

    /**
     * Opens an account at once for a person who does not sign in (the demo's people): its password is a secret no one
     * keeps, the same for every such account of this node's run, so that it is hashed once rather than once per person
     * (a bcrypt hash costs tens of milliseconds: the demo's people took seconds of every start). Like any account it
     * can choose a password through the reset by e-mail. Otherwise as {@link #signUp}.
     */
    @Transactional
    public Account signUpWithoutPassword(String email, String displayName) {
        return open(normalizeEmail(email), Optional.empty(), this::unknownPassword, displayName);
    }

    private volatile String unknownPassword;

    private String unknownPassword() {
        String hash = unknownPassword;
        if (hash == null) {
            hash = passwords.encode(Hashing.randomToken(24));
            unknownPassword = hash;
        }
        return hash;
    }

    private Account open(String normalized, Optional<FieldProblem> weak, Supplier<String> hash,
            String displayName) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!isEmail(normalized)) {
            problems.add(new FieldProblem("email", "validation.email"));
        }
        weak.ifPresent(problems::add);
        displayNameProblem(displayName).ifPresent(problems::add);
        if (problems.isEmpty() && accounts.existsByEmail(normalized)) {
            problems.add(new FieldProblem("email", "account.error.emailTaken"));
        }
        InvalidInputException.throwIfAny(problems);
        try {
            return accounts.saveAndFlush(new Account(normalized, hash.get(), displayName.strip(), now()));
        } catch (DataIntegrityViolationException raced) {
            throw new InvalidInputException("email", "account.error.emailTaken");
        }
    }

    public Optional<Account> byEmail(String email) {
        return accounts.findByEmail(normalizeEmail(email));
    }

    public Account get(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
    }

    /**
     * The e-mail address of each of these accounts, by id, read a few hundred at a time rather than one account at a
     * time (a calendar change tells thousands of requesters); an account that does not exist is refused as
     * {@link #get} refuses it.
     */
    public Map<Long, String> emailsOf(java.util.Collection<Long> ids) {
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        Map<Long, String> emails = new java.util.HashMap<>();
        for (int from = 0; from < all.size(); from += 500) {
            accounts.emailsOf(all.subList(from, Math.min(all.size(), from + 500)))
                    .forEach(row -> emails.put((Long) row[0], (String) row[1]));
        }
        all.stream().filter(id -> !emails.containsKey(id)).findFirst().ifPresent(id -> {
            throw new NotFoundException("account " + id);
        });
        return emails;
    }

    /** The roles of each of these accounts (administrators' lists). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, List<Membership>> membershipsOf(java.util.Collection<Long> accountIds) {
        Map<Long, List<Membership>> held = new java.util.HashMap<>();
        if (!accountIds.isEmpty()) {
            memberships.findByAccountIdInOrderByRoleAscScopeIdAsc(accountIds)
                    .forEach(m -> held.computeIfAbsent(m.getAccountId(), k -> new java.util.ArrayList<>()).add(m));
        }
        return held;
    }

    /** How many accounts a page of the administrators' list shows. */
    public static final int ACCOUNTS_PER_PAGE = 50;

    /**
     * What an administrator looks for among accounts: words of the name or the e-mail (any part, any case), holders
     * of a role, enabled or disabled ones; null means any.
     */
    public record AccountQuery(String text, Role role, Boolean enabled) {
    }

    /** The accounts that match, newest first, a page at a time (administrators only). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Account> search(AccountQuery query, int page) {
        org.springframework.data.jpa.domain.Specification<Account> spec = (root, q, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>();
            if (query.text() != null && !query.text().isBlank()) {
                String like = "%" + query.text().strip().toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("email")), like, '\\'),
                        cb.like(cb.lower(root.get("displayName")), like, '\\')));
            }
            if (query.role() != null) {
                jakarta.persistence.criteria.Subquery<Long> holders = q.subquery(Long.class);
                jakarta.persistence.criteria.Root<Membership> m = holders.from(Membership.class);
                holders.select(m.get("accountId")).where(cb.equal(m.get("role"), query.role()));
                where.add(root.get("id").in(holders));
            }
            if (query.enabled() != null) {
                where.add(cb.equal(root.get("enabled"), query.enabled()));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
        return accounts.findAll(spec, org.springframework.data.domain.PageRequest.of(
                org.apertura.platform.web.Paging.index(page), ACCOUNTS_PER_PAGE,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("createdAt"),
                        org.springframework.data.domain.Sort.Order.desc("id"))));
    }

    @Transactional
    public void rename(Long accountId, String displayName) {
        InvalidInputException.throwIf(displayNameProblem(displayName));
        get(accountId).rename(displayName.strip());
    }

    @Transactional
    public void changePassword(Long accountId, String current, String newPassword) {
        changePassword(accountId, current, newPassword, false);
    }

    /**
     * Changes the password; every other session of the account ends at its next request, and with
     * {@code revokeTokens} every API token stops working too (for when the old password may have leaked).
     */
    @Transactional
    public void changePassword(Long accountId, String current, String newPassword, boolean revokeTokens) {
        Account account = get(accountId);
        if (current == null || !passwords.matches(current, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "account.error.currentPassword");
        }
        passwordProblem(newPassword, account.getEmail(), isStaff(account.getId())).ifPresent(p -> {
            throw new InvalidInputException(List.of(new FieldProblem("newPassword", p.messageKey(), p.args())));
        });
        account.changePassword(passwords.encode(newPassword));
        cancelResetLinks(account.getId());
        if (revokeTokens) {
            tokens.findByAccountIdOrderByCreatedAtDesc(account.getId()).forEach(t -> t.revoke(now()));
        }
    }

    /** Every reset link of the account still outstanding dies: the password they were for is gone. */
    private void cancelResetLinks(Long accountId) {
        resets.findByAccountIdAndUsedAtIsNull(accountId).forEach(r -> r.cancel(now()));
    }

    /**
     * Sends a one-time reset link if the address has an account. The answer is the same either way, so
     * nobody can learn who has an account here.
     */
    @Transactional
    public void requestPasswordReset(String email, Locale locale) {
        accounts.findByEmail(normalizeEmail(email)).filter(Account::isEnabled).ifPresent(account -> {
            String token = Hashing.randomToken(32);
            resets.save(new PasswordReset(account.getId(), Hashing.sha256Hex(token), now().plus(RESET_VALIDITY), now()));
            String link = baseUrl + "/recuperar/" + token;
            mail.enqueue(account.getEmail(), messages.getMessage("mail.reset.subject", null, locale),
                    messages.getMessage("mail.reset.body", new Object[] {account.getDisplayName(), link}, locale));
        });
    }

    public boolean isResetTokenUsable(String token) {
        return token != null && resets.findByTokenHash(Hashing.sha256Hex(token)).filter(r -> r.isUsable(now())).isPresent();
    }

    /**
     * Sets a new password with a reset link; that link and every other outstanding link of the account
     * then stop working, and the sign-in delay of the account's e-mail is lifted.
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        PasswordReset reset = token == null ? null
                : resets.findByTokenHash(Hashing.sha256Hex(token)).filter(r -> r.isUsable(now())).orElse(null);
        if (reset == null) {
            throw new InvalidInputException("token", "account.error.resetInvalid");
        }
        Account account = get(reset.getAccountId());
        passwordProblem(newPassword, account.getEmail(), isStaff(account.getId())).ifPresent(p -> {
            throw new InvalidInputException(List.of(new FieldProblem("newPassword", p.messageKey(), p.args())));
        });
        account.changePassword(passwords.encode(newPassword));
        reset.use(now());
        cancelResetLinks(account.getId());
        throttle.succeeded(account.getEmail());
        // whoever had the old password may have made tokens with it: a reset revokes them all
        tokens.findByAccountIdOrderByCreatedAtDesc(account.getId()).forEach(t -> t.revoke(now()));
    }

    /**
     * Disables an account: its open sessions end at their next request, it cannot sign in and its API
     * tokens stop working. An administrator cannot disable their own account.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void disable(Long accountId, Long byAccountId) {
        if (accountId.equals(byAccountId)) {
            throw new InvalidInputException("account", "account.error.disableSelf");
        }
        get(accountId).disable();
        audit.record(AuditAction.ACCOUNT_DISABLED, accountId, null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void enable(Long accountId) {
        get(accountId).enable();
        audit.record(AuditAction.ACCOUNT_ENABLED, accountId, null);
    }

    public List<Membership> memberships(Long accountId) {
        return memberships.findByAccountIdOrderByRoleAscScopeIdAsc(accountId);
    }

    /** The e-mail addresses of the accounts holding a role in a scope (for notices; never shown in public). */
    public List<String> emailsOf(Role role, String scopeId) {
        return memberships.findByRoleAndScopeId(role, scopeId).stream()
                .map(m -> accounts.findById(m.getAccountId())).flatMap(Optional::stream)
                .filter(Account::isEnabled).map(Account::getEmail).distinct().sorted().toList();
    }

    /** The secretariats, institutions or jurisdictions a role of this kind can be held in, from their modules. */
    public List<RoleScopes.Scope> scopesOf(ScopeKind kind) {
        return scopes.orderedStream().flatMap(source -> source.scopes().stream())
                .filter(scope -> scope.kind().equals(kind.name())).toList();
    }

    /** A place of work as a page shows it: its label (a message key), the name of its scope (or null), its address. */
    public record Place(String labelKey, String scopeName, String url) {
    }

    /** The current person's places of work, from every module's {@link WorkPlaces}, their scopes named. */
    public List<Place> workPlaces() {
        Map<String, String> names = scopeNames();
        org.apertura.platform.security.Actor actor = org.apertura.platform.security.Actor.current();
        return workPlaces.orderedStream().flatMap(places -> places.of(actor).stream())
                .map(w -> new Place(w.labelKey(), w.scopeId() == null ? null
                        : names.getOrDefault(w.scopeKind() + ":" + w.scopeId(), w.scopeId()), w.url()))
                .toList();
    }

    /** The names of every scope by "KIND:id" (e.g. "INSTITUTION:idaip"), for pages that name a role's scope. */
    public Map<String, String> scopeNames() {
        Map<String, String> names = new java.util.HashMap<>();
        scopes.orderedStream().flatMap(source -> source.scopes().stream())
                .forEach(scope -> names.put(scope.kind() + ":" + scope.id(), scope.name()));
        return names;
    }

    public boolean anyAdministrator() {
        return memberships.existsByRole(Role.ADMIN);
    }

    /** Gives a role in a scope to an account (administrators only). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Membership grant(Long accountId, Role role, String scopeId, Sector sector) {
        get(accountId);
        Membership membership = new Membership(accountId, role, scopeId, sector, now());
        if (role.scopeKind() != ScopeKind.PLATFORM && scopesOf(role.scopeKind()).stream()
                .noneMatch(s -> s.id().equals(membership.getScopeId()))) {
            throw new InvalidInputException("scopeId", "membership.error.scopeUnknown");
        }
        if (memberships.existsByAccountIdAndRoleAndScopeKindAndScopeId(accountId, role, membership.getScopeKind(),
                membership.getScopeId())) {
            throw new InvalidInputException("role", "membership.error.duplicate");
        }
        Membership saved = memberships.save(membership);
        audit.recordRole(AuditAction.ROLE_GRANTED, accountId, role, saved.getScopeId());
        return saved;
    }

    /**
     * Gives a secretariat role (member with a sector, or coordinator) in one secretariat, as its coordinator
     * may when adding a member linked to an account. Nothing happens if the account already holds it.
     */
    @Transactional
    public void grantInSecretariat(Long accountId, Role role, String secretariat, Sector sector) {
        membershipPolicy.inSecretariat(Actor.current(), secretariat).require(MembershipAction.GRANT_IN_SECRETARIAT);
        if (role.scopeKind() != ScopeKind.SECRETARIAT) {
            throw new IllegalArgumentException("not a secretariat role: " + role);
        }
        if (!memberships.existsByAccountIdAndRoleAndScopeKindAndScopeId(accountId, role, ScopeKind.SECRETARIAT,
                secretariat)) {
            memberships.save(new Membership(get(accountId).getId(), role, secretariat, role.needsSector() ? sector : null,
                    now()));
            audit.recordRole(AuditAction.ROLE_GRANTED, accountId, role, secretariat);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(Long accountId, Long membershipId) {
        Membership membership = memberships.findById(membershipId)
                .filter(m -> m.getAccountId().equals(accountId))
                .orElseThrow(() -> new NotFoundException("membership " + membershipId));
        if (membership.getRole() == Role.ADMIN && memberships.countByRole(Role.ADMIN) == 1) {
            throw new InvalidInputException("role", "membership.error.lastAdmin");
        }
        memberships.delete(membership);
        audit.recordRole(AuditAction.ROLE_REVOKED, accountId, membership.getRole(), membership.getScopeId());
    }

    /** Creates a personal API token; the returned secret is shown once and never stored. */
    @Transactional
    public NewToken createToken(Long accountId, String name) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new InvalidInputException("name", "validation.required.max", 80);
        }
        get(accountId);
        String secret = ApiToken.PREFIX + Hashing.randomToken(32);
        ApiToken token = tokens.save(new ApiToken(accountId, name.strip(), Hashing.sha256Hex(secret),
                secret.substring(0, 10), now()));
        return new NewToken(token, secret);
    }

    public List<ApiToken> tokens(Long accountId) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(accountId);
    }

    @Transactional
    public void revokeToken(Long accountId, Long tokenId) {
        tokens.findById(tokenId).filter(t -> t.getAccountId().equals(accountId))
                .orElseThrow(() -> new NotFoundException("token " + tokenId))
                .revoke(now());
    }

    /** The account behind a presented API token, if the token is known, active and its account enabled. */
    @Transactional
    Optional<Account> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Hashing.sha256Hex(secret)).filter(ApiToken::isActive).flatMap(token -> {
            token.used(now());
            return accounts.findById(token.getAccountId()).filter(Account::isEnabled);
        });
    }

    /** Creates the first administrator with a generated one-time password that must be changed. */
    @Transactional
    Account bootstrapAdministrator(String email, String password) {
        Account admin = accounts.findByEmail(normalizeEmail(email))
                .orElseGet(() -> accounts.save(new Account(normalizeEmail(email), passwords.encode(password),
                        "Administración", now())));
        admin.changePassword(passwords.encode(password));
        admin.requirePasswordChange();
        if (!memberships.existsByAccountIdAndRoleAndScopeKindAndScopeId(admin.getId(), Role.ADMIN, ScopeKind.PLATFORM,
                "platform")) {
            memberships.save(new Membership(admin.getId(), Role.ADMIN, null, null, now()));
        }
        return admin;
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    static boolean isEmail(String email) {
        return Emails.isValid(email);
    }

    /** Staff hold any role: their passwords must be longer ({@link PasswordPolicy#MIN_STAFF_LENGTH}). */
    private boolean isStaff(Long accountId) {
        return !memberships.findByAccountIdOrderByRoleAscScopeIdAsc(accountId).isEmpty();
    }

    static Optional<FieldProblem> passwordProblem(String password, String email, boolean staff) {
        return PasswordPolicy.problem(password, email, staff, "password");
    }

    static Optional<FieldProblem> displayNameProblem(String displayName) {
        if (displayName == null || displayName.strip().length() < 2 || displayName.strip().length() > 80) {
            return Optional.of(new FieldProblem("displayName", "account.error.displayName"));
        }
        if (displayName.contains("@")) {
            return Optional.of(new FieldProblem("displayName", "account.error.displayNameEmail"));
        }
        return Optional.empty();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** A token just created, with its secret (shown once). */
    public record NewToken(ApiToken token, String secret) {
    }
}
