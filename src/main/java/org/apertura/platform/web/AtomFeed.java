package org.apertura.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apertura.platform.PublicUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Atom 1.0 feeds (RFC 4287) of public changes, in Spanish, newest entry first. */
@Component
public class AtomFeed {

    /** One entry: its permanent id (a path or URL), title, time, the page it links to, and its text. */
    public record Entry(String id, String title, Instant updated, String link, String content) {
    }

    private final String baseUrl;

    AtomFeed(PublicUrl publicUrl) {
        this.baseUrl = publicUrl.base();
    }

    /** The feed of a page at {@code path} (its own address is {@code path + "/feed.atom"}). */
    public ResponseEntity<byte[]> of(String title, String path, List<Entry> entries) {
        String updated = DateTimeFormatter.ISO_INSTANT.format(entries.isEmpty() ? Instant.EPOCH : entries.get(0).updated());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"es-MX\">\n")
                .append("  <title>").append(x(title)).append("</title>\n")
                .append("  <id>").append(x(baseUrl + path)).append("</id>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(x(baseUrl + path)).append("\"/>\n")
                .append("  <link rel=\"self\" href=\"").append(x(baseUrl + path + "/feed.atom")).append("\"/>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <author><name>Apertura</name></author>\n");
        for (Entry e : entries) {
            xml.append("  <entry>\n")
                    .append("    <id>").append(x(e.id().startsWith("/") ? baseUrl + e.id() : e.id())).append("</id>\n")
                    .append("    <title>").append(x(e.title())).append("</title>\n")
                    .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(e.updated())).append("</updated>\n")
                    .append("    <link href=\"").append(x(baseUrl + e.link())).append("\"/>\n")
                    .append("    <content type=\"text\">").append(x(e.content())).append("</content>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
                .body(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String x(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8").replace("&#39;", "&apos;");
    }
}
