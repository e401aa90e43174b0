package org.apertura.platform.web;

import java.util.List;

/**
 * Implemented by the modules whose public pages a search engine may list: each gives the paths of its
 * section lists and of its public items ({@code /jurisdicciones}, {@code /jurisdicciones/durango}, …). The
 * portal gathers them into {@code /sitemap.xml}, absolute through {@code PublicUrl}. Only pages anyone may
 * read without signing in belong here; private links (follow-up keys, acuses, resets) never do.
 */
public interface SitemapSource {

    /**
     * The module's public pages, lists first, at most {@code limit} of them (the newest items when there
     * are more).
     */
    List<String> sitemapPaths(int limit);
}
