package org.apertura.infographics;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.Hashing;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.chart.ShareCardFacts;
import org.apertura.platform.chart.ShareCardSource;
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
            return source.card(pattern, variables);
        }
    }

    private record Route(ShareCardSource source, String text, PathPattern pattern) {
    }

    private final List<Route> routes;
    private final PublicUrl url;
    private final ContentCache cache = new ContentCache(1024);

    ShareCards(List<ShareCardSource> sources, PublicUrl url) {
        PathPatternParser parser = new PathPatternParser();
        this.routes = sources.stream().flatMap(s -> s.cardPaths().stream().map(p -> new Route(s, p, parser.parse(p))))
                .toList();
        this.url = url;
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

    /** The PNG of these facts in this language, from the cache when drawn before. */
    public byte[] png(ShareCardFacts facts, Locale locale) {
        String site = url.base().replaceFirst("^https?://", "");
        String hash = Hashing.sha256Hex(facts + "|" + locale.getLanguage() + "|" + site);
        return cache.get(hash, () -> ShareCardImage.draw(facts, site, locale));
    }

    long drawn() {
        return cache.drawn();
    }
}
