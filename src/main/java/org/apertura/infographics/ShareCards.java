package org.apertura.infographics;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.Hashing;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.chart.ShareCardFacts;
import org.apertura.platform.chart.ShareCardSource;
import org.apertura.platform.web.ReaderLastModified;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The share cards of the pages modules offer ({@link ShareCardSource}): which page has one, its facts, and its PNG,
 * drawn once per content (the hash of the facts, the language and the site) and kept.
 */
@Component
public class ShareCards {

    /** A page with a card: the source that knows it, the pattern matched and its variables. */
    public record Match(ShareCardSource source, String pattern, Map<String, String> variables) {
        public Optional<ShareCardFacts> facts() {
            return source.facts(pattern, variables);
        }
    }

    /** A page's facts in one language, as read at one version of the public data. */
    private record Known(String version, Optional<ShareCardFacts> facts) {
    }

    private record Route(ShareCardSource source, String text, PathPattern pattern) {
    }

    private final List<Route> routes;
    private final PublicUrl url;
    private final ReaderLastModified changes;
    private final ContentCache cache = new ContentCache(1024);
    /** Facts by page and language, kept while the public data stay at the version they were read at. */
    private final Map<String, Known> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
            return size() > 1024;
        }
    };
    private long read;

    ShareCards(List<ShareCardSource> sources, PublicUrl url, ReaderLastModified changes) {
        PathPatternParser parser = new PathPatternParser();
        this.routes = sources.stream().flatMap(s -> s.cardPaths().stream().map(p -> new Route(s, p, parser.parse(p))))
                .toList();
        this.url = url;
        this.changes = changes;
    }

    /** The card of the page at {@code path}, if it has one. */
    public Optional<Match> match(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Route route : routes) {
            PathPattern.PathMatchInfo info = route.pattern().matchAndExtract(container);
            if (info != null) {
                return Optional.of(new Match(route.source(), route.text(), info.getUriVariables()));
            }
        }
        return Optional.empty();
    }

    /**
     * The facts of the card of the page at {@code path} in this request's language, if it has one. Facts are public
     * figures: they are read from the module once per page, language and version of the public data
     * ({@link ReaderLastModified#version}), not on every view of the page and of its card.
     */
    public Optional<ShareCardFacts> facts(String path, HttpServletRequest request, Locale locale) {
        Optional<Match> match = match(path);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        String key = path + "|" + locale.getLanguage();
        String version = changes.version(request);
        synchronized (known) {
            Known kept = known.get(key);
            if (kept != null && kept.version().equals(version)) {
                return kept.facts();
            }
        }
        Optional<ShareCardFacts> facts = match.get().facts();
        synchronized (known) {
            read++;
            known.put(key, new Known(version, facts));
        }
        return facts;
    }

    /** The PNG of these facts in this language, from the cache when drawn before. */
    public byte[] png(ShareCardFacts facts, Locale locale) {
        String site = url.base().replaceFirst("^https?://", "");
        String hash = Hashing.sha256Hex(facts + "|" + locale.getLanguage() + "|" + site);
        return cache.get(hash, () -> ShareCardImage.draw(facts, site, locale));
    }

    /** How many times facts were read from a module rather than found (tests: a second view reads nothing). */
    long factsRead() {
        synchronized (known) {
            return read;
        }
    }

    long drawn() {
        return cache.drawn();
    }
}
