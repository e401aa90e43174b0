package org.apertura.platform.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One module's part of the site search: its things whose texts hold every word of the query, in Spanish
 * (accents, plurals and gender folded by {@link org.apertura.platform.SpanishSearch}). Each module declares a
 * bean; the search page shows every module that found something, in {@link #order()}, without knowing them.
 */
public interface SearchSource {

    /** Where the module's results go on the page, lower first. */
    int order();

    /**
     * The module's results: how many matched ({@code search.found}), the first {@code limit}, and where to
     * see them all; empty when nothing matched.
     *
     * @param query the query as typed (for links to the module's own search)
     * @param words the query's terms, already reduced
     */
    Optional<Summary> search(String query, Set<String> words, int limit);

    /**
     * The results of a module that matched in memory: none when nothing matched, else how many
     * ({@code search.found}) under the heading, and the first {@code limit} as entries.
     */
    static <T> Optional<Summary> found(String titleKey, List<T> found, int limit,
            Function<? super T, Summary.Entry> entry) {
        return found.isEmpty() ? Optional.empty() : Optional.of(new Summary(titleKey,
                List.of(new Summary.Figure("search.found", found.size())),
                found.stream().limit(limit).<Summary.Entry>map(entry).toList(), null, null));
    }
}
