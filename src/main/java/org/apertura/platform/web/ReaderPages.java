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
import org.apertura.platform.PlatformProperties;
import org.apertura.platform.time.Today;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
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

    /**
     * A kept page: the version it was built at, its bytes and the headers its handler set; and, for
     * {@link ReaderPagesFilter}, every header the whole chain gave the answer that was kept (but those that differ per
     * request: {@link #PER_REQUEST}), its language, whether it was asked over HTTPS (HSTS) and its route (metrics).
     */
    record Kept(String version, Instant keptAt, byte[] bytes, String contentType, String etag, List<String> vary,
            List<Map.Entry<String, List<String>>> headers, java.util.Locale locale, boolean secure, String route) {
    }

    /** Headers a kept answer does not repeat: set anew for each request, or from the bytes and the language. */
    static final java.util.Set<String> PER_REQUEST = java.util.Set.of("x-request-id", "last-modified", "date",
            "content-length", "content-type", "content-language", "transfer-encoding", "connection", "keep-alive",
            "set-cookie");

    /**
     * A reader's page being built: {@link HttpCaching} keeps it when the answer qualifies, then calls {@link #done}.
     * Readers asking the same page at the same version meanwhile wait for it rather than build it again.
     */
    final class Pending {

        private final String key;
        private final String version;
        private final Instant at;
        private final java.util.Locale locale;
        private final CountDownLatch built = new CountDownLatch(1);

        Pending(String key, String version, Instant at, java.util.Locale locale) {
            this.key = key;
            this.version = version;
            this.at = at;
            this.locale = locale;
        }

        void keep(HttpServletRequest request, HttpServletResponse response, byte[] bytes, String etag) {
            String type = response.getContentType();
            if (type == null || !type.startsWith("text/html") || bytes.length == 0 || bytes.length > maxBytes / 8) {
                return;
            }
            List<Map.Entry<String, List<String>>> headers = new java.util.ArrayList<>();
            for (String name : new java.util.LinkedHashSet<>(response.getHeaderNames())) {
                if (!PER_REQUEST.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    headers.add(Map.entry(name, List.copyOf(response.getHeaders(name))));
                }
            }
            Object route = request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            put(key, new Kept(version, at, bytes, type, etag, List.copyOf(response.getHeaders(HttpHeaders.VARY)),
                    List.copyOf(headers), locale, request.isSecure(),
                    route == null ? null : route.toString()));
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
    private final java.util.concurrent.atomic.LongAdder hits = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder early = new java.util.concurrent.atomic.LongAdder();

    ReaderPages(ReaderLastModified lastModified, HttpCaching caching, Today today, PlatformProperties settings) {
        this.lastModified = lastModified;
        this.caching = caching;
        this.today = today;
        this.maxBytes = settings.readerPages().maxBytes().toBytes();
        this.ttl = settings.readerPages().ttl();
        this.wait = settings.readerPages().waitFor();
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
        java.util.Locale locale = LocaleContextHolder.getLocale();
        String key = key(request, locale);
        Kept page = get(key, version, now);
        if (page == null) {
            Pending mine = new Pending(key, version, now, locale);
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
        hits.increment();
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
            for (String value : values == null ? new String[0] : values) {
                key.append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                        .append(java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8))
                        .append('&');
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
        return noCookieButTheLanguage(request) && anonymous();
    }

    /** No cookie but the language's: nothing a page might read about a person (a session, anything else). */
    static boolean noCookieButTheLanguage(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Nobody known on this thread (Spring Security's anonymous reader, or no one yet). */
    static boolean anonymous() {
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

    /** Pages answered from memory since the start, by either path (for tests and metrics). */
    public long hits() {
        return hits.sum();
    }

    /** Of {@link #hits()}, those answered ahead of the filter chain by {@link ReaderPagesFilter}. */
    public long earlyHits() {
        return early.sum();
    }

    /** A reader's request answered by {@link ReaderPagesFilter}. */
    void answeredEarly() {
        hits.increment();
        early.increment();
    }

    boolean enabled() {
        return maxBytes > 0;
    }

    /** The page kept under {@code key} at {@code version} and not older than the ttl, or null. */
    Kept kept(String key, String version, Instant now) {
        return get(key, version, now);
    }

    /** Under what a reader's page is kept: its address, its parameters and its language. */
    static String key(HttpServletRequest request, java.util.Locale locale) {
        return request.getRequestURI() + '?' + parameters(request) + '|' + locale.toLanguageTag();
    }

    /** Pages kept now. */
    public synchronized int size() {
        return kept.size();
    }
}
