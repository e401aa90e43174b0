package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apertura.platform.time.Today;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * {@code Last-Modified} and {@code 304 Not Modified} for a reader's public page (a commitment, a dataset, a request):
 * a reader or cache that kept the page asks {@code If-Modified-Since} and, while nothing it shows has changed, gets
 * 304 without the page being built. The page's last change is the newest of every {@link PageChanges} (the public
 * history's newest entry, the national reuse list), the start of today in the portal's zone (pages count days: «vence
 * en 3 días») and this node's start (a new release or setting changes pages too). Signed-in people and staff never get
 * it: their pages differ per person ({@link HttpCaching} keeps them {@code no-store}); nor does an htmx fragment. When
 * the request carries {@code If-None-Match} the ETag decides alone (RFC 9110 13.2.2), as {@link HttpCaching} does with
 * the bytes. A change younger than {@link HttpCaching#SETTLED} is not announced.
 */
@Component
public class ReaderLastModified {

    private final List<PageChanges> sources;
    private final HttpCaching caching;
    private final Today today;
    private final Instant started;

    ReaderLastModified(List<PageChanges> sources, HttpCaching caching, Today today) {
        this.sources = List.copyOf(sources);
        this.caching = caching;
        this.today = today;
        this.started = today.now();
    }

    /**
     * Announces the page's last change to a reader and answers whether their copy is still good: then the response is
     * already 304 and the controller returns {@code null} (Spring MVC sends nothing more).
     */
    public boolean notModified(NativeWebRequest webRequest) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
        if (request == null || response == null || caching.shouldNotFilter(request)
                || request.getHeader("HX-Request") != null) {
            return false;
        }
        Instant now = today.now();
        Instant last = lastChange(now);
        if (last.isAfter(now.minus(HttpCaching.SETTLED))) {
            return false;
        }
        if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, last.toEpochMilli());
            return false;
        }
        return webRequest.checkNotModified(last.toEpochMilli());
    }

    /** The newest change a public page may show, in whole seconds (HTTP dates). */
    Instant lastChange(Instant now) {
        Instant last = started.isAfter(startOfToday(now)) ? started : startOfToday(now);
        for (PageChanges source : sources) {
            Instant change = source.lastChange().orElse(null);
            if (change != null && change.isAfter(last)) {
                last = change;
            }
        }
        // a change in the current second is rounded up, never down: a copy from earlier in that second stays stale
        Instant seconds = last.truncatedTo(ChronoUnit.SECONDS);
        return seconds.equals(last) ? last : seconds.plusSeconds(1);
    }

    private Instant startOfToday(Instant now) {
        return today.zoned(now).toLocalDate().atStartOfDay(today.zone()).toInstant();
    }
}
