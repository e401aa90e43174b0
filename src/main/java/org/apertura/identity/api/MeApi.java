package org.apertura.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.apertura.identity.AccountPrincipal;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.ScopeKind;
import org.apertura.identity.Sector;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the presented token belongs to, and what roles that person holds. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "api.tag.accounts", description = "api.tag.accounts.description")
class MeApi {

    private final AccountService accounts;

    MeApi(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "api.op.identity.me", security = @SecurityRequirement(name = "bearer"))
    Me me(@AuthenticationPrincipal AccountPrincipal principal) {
        return new Me(principal.displayName(), principal.getUsername(),
                accounts.memberships(principal.accountId()).stream()
                        .map(m -> new MembershipView(m.getRole(), m.getScopeKind(), m.getScopeId(), m.getSector()))
                        .toList());
    }

    record Me(String displayName, String email, List<MembershipView> roles) {
    }

    record MembershipView(Role role, ScopeKind scopeKind, String scopeId, Sector sector) {
    }
}
