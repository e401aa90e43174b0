package org.apertura.identity;

import org.apertura.platform.security.ScopeKind;
import org.apertura.platform.security.Role;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of memberships. */
interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByAccountIdOrderByRoleAscScopeIdAsc(Long accountId);

    List<Membership> findByAccountIdInOrderByRoleAscScopeIdAsc(java.util.Collection<Long> accountIds);

    boolean existsByRole(Role role);

    long countByRole(Role role);

    List<Membership> findByRoleAndScopeId(Role role, String scopeId);

    boolean existsByAccountIdAndRoleAndScopeKindAndScopeId(Long accountId, Role role, ScopeKind kind, String scopeId);
}
