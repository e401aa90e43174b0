package org.apertura.platform;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The items that resemble a text someone is writing (issue 21: similar proposals while writing a proposal or a budget
 * project, ADR 0065), so they may support one instead of repeating it: the shared terms of the site search's Spanish
 * analysis ({@link SpanishSearch}: accents, plurals and gender folded, ADR 0034), scored as the shared terms over the
 * geometric mean of both term counts (two shared terms needed once the text has four), best first, then by number.
 */
public final class SimilarTexts {

    /** How many are shown at most. */
    public static final int LIMIT = 5;

    private SimilarTexts() {
    }

    /**
     * Up to {@link #LIMIT} of the items whose text ({@code textOf}) resembles the texts being written, best first, ties
     * by the lower {@code numberOf}; none when nothing has been written.
     */
    public static <T> List<T> resembling(List<T> items, Function<T, String> textOf, ToIntFunction<T> numberOf,
            String... texts) {
        Set<String> query = SpanishSearch.words(String.join(" ", Arrays.stream(texts)
                .map(t -> t == null ? "" : t).toList()));
        if (query.isEmpty()) {
            return List.of();
        }
        int needed = query.size() >= 4 ? 2 : 1;
        record Scored<T>(T item, double score) {
        }
        return items.stream().map(item -> {
            Set<String> terms = SpanishSearch.words(textOf.apply(item));
            Set<String> shared = new HashSet<>(terms);
            shared.retainAll(query);
            double score = shared.size() < needed ? 0
                    : shared.size() / Math.sqrt((double) query.size() * Math.max(1, terms.size()));
            return new Scored<>(item, score);
        }).filter(s -> s.score() > 0)
                .sorted(Comparator.<Scored<T>>comparingDouble(Scored::score).reversed()
                        .thenComparingInt(s -> numberOf.applyAsInt(s.item())))
                .limit(LIMIT)
                .map(Scored::item)
                .toList();
    }
}
