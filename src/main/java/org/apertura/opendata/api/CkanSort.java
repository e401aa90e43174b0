package org.apertura.opendata.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code package_search} sort such as {@code score desc, metadata_modified desc} (CKAN's default), {@code id asc}
 * (ckanext-harvest's paging order) or {@code name asc}. An unknown field or direction is CKAN's
 * {@code Invalid "sort" parameter} (Search Query Error, 400).
 */
record CkanSort(List<Key> keys) {

    /** One sort key. */
    record Key(String field, boolean ascending) {
    }

    static final String DEFAULT = "score desc, metadata_modified desc";

    private static final Set<String> FIELDS = Set.of("id", "name", "title", "title_string", "metadata_modified",
            "metadata_created", "score", "views_recent", "num_resources", "num_tags");

    static CkanSort parse(String sort) {
        String text = sort == null || sort.isBlank() ? DEFAULT : sort;
        List<Key> keys = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] words = part.strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            String field = words[0];
            String direction = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "";
            if (!FIELDS.contains(field) || words.length != 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                throw CkanError.searchQuery("Invalid \"sort\" parameter");
            }
            keys.add(new Key("title_string".equals(field) ? "title" : field, direction.equals("asc")));
        }
        if (keys.isEmpty()) {
            throw CkanError.searchQuery("Invalid \"sort\" parameter");
        }
        return new CkanSort(List.copyOf(keys));
    }

    /** The order as CKAN writes it back in {@code result.sort}. */
    String text(String asked) {
        return asked == null || asked.isBlank() ? DEFAULT : asked;
    }
}
