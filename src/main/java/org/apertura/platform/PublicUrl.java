package org.apertura.platform;

import org.springframework.beans.factory.annotation.Autowired;
import java.net.URI;
import org.springframework.stereotype.Component;

/**
 * The public address of this Apertura ({@code APERTURA_BASE_URL}), the one source of every absolute link
 * that leaves a page: e-mails, Atom feeds, calendars. Without the variable, the embedded default links to
 * this machine on the port it listens on; the production profile has no default, and start-up fails with
 * a clear message rather than mailing links nobody can open.
 */
@Component
public class PublicUrl {

    private final String base;

    @Autowired
    PublicUrl(PlatformProperties settings) {
        this(settings.baseUrl());
    }

    PublicUrl(String configured) {
        this.base = check(configured);
    }

    /** The address without a trailing slash, e.g. {@code https://gobiernoabierto.durango.gob.mx}. */
    public String base() {
        return base;
    }

    /** The absolute address of a path on this site ({@code /planes/1} → {@code https://…/planes/1}). */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    static String check(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("APERTURA_BASE_URL is not set: set it to the public address people "
                    + "use to open Apertura (e.g. https://gobiernoabierto.durango.gob.mx); e-mails, feeds and "
                    + "calendars link to it.");
        }
        String trimmed = configured.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("APERTURA_BASE_URL is not an address: " + configured, e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException("APERTURA_BASE_URL must be an http(s) address without query or fragment: "
                    + configured);
        }
        return trimmed;
    }
}
