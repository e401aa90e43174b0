package org.apertura.identity;

import org.apertura.platform.security.ScopeKind;
import org.apertura.platform.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of accounts. */
interface AccountRepository extends JpaRepository<Account, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Account> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    List<Account> findAllByOrderByCreatedAtDesc();
}

/** Persistence of memberships. */
interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByAccountIdOrderByRoleAscScopeIdAsc(Long accountId);

    List<Membership> findByAccountIdInOrderByRoleAscScopeIdAsc(java.util.Collection<Long> accountIds);

    boolean existsByRole(Role role);

    long countByRole(Role role);

    List<Membership> findByRoleAndScopeId(Role role, String scopeId);

    boolean existsByAccountIdAndRoleAndScopeKindAndScopeId(Long accountId, Role role, ScopeKind kind, String scopeId);
}

/** Persistence of API tokens. */
interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);
}

/** Persistence of password resets. */
interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    List<PasswordReset> findByAccountIdAndUsedAtIsNull(Long accountId);
}

/** Persistence of sign-ups waiting for their address to be confirmed. */
interface PendingSignUpRepository extends JpaRepository<PendingSignUp, Long> {

    Optional<PendingSignUp> findByTokenHash(String tokenHash);

    List<PendingSignUp> findByEmailAndUsedAtIsNull(String email);
}
