package org.apertura.identity;

import org.apertura.platform.security.Authority;
import org.apertura.platform.security.ScopeKind;
import org.apertura.platform.security.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.apertura.platform.InvalidInputException;

/** A role held by an account within one scope, e.g. LIAISON of institution "idaip". */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private ScopeKind scopeKind;
    private String scopeId;
    @Enumerated(EnumType.STRING)
    private Sector sector;
    private Instant createdAt;

    protected Membership() {
    }

    Membership(Long accountId, Role role, String scopeId, Sector sector, Instant now) {
        if (role == null) {
            throw new InvalidInputException("role", "validation.required");
        }
        if (role.needsSector() != (sector != null)) {
            throw new InvalidInputException("sector", role.needsSector() ? "membership.error.sectorRequired"
                    : "membership.error.sectorNotAllowed");
        }
        String scope = role.scopeKind() == ScopeKind.PLATFORM ? "platform" : scopeId;
        if (scope == null || scope.isBlank() || scope.length() > 80) {
            throw new InvalidInputException("scopeId", "membership.error.scopeRequired");
        }
        this.accountId = accountId;
        this.role = role;
        this.scopeKind = role.scopeKind();
        this.scopeId = scope.strip();
        this.sector = sector;
        this.createdAt = now;
    }

    /**
     * The authorities Spring Security checks, e.g. {@code LIAISON@INSTITUTION:idaip}; a secretariat member
     * also gets one naming their sector, {@code STL_MEMBER/CIVIL_SOCIETY@SECRETARIAT:stl-durango}.
     */
    java.util.List<String> authorities() {
        if (role == Role.ADMIN) {
            return java.util.List.of(Authority.ADMIN.value());
        }
        Authority scoped = Authority.of(role, scopeId);
        return sector == null ? java.util.List.of(scoped.value())
                : java.util.List.of(scoped.value(), Authority.ofSector(role, sector.name(), scopeId).value());
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Role getRole() {
        return role;
    }

    public ScopeKind getScopeKind() {
        return scopeKind;
    }

    public String getScopeId() {
        return scopeId;
    }

    public Sector getSector() {
        return sector;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
