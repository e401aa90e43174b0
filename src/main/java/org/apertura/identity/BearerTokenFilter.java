package org.apertura.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that present a personal token: {@code Authorization: Bearer apt_…}, or the bare token as
 * CKAN clients send it ({@code Authorization: apt_…}, or ckanapi's older {@code X-CKAN-API-Key: apt_…}).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final AccountService accounts;
    private final AccountUserDetails details;
    private final ApiSecurityResponses responses;

    BearerTokenFilter(AccountService accounts, AccountUserDetails details, ApiSecurityResponses responses) {
        this.accounts = accounts;
        this.details = details;
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = accounts.authenticateToken(token);
        if (account.isEmpty()) {
            responses.unauthorized(request, response, "api.error.badToken");
            return;
        }
        AccountPrincipal principal = details.principal(account.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** The token the request presents, or null when it presents none. */
    static String token(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip();
        }
        if (header != null && header.strip().startsWith(ApiToken.PREFIX)) {
            return header.strip();
        }
        String ckan = request.getHeader("X-CKAN-API-Key");
        if (ckan != null && ckan.strip().startsWith(ApiToken.PREFIX)) {
            return ckan.strip();
        }
        return null;
    }
}
