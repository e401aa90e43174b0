package org.apertura.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.web.SitemapSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines read: {@code /robots.txt} (the public site is open; staff, account and private-link
 * areas are not to be listed) and {@code /sitemap.xml}, the public pages every module names through
 * {@link SitemapSource}, as absolute addresses from {@link PublicUrl}.
 */
@Controller
class SitemapPages {

    /** The sitemaps protocol's limit of addresses in one file. */
    static final int MAX_URLS = 50_000;

    /** Areas behind a sign-in or opened by a private link: never listed. */
    static final List<String> PRIVATE = List.of("/admin", "/cuenta", "/unidad", "/garante", "/seguimiento", "/acuses",
            "/recuperar", "/mis-solicitudes");

    private final List<SitemapSource> sources;
    private final PublicUrl publicUrl;

    SitemapPages(List<SitemapSource> sources, PublicUrl publicUrl) {
        this.sources = sources;
        this.publicUrl = publicUrl;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots() {
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        PRIVATE.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
        text.append("\nSitemap: ").append(publicUrl.of("/sitemap.xml")).append('\n');
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(text.toString());
    }

    @GetMapping(value = "/sitemap.xml", produces = "application/xml;charset=UTF-8")
    ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths()) {
            xml.append("  <url><loc>").append(escape(publicUrl.of(path))).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
                .body(xml.toString());
    }

    /**
     * Every source's paths, without private ones or repeats; past {@link #MAX_URLS} the longest list (the
     * requests, on a large site) gives up its oldest items, so every section and item kind stays listed.
     */
    List<String> paths() {
        List<List<String>> lists = new ArrayList<>();
        for (SitemapSource source : sources) {
            lists.add(new ArrayList<>(source.sitemapPaths(MAX_URLS).stream().filter(p -> !isPrivate(p)).toList()));
        }
        int total = lists.stream().mapToInt(List::size).sum();
        while (total > MAX_URLS) {
            List<String> longest = lists.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
            int cut = Math.min(total - MAX_URLS, longest.size() - 1);
            if (cut <= 0) {
                break;
            }
            longest.subList(longest.size() - cut, longest.size()).clear();
            total -= cut;
        }
        Set<String> paths = new LinkedHashSet<>();
        lists.forEach(paths::addAll);
        return List.copyOf(paths);
    }

    static boolean isPrivate(String path) {
        return PRIVATE.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/") || path.startsWith(p + "?"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
