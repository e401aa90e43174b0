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

    private static final String STATE = ReaderLastModified.class.getName() + ".STATE";

    private final List<PageChanges> sources;
    private final List<TimedPageChanges> timed;
    private final HttpCaching caching;
    private final Today today;
    private final Instant started;
    /** The timed changes either side of now, as read at the other sources' version {@code base}. */
    private volatile Timed around;

    private record Timed(String base, Instant last, Instant next) {
    }

    ReaderLastModified(List<PageChanges> sources, List<TimedPageChanges> timed, HttpCaching caching, Today today) {
        this.sources = List.copyOf(sources);
        this.timed = List.copyOf(timed);
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
        Instant last = state(request, now).last();
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
        return state(now).last();
    }

    /**
     * What a reader's page follows from besides its address and language: the newest change (in whole seconds, for
     * HTTP dates) and a version naming every source's state, the day and this node's start, which differs after any
     * change a page may show ({@link ReaderPages} keeps pages by it). Each source is read once.
     */
    State state(Instant now) {
        return state(now, false);
    }

    /**
     * {@link #state(Instant)} from every source's {@link PageChanges#recentMark()}: the ledger's head as read at most
     * {@code apertura.reader-pages.recheck} ago, never before this node's last change ({@link ReaderPagesFilter}).
     */
    State recentState(Instant now) {
        return state(now, true);
    }

    private State state(Instant now, boolean recent) {
        Instant day = startOfToday(now);
        Instant last = started.isAfter(day) ? started : day;
        StringBuilder version = new StringBuilder().append(day).append('|').append(started);
        for (PageChanges source : sources) {
            PageChanges.Mark mark = recent ? source.recentMark() : source.mark();
            version.append('|').append(mark.version());
            if (mark.at() != null && mark.at().isAfter(last)) {
                last = mark.at();
            }
        }
        Instant passed = timed(version.toString(), now);
        if (passed != null) {
            version.append("|t:").append(passed);
            if (passed.isAfter(last)) {
                last = passed;
            }
        }
        // a change in the current second is rounded up, never down: a copy from earlier in that second stays stale
        Instant seconds = last.truncatedTo(ChronoUnit.SECONDS);
        return new State(seconds.equals(last) ? last : seconds.plusSeconds(1), version.toString());
    }

    /**
     * The latest timed change passed ({@link TimedPageChanges}), read again only when the other sources' version moved
     * (the instants change only with a ledger entry) or the next instant has passed.
     */
    private Instant timed(String base, Instant now) {
        if (timed.isEmpty()) {
            return null;
        }
        Timed known = around;
        if (known == null || !known.base().equals(base) || (known.next() != null && !now.isBefore(known.next()))
                || (known.last() != null && now.isBefore(known.last()))) {
            Instant last = null;
            Instant next = null;
            for (TimedPageChanges source : timed) {
                TimedPageChanges.Around around = source.around(now);
                if (around.last() != null && (last == null || around.last().isAfter(last))) {
                    last = around.last();
                }
                if (around.next() != null && (next == null || around.next().isBefore(next))) {
                    next = around.next();
                }
            }
            known = new Timed(base, last, next);
            around = known;
        }
        return known.last();
    }

    /**
     * The version of everything a public page may show, as this request sees it (read once per request): what is
     * derived from public data alone may be kept by it, as {@link ReaderPages} keeps pages.
     */
    public String version(HttpServletRequest request) {
        return state(request, today.now()).version();
    }

    /** The state a request's page follows from, read once per request. */
    State state(HttpServletRequest request, Instant now) {
        if (request.getAttribute(STATE) instanceof State known) {
            return known;
        }
        State state = state(now);
        request.setAttribute(STATE, state);
        return state;
    }

    /** The newest change (whole seconds, rounded up) and the version of everything a reader's page shows. */
    record State(Instant last, String version) {
    }

    private Instant startOfToday(Instant now) {
        return today.zoned(now).toLocalDate().atStartOfDay(today.zone()).toInstant();
    }
}
