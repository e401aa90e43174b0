package org.apertura.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apertura.platform.Hashing;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one address may post to some paths (sign-in, sign-up, password reset, text analysis),
 * so that passwords cannot be guessed, mail cannot be sent in bulk and the server cannot be flooded. Past
 * the limit: 429 with Retry-After, and the friendly error page.
 *
 * <p>The hits are counted per minute in the database ({@link SharedRateLimits}), so the limit holds across every node
 * behind the balancer; outside an application (a unit test) they are counted in memory, minute by minute, the past
 * minutes dropped. The address is the request's: the connection's own, or the client's from {@code X-Forwarded-For}
 * only when the connection comes from a trusted proxy ({@code APERTURA_TRUSTED_PROXIES}, Tomcat's remote IP valve).
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private final Set<String> paths;
    private final int perMinute;
    private final String limit;
    private final Map<String, AtomicInteger> memory = new ConcurrentHashMap<>();
    private volatile long memoryMinute;

    public RateLimitFilter(Set<String> paths, int perMinute) {
        this.paths = Set.copyOf(paths);
        this.perMinute = perMinute;
        this.limit = getClass().getSimpleName() + ":" + Hashing.sha256Hex(String.join(",", new TreeSet<>(paths)))
                .substring(0, 12);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !paths.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String bucket = limit + "|" + request.getRemoteAddr();
        WebApplicationContext context = WebApplicationContextUtils.findWebApplicationContext(request.getServletContext());
        SharedRateLimits shared = context == null ? null : context.getBeanProvider(SharedRateLimits.class).getIfAvailable();
        boolean allowed = shared != null ? shared.tryHit(bucket, perMinute) : hitInMemory(bucket);
        if (allowed) {
            chain.doFilter(request, response);
        } else {
            response.setHeader("Retry-After", "60");
            response.sendError(429);
        }
    }

    private boolean hitInMemory(String bucket) {
        long minute = System.currentTimeMillis() / 60_000;
        if (minute != memoryMinute) {
            synchronized (memory) {
                if (minute != memoryMinute) {
                    memory.clear(); // the minute has passed for every address alike
                    memoryMinute = minute;
                }
            }
        }
        return memory.computeIfAbsent(bucket, b -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }
}
