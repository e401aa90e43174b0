package org.apertura.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session true to the account as it is now, on every request: roles granted or removed
 * take effect at once (the principal is re-read, two indexed queries); a disabled account, a new password
 * set elsewhere or a session older than its absolute lifetime signs the session out.
 */
final class LiveSessions extends OncePerRequestFilter {

    private static final String SIGNED_IN_AT = LiveSessions.class.getName() + ".SIGNED_IN_AT";

    private final AccountRepository accounts;
    private final AccountUserDetails details;
    private final SessionRefresher sessions;
    private final Clock clock;
    private final Duration absoluteLifetime;

    LiveSessions(AccountRepository accounts, AccountUserDetails details, SessionRefresher sessions, Clock clock,
            Duration absoluteLifetime) {
        this.accounts = accounts;
        this.details = details;
        this.sessions = sessions;
        this.clock = clock;
        this.absoluteLifetime = absoluteLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof AccountPrincipal held) {
            Instant now = clock.instant();
            Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : now;
            if (signedInAt == now) {
                session.setAttribute(SIGNED_IN_AT, now);
            }
            Optional<Account> account = accounts.findById(held.accountId());
            if (account.isEmpty() || !account.get().isEnabled() || account.get().getSessionEpoch() != held.sessionEpoch()
                    || signedInAt.plus(absoluteLifetime).isBefore(now)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else {
                AccountPrincipal current = details.principal(account.get());
                if (!held.sameGrantsAs(current)) {
                    sessions.store(current, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
