package org.apertura.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.security.PublicEndpoints;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Authenticates API calls that present a personal token: {@code Authorization: Bearer apt_…}, or the bare token as
 * CKAN clients send it ({@code Authorization: apt_…}, or ckanapi's older {@code X-CKAN-API-Key: apt_…}). A token that
 * is unknown, revoked or expired gets the platform's 401, except on the paths that answer it in their own protocol
 * ({@link PublicEndpoints#ownTokenErrors()}, CKAN's Action API): there the call goes on anonymously, marked with
 * {@link PublicEndpoints#REJECTED_TOKEN}.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final AccountService accounts;
    private final AccountUserDetails details;
    private final ApiSecurityResponses responses;
    private final List<PathPattern> ownTokenErrors;

    BearerTokenFilter(AccountService accounts, AccountUserDetails details, ApiSecurityResponses responses,
            List<String> ownTokenErrors) {
        this.accounts = accounts;
        this.details = details;
        this.responses = responses;
        this.ownTokenErrors = ownTokenErrors.stream().map(PathPatternParser.defaultInstance::parse).toList();
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
            if (answersItsOwnTokenErrors(request)) {
                request.setAttribute(PublicEndpoints.REJECTED_TOKEN, Boolean.TRUE);
                chain.doFilter(request, response);
                return;
            }
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

    private boolean answersItsOwnTokenErrors(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return ownTokenErrors.stream().anyMatch(p -> p.matches(path));
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
