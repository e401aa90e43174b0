package org.apertura.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt made while its e-mail or network address must still wait ({@link SignInThrottle}),
 * before the password is checked, and sends the person back to the sign-in page with the wait in seconds.
 * The refused attempt does not count as a failure.
 */
class SignInDelayFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInDelayFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && "/entrar".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = seconds(throttle.remaining(request.getParameter("email"), request.getRemoteAddr()));
        if (wait > 0) {
            response.sendRedirect(request.getContextPath() + "/entrar?espera=" + wait);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A wait in whole seconds, rounded up. */
    static long seconds(Duration wait) {
        return wait.isZero() || wait.isNegative() ? 0 : (wait.toMillis() + 999) / 1000;
    }
}
