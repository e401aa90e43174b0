package org.apertura.platform.web;

import java.util.List;
import java.util.Optional;

/**
 * What one module has to say about one institution on its public page (its requests and how fast it answers,
 * the commitments it leads, the feedback it receives, its purchases…). Each module declares a bean; the
 * institution's page shows every section that has something, in {@link #order()}, without knowing the
 * modules — so a new module adds its section the day it lands.
 */
public interface InstitutionSection {

    /** Where the section goes on the page, lower first. */
    int order();

    /** The section for the institution, or empty when the module has nothing about it yet. */
    Optional<Section> of(String institutionSlug);

    /**
     * A section: a heading (message key), a few figures, a short list of entries (the newest or most
     * relevant), and a link to everything.
     */
    record Section(String titleKey, List<Figure> figures, List<Entry> entries, String moreUrl, String moreKey) {

        public Section {
            figures = List.copyOf(figures);
            entries = List.copyOf(entries);
        }
    }

    /** A figure: its label (message key, which may take the value as {0}) and its value as people read it. */
    record Figure(String labelKey, Object value) {
    }

    /** An entry: its text (a title, a question), where it leads, and a note already in the reader's language. */
    record Entry(String text, String url, String note) {
    }
}
