package org.apertura.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apertura.platform.time.Today;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The rendered bytes of readers' pages ({@link ReaderPage}), kept in this node's memory and answered to the next reader
 * while nothing they show has changed (docs/adr/0037-readers-pages-kept-rendered.md). A page is kept under its address,
 * query and language, with the version {@link ReaderLastModified} reads (the ledger head's sequence, every other
 * {@link PageChanges}, the day, the node's start); a request whose version differs rebuilds the page. So a change on
 * any node shows on the next request to every node, at the cost of the one indexed read of the head the page's
 * {@code Last-Modified} already made.
 *
 * <p>Only readers are answered from it and only readers' answers are kept: a GET with no session cookie, no
 * {@code Authorization}, no cookie but the language's, no htmx header, anonymous for Spring Security; and only a
 * {@code 200} HTML answer that set no cookie ({@link HttpCaching} stores it, since it holds the bytes). A page is kept at
 * most {@code apertura.reader-pages.ttl} (its form tokens stay valid for 24 h) and all of them together take at most
 * {@code apertura.reader-pages.max-bytes}; the least recently read goes first.
 */
@Component
public class ReaderPages implements HandlerInterceptor {

    static final String PENDING = ReaderPages.class.getName() + ".PENDING";
    private static final String LANGUAGE_COOKIE = "APERTURA_LANG";

    /** A kept page: the version it was built at, its bytes and the headers its handler set. */
    record Kept(String version, Instant keptAt, byte[] bytes, String contentType, String etag, List<String> vary) {
    }

    /**
     * A reader's page being built: {@link HttpCaching} keeps it when the answer qualifies, then calls {@link #done}.
     * Readers asking the same page at the same version meanwhile wait for it rather than build it again.
     */
    final class Pending {

        private final String key;
        private final String version;
        private final Instant at;
        private final CountDownLatch built = new CountDownLatch(1);

        Pending(String key, String version, Instant at) {
            this.key = key;
            this.version = version;
            this.at = at;
        }

        void keep(HttpServletResponse response, byte[] bytes, String etag) {
            String type = response.getContentType();
            if (type == null || !type.startsWith("text/html") || bytes.length == 0 || bytes.length > maxBytes / 8) {
                return;
            }
            put(key, new Kept(version, at, bytes, type, etag, List.copyOf(response.getHeaders(HttpHeaders.VARY))));
        }

        /** The page is kept, or will not be (an error, a cookie): whoever waits for it goes on. */
        void done() {
            building.remove(key, this);
            built.countDown();
        }

        boolean await() {
            try {
                return built.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private final ReaderLastModified lastModified;
    private final HttpCaching caching;
    private final Today today;
    private final long maxBytes;
    private final Duration ttl;
    private final Duration wait;
    /** The page of each key being built now, at most one per key: the others wait for it (no stampede). */
    private final ConcurrentHashMap<String, Pending> building = new ConcurrentHashMap<>();
    private final LinkedHashMap<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long keptBytes;
    private long hits;

    ReaderPages(ReaderLastModified lastModified, HttpCaching caching, Today today,
            @Value("${apertura.reader-pages.max-bytes:16MB}") DataSize maxBytes,
            @Value("${apertura.reader-pages.ttl:5m}") Duration ttl,
            @Value("${apertura.reader-pages.wait:10s}") Duration wait) {
        this.lastModified = lastModified;
        this.caching = caching;
        this.today = today;
        this.maxBytes = maxBytes.toBytes();
        this.ttl = ttl;
        this.wait = wait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(ReaderPage.class)
                || maxBytes <= 0 || !reader(request)) {
            return true;
        }
        Instant now = today.now();
        String version = lastModified.state(request, now).version();
        String key = request.getRequestURI() + '?' + parameters(request) + '|'
                + LocaleContextHolder.getLocale().toLanguageTag();
        Kept page = get(key, version, now);
        if (page == null) {
            Pending mine = new Pending(key, version, now);
            Pending other = building.putIfAbsent(key, mine);
            if (other == null) {
                page = get(key, version, now); // kept by a build that finished in between?
                if (page != null) {
                    mine.done();
                }
            } else if (other.version.equals(version) && other.await()) {
                page = get(key, version, now); // built by the reader who asked first
            }
            if (page == null) {
                request.setAttribute(PENDING, mine);
                return true;
            }
        }
        ServletWebRequest webRequest = new ServletWebRequest(request, response);
        if (lastModified.notModified(webRequest)) {
            return false; // 304, as the handler would have answered
        }
        response.setContentType(page.contentType());
        response.setLocale(LocaleContextHolder.getLocale());
        for (String vary : page.vary()) {
            if (!response.getHeaders(HttpHeaders.VARY).contains(vary)) {
                response.addHeader(HttpHeaders.VARY, vary);
            }
        }
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setContentLength(page.bytes().length);
        response.getOutputStream().write(page.bytes());
        synchronized (this) {
            hits++;
        }
        return false;
    }

    /**
     * The request's parameters, which with the address decide what the page shows: by name, each name's values in
     * order. Read from the parameters rather than the query string, which a request built in code may not have, and so
     * that the same parameters in another order are the same page.
     */
    static String parameters(HttpServletRequest request) {
        StringBuilder key = new StringBuilder();
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                key.append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).append('&');
            }
        });
        return key.toString();
    }

    /** A reader's GET, answered the same to every reader: nothing in it names a person or a fragment. */
    private boolean reader(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || caching.shouldNotFilter(request)
                || request.getHeader("HX-Request") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || who instanceof AnonymousAuthenticationToken;
    }

    private synchronized Kept get(String key, String version, Instant now) {
        Kept page = kept.get(key);
        if (page == null) {
            return null;
        }
        if (!page.keptAt().plus(ttl).isAfter(now)) {
            remove(key);
            return null;
        }
        // another version: newer or older than this request's, it is replaced when this request's page is kept
        return page.version().equals(version) ? page : null;
    }

    private synchronized void put(String key, Kept page) {
        Kept there = kept.get(key);
        if (there != null && there.keptAt().isAfter(page.keptAt())) {
            return; // built from a later version while this one was being built: the later stays
        }
        remove(key);
        kept.put(key, page);
        keptBytes += page.bytes().length;
        Iterator<Map.Entry<String, Kept>> oldest = kept.entrySet().iterator();
        while (keptBytes > maxBytes && oldest.hasNext()) {
            keptBytes -= oldest.next().getValue().bytes().length;
            oldest.remove();
        }
    }

    private void remove(String key) {
        Kept gone = kept.remove(key);
        if (gone != null) {
            keptBytes -= gone.bytes().length;
        }
    }

    /** Pages answered from memory since the start (for tests and metrics). */
    public synchronized long hits() {
        return hits;
    }

    /** Pages kept now. */
    public synchronized int size() {
        return kept.size();
    }
}
