package org.apertura.platform.chart;

import java.util.Optional;

/**
 * A module's charts by address, so that the downloads (SVG, PNG, CSV) and embeds of a chart are drawn from the same
 * figures as its page: {@code /graficas/{source}/{key}/{name}.svg}. The module builds the chart (it owns the
 * figures); the infographics module serves the files and never reads another module's data itself.
 */
public interface ChartSource {

    /** The first segment of the address, e.g. {@code planes}; unique among sources. */
    String source();

    /** The chart {@code name} of the thing {@code key} (a plan's id, a jurisdiction's slug) in the request's language. */
    Optional<Chart> chart(String key, String name);

    /** The names of its charts ({@code avance}, {@code calendario}). */
    java.util.List<String> names();

    /** The keys it has charts for now (every plan's id, every call's slug): the demo's charts, a gallery, a sitemap. */
    java.util.List<String> keys();

    /** The page that shows the charts of {@code key} (embeds link to it), e.g. {@code /planes/3}. */
    String page(String key);

    /** The chart with its address, as pages show it. */
    default Optional<ChartView> view(String key, String name) {
        return chart(key, name).map(chart -> ChartView.of(chart, source(), key, name, page(key)));
    }

    /**
     * A source from its parts — for a module with several sources, or a simple one: the first segment of the address,
     * the chart names, the keys it has charts for now, the page of a key, and the chart of a key and name (empty for an
     * unknown key or name).
     */
    static ChartSource of(String source, java.util.List<String> names,
            java.util.function.Supplier<java.util.List<String>> keys, java.util.function.UnaryOperator<String> page,
            java.util.function.BiFunction<String, String, Optional<Chart>> chart) {
        java.util.List<String> known = java.util.List.copyOf(names);
        return new ChartSource() {
            @Override
            public String source() {
                return source;
            }

            @Override
            public Optional<Chart> chart(String key, String name) {
                return known.contains(name) ? chart.apply(key, name) : Optional.empty();
            }

            @Override
            public java.util.List<String> names() {
                return known;
            }

            @Override
            public java.util.List<String> keys() {
                return keys.get();
            }

            @Override
            public String page(String key) {
                return page.apply(key);
            }
        };
    }
}
