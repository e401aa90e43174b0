package org.apertura.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public list anyone can download, for the data dictionary and the open data catalog: its key (title
 * {@code dataset.<key>}), the address of its CSV and of its JSON, and its column keys (described as
 * {@code csv.<column>.desc}).
 *
 * <p>A list of one record (an institution's budget of a year, its archive catalog) has addresses with placeholders,
 * such as {@code /presupuesto/{institucion}/{anio}/lineas.csv}, and a {@code example} that names, from the data
 * actually present, a record to fill them with ({@link #perRecord}); {@link #resolved()} gives the example addresses,
 * or nothing while no record exists, so {@code /datos} and the catalog never link to a page that answers 404.
 */
public record PublicDataset(String key, String csvPath, String jsonPath, List<String> columns,
        Supplier<Map<String, String>> example) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    /** A list of fixed addresses. */
    public PublicDataset(String key, String csvPath, String jsonPath, List<String> columns) {
        this(key, csvPath, jsonPath, columns, Map::of);
    }

    /**
     * A list per record: addresses with {@code {name}} placeholders, and the values of one record that has data (an
     * empty map while there is none).
     */
    public static PublicDataset perRecord(String key, String csvTemplate, String jsonTemplate, List<String> columns,
            Supplier<Map<String, String>> example) {
        return new PublicDataset(key, csvTemplate, jsonTemplate, columns, example);
    }

    /** Whether the addresses have placeholders to fill. */
    public boolean templated() {
        return PLACEHOLDER.matcher(csvPath).find() || PLACEHOLDER.matcher(jsonPath).find();
    }

    /** The list with addresses that answer: as it is, or filled with the example; empty while no record has data. */
    public Optional<PublicDataset> resolved() {
        if (!templated()) {
            return Optional.of(this);
        }
        Map<String, String> values = example.get();
        String csv = fill(csvPath, values);
        String json = fill(jsonPath, values);
        return csv == null || json == null ? Optional.empty()
                : Optional.of(new PublicDataset(key, csv, json, columns));
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values == null ? null : values.get(m.group(1));
            if (value == null || value.isBlank()) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Implemented by the controllers that serve public lists. */
    public interface Source {
        List<PublicDataset> datasets();

        /**
         * Datasets of the catalog that stand for one record each (an institution's budget of a fiscal year), owned by
         * the record's institution; registered once each, at start-up and when {@link Changed} is published.
         */
        default List<CatalogEntry> catalogEntries() {
            return List.of();
        }
    }

    /**
     * One record published as its own dataset: its catalog name (unique, URL-safe), the owning institution, title and
     * description (Spanish), keywords, and the list whose CSV and JSON are its resources (fixed addresses).
     */
    public record CatalogEntry(String name, String institutionSlug, String title, String description,
            List<String> keywords, PublicDataset list) {
    }

    /** Published after a change that adds a record with public lists (a budget imported): the catalog registers it. */
    public record Changed() {
    }
}
