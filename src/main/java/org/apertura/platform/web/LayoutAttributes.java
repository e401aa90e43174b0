package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Something the shared layout shows on every page — who is signed in, their unread notices, the page's language —
 * whoever answers the page: a controller, an exception handler (a file too large, the file store down, a refused
 * export) or the error page. A module contributes one by declaring a bean of this type; {@link LayoutAttributesSetter}
 * asks every one before the page's handler runs and keeps what they say as request attributes, which the templates
 * read like model attributes. A {@code @ModelAttribute} of a controller advice would not do: Spring does not call
 * those for exception handlers, so such a page showed a signed-in person the "Entrar" links.
 */
public interface LayoutAttributes {

    /** Sets this contribution's attributes on the request (nothing for a visitor it has nothing to say about). */
    void addTo(HttpServletRequest request, Locale locale);
}
