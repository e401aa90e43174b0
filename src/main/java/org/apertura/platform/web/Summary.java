package org.apertura.platform.web;

import java.util.List;

/**
 * A module's short account of something on a page that draws on several modules (an institution's page, the
 * home page): a heading (message key), a few figures, a short list of entries (the newest or most relevant),
 * and a link to everything. The page renders it with the {@code fragments/summary} fragment and knows no module.
 */
public record Summary(String titleKey, List<Figure> figures, List<Entry> entries, String moreUrl, String moreKey) {

    public Summary {
        figures = List.copyOf(figures);
        entries = List.copyOf(entries);
    }

    /** A figure: its label (message key) and its value as people read it. */
    public record Figure(String labelKey, Object value) {
    }

    /** An entry: its text (a title, a question), where it leads, and a note already in the reader's language. */
    public record Entry(String text, String url, String note) {
    }
}
