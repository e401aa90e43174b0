package org.apertura.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins per account (for the lock-out) and clears the count on success. */
@Component
class SignInEvents {

    private final AccountService accounts;

    SignInEvents(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name instanceof String email) {
            accounts.recordFailedSignIn(email);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.recordSignIn(principal.accountId());
        }
    }
}
