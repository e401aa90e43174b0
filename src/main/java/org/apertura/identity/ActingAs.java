package org.apertura.identity;

import org.springframework.stereotype.Component;
import org.apertura.platform.security.SystemActor;

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
        SystemActor.runAs(principal, principal.getAuthorities(), work);
    }
}
