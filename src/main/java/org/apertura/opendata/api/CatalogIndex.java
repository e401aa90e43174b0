package org.apertura.opendata.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apertura.opendata.api.CkanQuery.All;
import org.apertura.opendata.api.CkanQuery.And;
import org.apertura.opendata.api.CkanQuery.Node;
import org.apertura.opendata.api.CkanQuery.Not;
import org.apertura.opendata.api.CkanQuery.Or;
import org.apertura.opendata.api.CkanQuery.Range;
import org.apertura.opendata.api.CkanQuery.Term;
import org.apertura.opendata.api.CkanQuery.Words;
import org.apertura.platform.SpanishSearch;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catalog's search index, the part CKAN gives to Solr: one compact entry per dataset (names, institution, licence,
 * keywords, themes, formats, dates and the Spanish stems of its texts), held in memory so that {@code package_search}
 * filters, counts facets and pages 50,000 datasets in milliseconds.
 *
 * <p>The tables stay the truth. Before each search the index asks the database for the newest row id and the latest
 * {@code metadata_modified} (one query, two indexed MAX): it loads the new rows, and the datasets modified since a
 * minute before the latest change it knew (a minute covers transactions that commit out of order). It is built whole
 * once, when the application is ready (about a second per 10,000 datasets). Datasets are never deleted (permanence),
 * so nothing else can change what it holds. Every change the publishing service makes — metadata, a resource added or replaced, withdrawal —
 * moves the dataset's {@code metadata_modified}, as CKAN's does.
 */
@Component
class CatalogIndex {

    /** One dataset as the search sees it. */
    record Entry(long id, String uid, String name, String organization, String licence, String state, Instant created,
            Instant modified, String title, Set<String> tags, Set<String> groups, Set<String> formats,
            Set<String> titleTerms, Set<String> notesTerms, Set<String> tagTerms) {
    }

    /** What a search found: the total, one page of entries, and the facet counts asked for. */
    record Found(int count, List<Entry> page, Map<String, List<Map.Entry<String, Integer>>> facets) {
    }

    /** The fields {@code facet.field} may name. */
    static final Set<String> FACETS = Set.of("organization", "tags", "res_format", "license_id", "groups");

    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    /** Dataset ids by CKAN id (uid) and by name. */
    private final Map<String, Long> keys = new ConcurrentHashMap<>();
    private Head known = new Head(0, null);
    private boolean built;

    CatalogIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Builds the index when the application is ready, so that the first harvester does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void buildAtStartUp() {
        Thread builder = new Thread(this::refresh, "catalog-index");
        builder.setDaemon(true);
        builder.start();
    }

    /** Brings the index up to date with the tables (cheap when nothing changed: two indexed MAX). */
    synchronized void refresh() {
        if (!built) {
            rebuild();
            return;
        }
        Head head = head();
        if (head.equals(known)) {
            return;
        }
        if (head.maxId() > known.maxId()) {
            load("d.id > ?", known.maxId()).forEach(this::put);
        }
        if (head.latest() != null && !head.latest().equals(known.latest())) {
            load("d.metadata_modified >= ?", Timestamp.from(known.latest() == null ? Instant.EPOCH
                    : known.latest().minus(MARGIN))).forEach(this::put);
        }
        known = head;
    }

    /** The newest row id (new datasets) and the latest change (changed ones). */
    private record Head(long maxId, Instant latest) {
    }

    private Head head() {
        return jdbc.queryForObject("SELECT MAX(id), MAX(metadata_modified) FROM opendata_dataset",
                (rs, i) -> new Head(rs.getLong(1), instant(rs.getTimestamp(2))));
    }

    /** Forgets everything; the next search rebuilds (after a bulk load). */
    synchronized void invalidate() {
        built = false;
    }

    private void rebuild() {
        Head head = head();
        List<Entry> all = load(null);
        entries.clear();
        keys.clear();
        all.forEach(this::put);
        known = head;
        built = true;
    }

    private void put(Entry e) {
        Entry old = entries.put(e.id(), e);
        if (old != null && !old.name().equals(e.name())) {
            keys.remove(old.name());
        }
        keys.put(e.uid(), e.id());
        keys.put(e.name(), e.id());
    }

    /** The entries of the datasets a condition on {@code d} selects (all of them for null). */
    private List<Entry> load(String condition, Object... args) {
        String where = condition == null ? "" : " WHERE " + condition;
        Map<Long, Set<String>> tags = multi("SELECT k.dataset_id, k.keyword FROM opendata_keyword k JOIN opendata_dataset d "
                + "ON d.id = k.dataset_id" + where, args);
        Map<Long, Set<String>> groups = multi("SELECT t.dataset_id, t.theme FROM opendata_theme t JOIN opendata_dataset d "
                + "ON d.id = t.dataset_id" + where, args);
        Map<Long, Set<String>> formats = multi("SELECT DISTINCT r.dataset_id, r.format FROM opendata_resource r "
                + "JOIN opendata_dataset d ON d.id = r.dataset_id" + where, args);
        Map<String, Set<String>> stems = new HashMap<>();
        Function<Set<String>, Set<String>> intern = s -> {
            Set<String> out = new HashSet<>(s.size() * 2);
            for (String t : s) {
                out.add(stems.computeIfAbsent(t, x -> Set.of(x)).iterator().next());
            }
            return Set.copyOf(out);
        };
        return jdbc.query("SELECT d.id, d.uid, d.name, d.institution_slug, d.licence, d.state, d.metadata_created, "
                + "d.metadata_modified, d.title, d.description FROM opendata_dataset d" + where, (rs, i) -> {
                    long id = rs.getLong(1);
                    Set<String> keywords = tags.getOrDefault(id, Set.of());
                    Set<String> themes = new HashSet<>();
                    for (String theme : groups.getOrDefault(id, Set.of())) {
                        themes.add(theme.toLowerCase(Locale.ROOT));
                    }
                    Set<String> tagTerms = new HashSet<>();
                    keywords.forEach(k -> tagTerms.addAll(SpanishSearch.words(k)));
                    return new Entry(id, rs.getString(2), rs.getString(3), rs.getString(4), licence(rs.getString(5)),
                            rs.getString(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getString(9),
                            Set.copyOf(keywords), Set.copyOf(themes), Set.copyOf(formats.getOrDefault(id, Set.of())),
                            intern.apply(SpanishSearch.words(rs.getString(9))),
                            intern.apply(SpanishSearch.words(rs.getString(10))), intern.apply(tagTerms));
                }, args);
    }

    private Map<Long, Set<String>> multi(String sql, Object... args) {
        Map<Long, Set<String>> out = new HashMap<>();
        jdbc.query(sql, (ResultSet rs) -> {
            out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
        }, args);
        return out;
    }

    private static String licence(String constant) {
        return org.apertura.opendata.Licence.valueOf(constant).id();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The entry of a dataset by its id (CKAN's UUID) or name, whatever its state. */
    Entry byIdOrName(String idOrName) {
        refresh();
        Long id = keys.get(idOrName);
        return id == null ? null : entries.get(id);
    }

    /** The entry of a dataset by its row id. */
    Entry byId(long id) {
        refresh();
        return entries.get(id);
    }

    /** Every entry (a snapshot), for lists such as {@code package_list} and {@code tag_list}. */
    List<Entry> all() {
        refresh();
        return new ArrayList<>(entries.values());
    }

    /**
     * The datasets in one of the states that match the query, sorted, one page of them, and the counts of the facets
     * asked for ({@code mincount} or more, the {@code limit} largest, largest first, then by name; a negative limit
     * means all).
     */
    Found search(Node query, Set<String> states, Set<String> draftsOf, CkanSort sort, int start, int rows,
            List<String> facetFields, int facetLimit, int facetMinCount) {
        refresh();
        Set<String> words = new HashSet<>();
        collectWords(query, words);
        List<Entry> matched = new ArrayList<>();
        for (Entry e : entries.values()) {
            boolean visible = states.contains(e.state()) || ("DRAFT".equals(e.state()) && draftsOf.contains(e.organization()));
            if (visible && matches(query, e)) {
                matched.add(e);
            }
        }
        Map<String, List<Map.Entry<String, Integer>>> facets = new LinkedHashMap<>();
        for (String field : facetFields) {
            facets.put(field, facet(field, matched, facetLimit, facetMinCount));
        }
        Map<Long, Integer> scores = new HashMap<>();
        if (!words.isEmpty() && sort.keys().stream().anyMatch(k -> k.field().equals("score"))) {
            matched.forEach(e -> scores.put(e.id(), score(e, words)));
        }
        matched.sort(comparator(sort, scores));
        int from = Math.min(start, matched.size());
        int to = Math.min(matched.size(), from + rows);
        return new Found(matched.size(), List.copyOf(matched.subList(from, to)), facets);
    }

    private static List<Map.Entry<String, Integer>> facet(String field, List<Entry> matched, int limit, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (Entry e : matched) {
            switch (field) {
                case "organization" -> counts.merge(e.organization(), 1, Integer::sum);
                case "license_id" -> counts.merge(e.licence(), 1, Integer::sum);
                case "tags" -> e.tags().forEach(t -> counts.merge(t, 1, Integer::sum));
                case "groups" -> e.groups().forEach(t -> counts.merge(t, 1, Integer::sum));
                case "res_format" -> e.formats().forEach(t -> counts.merge(t, 1, Integer::sum));
                default -> throw CkanError.searchQuery("undefined field " + field);
            }
        }
        return counts.entrySet().stream().filter(c -> c.getValue() >= minCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit < 0 ? Long.MAX_VALUE : limit).map(c -> Map.entry(c.getKey(), c.getValue())).toList();
    }

    private static Comparator<Entry> comparator(CkanSort sort, Map<Long, Integer> scores) {
        Comparator<Entry> out = null;
        for (CkanSort.Key key : sort.keys()) {
            Comparator<Entry> c = switch (key.field()) {
                case "id" -> Comparator.comparing(Entry::uid);
                case "name" -> Comparator.comparing(Entry::name);
                case "title" -> Comparator.comparing((Entry e) -> e.title().toLowerCase(Locale.ROOT));
                case "metadata_modified" -> Comparator.comparing(Entry::modified);
                case "metadata_created" -> Comparator.comparing(Entry::created);
                case "num_tags" -> Comparator.comparingInt((Entry e) -> e.tags().size());
                case "num_resources", "views_recent" -> Comparator.comparingLong(Entry::id);
                default -> Comparator.comparingInt((Entry e) -> scores.getOrDefault(e.id(), 0));
            };
            c = key.ascending() ? c : c.reversed();
            out = out == null ? c : out.thenComparing(c);
        }
        // A total order, so that paging never shows a dataset twice or skips one.
        Comparator<Entry> tie = Comparator.comparing(Entry::uid);
        return out == null ? tie : out.thenComparing(tie);
    }

    private static int score(Entry e, Set<String> words) {
        int score = 0;
        for (String w : words) {
            score += (e.titleTerms().contains(w) ? 4 : 0) + (e.tagTerms().contains(w) ? 2 : 0)
                    + (e.notesTerms().contains(w) ? 1 : 0);
        }
        return score;
    }

    private static void collectWords(Node node, Set<String> out) {
        if (node instanceof Words w) {
            out.addAll(SpanishSearch.words(w.text()));
        } else if (node instanceof And a) {
            a.parts().forEach(p -> collectWords(p, out));
        } else if (node instanceof Or o) {
            o.parts().forEach(p -> collectWords(p, out));
        }
    }

    static boolean matches(Node node, Entry e) {
        if (node instanceof All) {
            return true;
        }
        if (node instanceof And and) {
            for (Node p : and.parts()) {
                if (!matches(p, e)) {
                    return false;
                }
            }
            return true;
        }
        if (node instanceof Or or) {
            for (Node p : or.parts()) {
                if (matches(p, e)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof Not not) {
            return !matches(not.part(), e);
        }
        if (node instanceof Range r) {
            return r.contains("metadata_created".equals(r.field()) ? e.created() : e.modified());
        }
        if (node instanceof Words w) {
            return words(w, e);
        }
        return term((Term) node, e);
    }

    private static boolean words(Words w, Entry e) {
        Set<String> stems = SpanishSearch.words(w.text());
        if (stems.isEmpty()) {
            return true;
        }
        for (String s : stems) {
            boolean found = switch (w.field()) {
                case "title" -> e.titleTerms().contains(s);
                case "notes" -> e.notesTerms().contains(s);
                default -> e.titleTerms().contains(s) || e.notesTerms().contains(s) || e.tagTerms().contains(s);
            };
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean term(Term t, Entry e) {
        String v = t.value();
        if (t.any()) {
            return switch (t.field()) {
                case "tags" -> !e.tags().isEmpty();
                case "groups" -> !e.groups().isEmpty();
                case "res_format" -> !e.formats().isEmpty();
                default -> true;
            };
        }
        return switch (t.field()) {
            case "id" -> e.uid().equals(v);
            case "name" -> e.name().equals(v);
            case "organization" -> e.organization().equals(v);
            case "owner_org" -> e.organization().equals(v) || CkanDicts.organizationId(e.organization()).equals(v);
            case "tags" -> e.tags().contains(v);
            case "groups" -> e.groups().contains(v.toLowerCase(Locale.ROOT));
            case "res_format" -> e.formats().stream().anyMatch(f -> f.equalsIgnoreCase(v));
            case "license_id" -> e.licence().equalsIgnoreCase(v);
            case "dataset_type", "type" -> "dataset".equals(v);
            case "capacity" -> "public".equals(v) ? !"DRAFT".equals(e.state()) : "private".equals(v) && "DRAFT".equals(e.state());
            case "state" -> CkanDicts.state(e.state()).equals(v);
            default -> false;
        };
    }
}
