package org.apertura.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that follows it through the logs ({@code requestId} in the MDC: in every log line, plain
 * or JSON), the answer ({@code X-Request-Id}) and the error page, so a person who reports a failure can quote it and
 * an operator finds its lines. A balancer's {@code X-Request-Id} is kept when it is short and made only of letters,
 * digits, dots, dashes, underscores and colons (nothing that could forge a log line); any other is replaced.
 *
 * <p>When a request ends, one line ({@code apertura.requests}, INFO) says its method, path without the query string,
 * status and time. The query string is never logged: it may carry an e-mail address or a search for a person.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    /** The request attribute (and MDC key) holding the id; error pages read it. */
    public static final String ATTRIBUTE = "requestId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final Logger REQUESTS = LoggerFactory.getLogger("apertura.requests");

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // the error page is rendered under the same id
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idOf(request);
        request.setAttribute(ATTRIBUTE, id);
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, id);
        }
        String outer = MDC.get(ATTRIBUTE);
        MDC.put(ATTRIBUTE, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (REQUESTS.isInfoEnabled() && !isAsyncDispatch(request) && request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
                REQUESTS.info("{} {} {} {} ms", request.getMethod(), oneLine(request.getRequestURI()),
                        response.getStatus(), (System.nanoTime() - started) / 1_000_000);
            }
            if (outer == null) {
                MDC.remove(ATTRIBUTE);
            } else {
                MDC.put(ATTRIBUTE, outer);
            }
        }
    }

    /** The id this request already has (an error dispatch), the balancer's if safe, or a new random one. */
    static String idOf(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String known) {
            return known;
        }
        String given = request.getHeader(HEADER);
        return given != null && SAFE.matcher(given).matches() ? given : newId();
    }

    /**
     * Twelve random bytes, URL-safe. Not a secret (it is in the answer and the logs), so not from the system's secure
     * random, which every request thread would otherwise queue for (one lock around /dev/urandom; docs/adr/0097).
     */
    private static String newId() {
        byte[] bytes = new byte[12];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The current request's id in the logs' context, or null outside a request. */
    public static String current() {
        return MDC.get(ATTRIBUTE);
    }

    /** A path as one log line: control characters (a forged line break) become '?'. */
    private static String oneLine(String path) {
        StringBuilder out = new StringBuilder(Math.min(path.length(), 300));
        for (int i = 0; i < path.length() && i < 300; i++) {
            char c = path.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }
}
