package org.apertura.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work as a given account, with its real roles, for start-up work such as the demo data, so that
 * the same authorised services record who did what.
 */
@Component
public class ActingAs {

    private final AccountService accounts;
    private final AccountUserDetails details;

    ActingAs(AccountService accounts, AccountUserDetails details) {
        this.accounts = accounts;
        this.details = details;
    }

    public void run(Long accountId, Runnable work) {
        AccountPrincipal principal = details.principal(accounts.get(accountId));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
