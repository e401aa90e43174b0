package org.apertura.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Replaces the signed-in principal in the session after the account changed (name, password, roles). */
@Component
public class SessionRefresher {

    private final AccountService accounts;
    private final AccountUserDetails details;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionRefresher(AccountService accounts, AccountUserDetails details) {
        this.accounts = accounts;
        this.details = details;
    }

    public void refresh(Long accountId, HttpServletRequest request, HttpServletResponse response) {
        store(details.principal(accounts.get(accountId)), request, response);
    }

    void store(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
