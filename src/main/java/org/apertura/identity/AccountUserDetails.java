package org.apertura.identity;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for sign-in by its e-mail. */
@Component
class AccountUserDetails implements UserDetailsService {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final Clock clock;

    AccountUserDetails(AccountRepository accounts, MembershipRepository memberships, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByEmail(AccountService.normalizeEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return principal(account);
    }

    AccountPrincipal principal(Account account) {
        return new AccountPrincipal(account, memberships.findByAccountIdOrderByRoleAscScopeIdAsc(account.getId()));
    }
}
