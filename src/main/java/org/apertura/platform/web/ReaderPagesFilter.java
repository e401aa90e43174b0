package org.apertura.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apertura.platform.time.Today;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers a reader's request for a kept page ({@link ReaderPages}) ahead of the filter chain: no session filter, no
 * Spring Security, no Spring MVC, no handler (docs/adr/0063). Only a GET with no cookie but the language's, no
 * {@code Authorization}, no htmx header, no language change ({@code ?lang=}) and no date precondition (those go the
 * whole way, which answers them as before), whose page is kept at the version of what it shows as this node knows it
 * now ({@link ReaderLastModified#recentState}: the ledger head read at most {@code apertura.reader-pages.recheck} ago,
 * and never before a change this node committed). The answer is the kept page's bytes with every header the whole
 * chain gave it (security headers, {@code Cache-Control}, {@code Vary}, {@code ETag}, the language) and this request's
 * own {@code X-Request-Id} and {@code Last-Modified}; {@code If-None-Match} with its tag answers 304, as
 * {@link HttpCaching} does. Anything else, or any doubt (the database unreachable), goes down the chain.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5) // inside RequestIds (the answer carries the id), outside everything else
class ReaderPagesFilter extends OncePerRequestFilter {

    private final ReaderPages pages;
    private final ReaderLastModified lastModified;
    private final HttpCaching caching;
    private final LocaleResolver locales;
    private final Today today;

    ReaderPagesFilter(ReaderPages pages, ReaderLastModified lastModified, HttpCaching caching, LocaleResolver locales,
            Today today) {
        this.pages = pages;
        this.lastModified = lastModified;
        this.caching = caching;
        this.locales = locales;
        this.today = today;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !pages.enabled() || request.getHeader("HX-Request") != null
                || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
                || request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) != null
                || request.getHeader(HttpHeaders.IF_MATCH) != null || caching.shouldNotFilter(request)) {
            return true;
        }
        if (!ReaderPages.noCookieButTheLanguage(request)) {
            return true; // a session, or anything else a page might read: the whole way
        }
        // the language being chosen sets a cookie; someone already known on this thread (tests sign in so, with no
        // cookie) never gets a reader's page
        return request.getParameter("lang") != null || !ReaderPages.anonymous();
    }

    /** The language Spring MVC will give the request (DispatcherServlet#buildLocaleContext), which keys its page. */
    private java.util.Locale locale(HttpServletRequest request) {
        java.util.Locale locale = locales instanceof org.springframework.web.servlet.LocaleContextResolver resolver
                ? resolver.resolveLocaleContext(request).getLocale() : locales.resolveLocale(request);
        return locale != null ? locale : java.util.Locale.getDefault();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ReaderPages.Kept page = null;
        ReaderLastModified.State state = null;
        Instant now = today.now();
        try {
            String key = ReaderPages.key(request, locale(request));
            state = lastModified.recentState(now);
            page = pages.kept(key, state.version(), now);
        } catch (DataAccessException unreachable) {
            page = null; // the whole way: it answers 503 «Estamos por volver» (DatabaseUnavailable)
        }
        if (page == null || page.secure() != request.isSecure()) {
            chain.doFilter(request, response);
            return;
        }
        if (page.route() != null) {
            String route = page.route();
            ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(route));
        }
        for (Map.Entry<String, List<String>> header : page.headers()) {
            for (String value : header.getValue()) {
                response.addHeader(header.getKey(), value);
            }
        }
        response.setContentType(page.contentType());
        response.setLocale(page.locale());
        if (!state.last().isAfter(now.minus(HttpCaching.SETTLED))) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, state.last().toEpochMilli());
        }
        pages.answeredEarly();
        if (HttpCaching.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(page.bytes().length);
        response.getOutputStream().write(page.bytes());
    }
}
