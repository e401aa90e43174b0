package org.apertura.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test helper: signs a MockMvc request in as a real account, with its real principal and roles. */
@Component
public class AccountUserDetailsAccess {

    private final AccountUserDetails details;
    private final AccountService accounts;

    AccountUserDetailsAccess(AccountUserDetails details, AccountService accounts) {
        this.details = details;
        this.accounts = accounts;
    }

    /** Signs in as the account's person, holding exactly these authorities (e.g. roles in another scope). */
    public RequestPostProcessor signedIn(Account account,
            java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> authorities) {
        AccountPrincipal principal = details.principal(accounts.get(account.getId()));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    public RequestPostProcessor signedIn(Account account) {
        AccountPrincipal principal = details.principal(accounts.get(account.getId()));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
