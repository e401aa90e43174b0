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
        return withSession(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                bothSteps(authorities))));
    }

    /** Signed in as the account, both steps of sign-in passed (the password and, where required, the app's code). */
    public RequestPostProcessor signedIn(Account account) {
        AccountPrincipal principal = details.principal(accounts.get(account.getId()));
        return withSession(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                bothSteps(principal.getAuthorities()))));
    }

    /** Signed in with the password only: the second step not passed yet. */
    public RequestPostProcessor passwordOnly(Account account) {
        AccountPrincipal principal = details.principal(accounts.get(account.getId()));
        return withSession(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities())));
    }

    /**
     * A person signed in in a browser always sends the session's cookie; MockMvc's sign-in puts the person in a request
     * attribute only, which the kept-page filter ahead of Spring Security cannot see (docs/adr/0063). The cookie makes
     * the test's request what a signed-in browser's is, so it goes the whole way as theirs does.
     */
    private static RequestPostProcessor withSession(RequestPostProcessor signIn) {
        return request -> {
            jakarta.servlet.http.Cookie[] had = request.getCookies();
            java.util.List<jakarta.servlet.http.Cookie> cookies = new java.util.ArrayList<>(
                    had == null ? java.util.List.of() : java.util.Arrays.asList(had));
            cookies.add(new jakarta.servlet.http.Cookie("APERTURA_SESSION", "signed-in-by-the-test"));
            request.setCookies(cookies.toArray(jakarta.servlet.http.Cookie[]::new));
            return signIn.postProcessRequest(request);
        };
    }

    private static java.util.List<org.springframework.security.core.GrantedAuthority> bothSteps(
            java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> authorities) {
        java.util.List<org.springframework.security.core.GrantedAuthority> all = new java.util.ArrayList<>(authorities);
        all.add(org.springframework.security.core.authority.FactorGrantedAuthority.withAuthority(TwoStepSignIn.FACTOR).build());
        return all;
    }
}
