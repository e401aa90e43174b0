package org.apertura.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
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

    /**
     * The person passed the second step of sign-in: the session now holds that factor too, under a new session id
     * (what was known of the session before the second step is worth nothing after it).
     */
    public void secondStepPassed(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new IllegalStateException("nobody to complete the sign-in of");
        }
        request.changeSessionId();
        save(principal, factors(current, FactorGrantedAuthority.withAuthority(TwoStepSignIn.FACTOR).build()), request,
                response);
    }

    /** Whether the current sign-in passed the second step. */
    public static boolean passedSecondStep(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> TwoStepSignIn.FACTOR.equals(a.getAuthority()));
    }

    /** Stores a principal read anew, keeping the factors the sign-in already proved (password, second step). */
    void store(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        save(principal, factors(SecurityContextHolder.getContext().getAuthentication(), null), request, response);
    }

    private static List<GrantedAuthority> factors(Authentication current, GrantedAuthority added) {
        List<GrantedAuthority> factors = new ArrayList<>();
        if (current != null) {
            current.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance).forEach(factors::add);
        }
        if (added != null && factors.stream().noneMatch(f -> f.getAuthority().equals(added.getAuthority()))) {
            factors.add(added);
        }
        return factors;
    }

    private void save(AccountPrincipal principal, List<GrantedAuthority> factors, HttpServletRequest request,
            HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.addAll(factors);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
