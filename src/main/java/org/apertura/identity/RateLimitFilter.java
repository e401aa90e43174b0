package org.apertura.identity;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one address may post to the sign-in, sign-up and password-reset forms, so that
 * passwords cannot be guessed and mail cannot be sent in bulk. Past the limit: 429 and a friendly page.
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final Set<String> LIMITED_PATHS = Set.of("/entrar", "/registro", "/recuperar");
    private static final int MAX_TRACKED = 50_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !LIMITED_PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        if (bucket.tryConsume(1)) {
            chain.doFilter(request, response);
        } else {
            response.setHeader("Retry-After", "60");
            response.sendError(429);
        }
    }
}
