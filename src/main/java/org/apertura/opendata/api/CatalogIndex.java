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
import org.apertura.opendata.DatasetChanged;
import org.apertura.platform.SpanishSearch;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The catalog's search index, the part CKAN gives to Solr: one compact entry per dataset (names, institution, licence,
 * keywords, themes, formats, dates and the Spanish stems of its texts), held in memory so that {@code package_search}
 * filters, counts facets and pages 50,000 datasets in milliseconds.
 *
 * <p>The tables stay the truth. Every change the publishing service makes — a dataset created, edited, published or
 * withdrawn, a resource added, replaced or described, the demo's and the platform lists' loads — announces a
 * {@link DatasetChanged}, and the index reads that dataset again once the change commits ({@link #changed}), whatever
 * time it was stamped with. For rows written by other means (a bulk load, another node), before each search the index
 * also asks the database for the newest row id and the latest {@code metadata_modified} (one query, two indexed MAX):
 * it loads the new rows, and the datasets modified since a minute before the latest change it knew. It is built whole
 * once, when the application is ready (about a second per 10,000 datasets). Datasets are never deleted (permanence).
 *
 * <p>A search walks the entries once (in the order asked for, kept per order until the next change), with the query
 * compiled once, and counts the facets it is asked for as it goes, over the matching entries only: each entry carries
 * the codes of its facet values, so counting is adding ones in arrays, not hashing strings.
 */
@Component
class CatalogIndex {

    /**
     * One dataset as the search sees it; {@code facets} holds, per facet field (in {@link Facet} order), the codes of
     * its values in that field's {@link FacetValues} ({@link #pack}), so that counting a facet is adding ones in an
     * array. Its state, institution and licence are interned strings, so that comparing them is comparing references.
     */
    record Entry(long id, String uid, String name, String organization, String licence, String state, Instant created,
            Instant modified, String title, Set<String> tags, Set<String> groups, Set<String> formats,
            Set<String> titleTerms, Set<String> terms, int[] facets) {
    }

    /**
     * The codes of an entry's facet values, per field in {@link Facet} order, packed in one array (one object to read
     * per entry while counting): first the start of each field's codes and the end of the last, then the codes.
     */
    static int[] pack(int[][] codes) {
        int fields = codes.length;
        int size = fields + 1;
        for (int[] c : codes) {
            size += c.length;
        }
        int[] packed = new int[size];
        int at = fields + 1;
        for (int f = 0; f < fields; f++) {
            packed[f] = at;
            System.arraycopy(codes[f], 0, packed, at, codes[f].length);
            at += codes[f].length;
        }
        packed[fields] = at;
        return packed;
    }

    /** The fields {@code facet.field} may name, in the order of {@link Entry#facets()}. */
    enum Facet {
        ORGANIZATION("organization"), TAGS("tags"), RES_FORMAT("res_format"), LICENSE_ID("license_id"),
        GROUPS("groups");

        final String field;

        Facet(String field) {
            this.field = field;
        }

        static Facet of(String field) {
            for (Facet f : values()) {
                if (f.field.equals(field)) {
                    return f;
                }
            }
            throw CkanError.searchQuery("undefined field " + field);
        }
    }

    /**
     * The distinct values of one facet field, each with a code (its position), in the order first seen. Values are
     * only ever added (under the index's lock); readers take {@link #values()}, an array published whole.
     */
    static final class FacetValues {
        private final Map<String, Integer> codes = new HashMap<>();
        private volatile String[] values = new String[0];

        synchronized int code(String value) {
            Integer code = codes.get(value);
            if (code == null) {
                code = values.length;
                codes.put(value, code);
                String[] grown = java.util.Arrays.copyOf(values, code + 1);
                grown[code] = value;
                values = grown;
            }
            return code;
        }

        int[] codes(Set<String> values) {
            int[] out = new int[values.size()];
            int i = 0;
            for (String v : values) {
                out[i++] = code(v);
            }
            return out;
        }

        String[] values() {
            return values;
        }
    }

    /** What a search found: the total, one page of entries, and the facet counts asked for. */
    record Found(int count, List<Entry> page, Map<String, List<Map.Entry<String, Integer>>> facets) {
    }

    /** The fields {@code facet.field} may name. */
    static final Set<String> FACETS = Set.of("organization", "tags", "res_format", "license_id", "groups");

    private final FacetValues[] facetValues = new FacetValues[Facet.values().length];

    {
        for (int i = 0; i < facetValues.length; i++) {
            facetValues[i] = new FacetValues();
        }
    }

    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    /** Dataset ids by CKAN id (uid) and by name. */
    private final Map<String, Long> keys = new ConcurrentHashMap<>();
    private Head known = new Head(0, null);
    /** Every entry, and the entries in each order asked for so far, as of the last change (replaced whole). */
    private volatile Snapshot snapshot = new Snapshot(List.of());

    private record Snapshot(List<Entry> all, Map<String, List<Entry>> orders) {
        Snapshot(List<Entry> all) {
            this(all, new ConcurrentHashMap<>());
        }
    }
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
        snapshot = new Snapshot(List.copyOf(entries.values()));
    }

    /**
     * A dataset changed through the publishing service: once its transaction commits, its entry is read again, whatever
     * time the change was stamped with (a back-dated change, such as the demo's replayed history, moves neither the
     * newest id nor the latest {@code metadata_modified}). Outside a transaction, at once.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(DatasetChanged change) {
        reload(change.datasetId());
    }

    /** Reads one dataset's entry again (nothing to do before the index is first built: the build will read it). */
    synchronized void reload(long datasetId) {
        if (!built) {
            return;
        }
        load("d.id = ?", datasetId).forEach(this::put);
        snapshot = new Snapshot(List.copyOf(entries.values()));
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
        snapshot = new Snapshot(List.copyOf(entries.values()));
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
        // The Spanish terms of title, description, keywords and name, as the catalog stores them for its own search.
        return jdbc.query("SELECT d.id, d.uid, d.name, d.institution_slug, d.licence, d.state, d.metadata_created, "
                + "d.metadata_modified, d.title, d.search_terms FROM opendata_dataset d" + where, (rs, i) -> {
                    long id = rs.getLong(1);
                    Set<String> themes = new HashSet<>();
                    for (String theme : groups.getOrDefault(id, Set.of())) {
                        themes.add(theme.toLowerCase(Locale.ROOT));
                    }
                    Set<String> terms = new HashSet<>();
                    for (String term : rs.getString(10).split(" ")) {
                        if (!term.isEmpty()) {
                            terms.add(term);
                        }
                    }
                    String organization = rs.getString(4).intern();
                    String licence = licence(rs.getString(5)).intern();
                    Set<String> keywords = Set.copyOf(tags.getOrDefault(id, Set.of()));
                    Set<String> kinds = Set.copyOf(formats.getOrDefault(id, Set.of()));
                    int[][] codes = new int[Facet.values().length][];
                    codes[Facet.ORGANIZATION.ordinal()] = new int[] {values(Facet.ORGANIZATION).code(organization)};
                    codes[Facet.TAGS.ordinal()] = values(Facet.TAGS).codes(keywords);
                    codes[Facet.RES_FORMAT.ordinal()] = values(Facet.RES_FORMAT).codes(kinds);
                    codes[Facet.LICENSE_ID.ordinal()] = new int[] {values(Facet.LICENSE_ID).code(licence)};
                    codes[Facet.GROUPS.ordinal()] = values(Facet.GROUPS).codes(themes);
                    return new Entry(id, rs.getString(2), rs.getString(3), organization, licence,
                            rs.getString(6).intern(), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getString(9),
                            keywords, Set.copyOf(themes), kinds,
                            intern.apply(SpanishSearch.words(rs.getString(9))), intern.apply(terms), pack(codes));
                }, args);
    }

    private FacetValues values(Facet facet) {
        return facetValues[facet.ordinal()];
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
        return snapshot.all();
    }

    /**
     * The datasets in one of the states that match the query, sorted, one page of them, and the counts of the facets
     * asked for ({@code mincount} or more, the {@code limit} largest, largest first, then by name; a negative limit
     * means all).
     */
    Found search(Node query, Set<String> states, Set<String> draftsOf, CkanSort sort, int start, int rows,
            List<String> facetFields, int facetLimit, int facetMinCount) {
        refresh();
        List<Facet> facets = facetFields.stream().map(Facet::of).toList();
        Set<String> words = new HashSet<>();
        collectWords(query, words);
        boolean scored = !words.isEmpty() && sort.keys().stream().anyMatch(k -> k.field().equals("score"));
        // The query compiled once (its words stemmed once, not once per dataset).
        Matcher matcher = compile(query);
        // Unless relevance orders them, the entries are walked in the order asked for (kept per order until the
        // next change), so that the matches come out sorted and a page costs one pass.
        Snapshot current = snapshot;
        List<Entry> base = scored ? current.all() : ordered(current, sort);
        // Facets are counted while walking, over the matching entries only, by the codes of their values.
        FacetCounts counts = new FacetCounts(facets, facetValues);
        Set<String> shown = Set.copyOf(states);
        List<Entry> matched = new ArrayList<>();
        for (Entry e : base) {
            boolean visible = shown.contains(e.state())
                    || (!draftsOf.isEmpty() && "DRAFT".equals(e.state()) && draftsOf.contains(e.organization()));
            if (visible && matcher.matches(e)) {
                matched.add(e);
                counts.add(e);
            }
        }
        Map<String, List<Map.Entry<String, Integer>>> found = new LinkedHashMap<>();
        for (Facet facet : facets) {
            found.put(facet.field, counts.top(facet, facetLimit, facetMinCount));
        }
        if (scored) {
            Map<Long, Integer> scores = new HashMap<>(matched.size() * 2);
            matched.forEach(e -> scores.put(e.id(), score(e, words)));
            matched.sort(comparator(sort, scores));
        }
        int from = Math.min(start, matched.size());
        int to = (int) Math.min(matched.size(), (long) from + rows);
        return new Found(matched.size(), List.copyOf(matched.subList(from, to)), found);
    }

    /**
     * Counts of the values of some facet fields over the entries added: one array of counters per field, indexed by
     * the values' codes.
     */
    static final class FacetCounts {
        /** The fields counted (their {@link Facet} ordinals), and per field its values and its counters. */
        private final int[] asked;
        private final String[][] values;
        private final int[][] counts;

        FacetCounts(List<Facet> facets, FacetValues[] all) {
            this.asked = facets.stream().mapToInt(Facet::ordinal).toArray();
            this.values = new String[Facet.values().length][];
            this.counts = new int[Facet.values().length][];
            for (int field : asked) {
                values[field] = all[field].values();
                counts[field] = new int[values[field].length];
            }
        }

        void add(Entry e) {
            int[] packed = e.facets();
            for (int field : asked) {
                int[] c = counts[field];
                for (int i = packed[field], end = packed[field + 1]; i < end; i++) {
                    int code = packed[i];
                    if (code < c.length) {
                        c[code]++;
                    }
                }
            }
        }

        /** The values counted {@code minCount} times or more, largest first then by name, the {@code limit} first. */
        List<Map.Entry<String, Integer>> top(Facet facet, int limit, int minCount) {
            int[] c = counts[facet.ordinal()];
            String[] names = values[facet.ordinal()];
            List<Map.Entry<String, Integer>> out = new ArrayList<>();
            for (int code = 0; code < c.length; code++) {
                if (c[code] >= minCount && c[code] > 0) {
                    out.add(Map.entry(names[code], c[code]));
                }
            }
            out.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            return limit < 0 || out.size() <= limit ? out : List.copyOf(out.subList(0, limit));
        }
    }

    /** The entries in a sort's order (relevance left out: without words every score is the same). */
    private static List<Entry> ordered(Snapshot current, CkanSort sort) {
        List<CkanSort.Key> keys = sort.keys().stream().filter(k -> !k.field().equals("score")).toList();
        String name = keys.toString();
        return current.orders().computeIfAbsent(name, k -> {
            List<Entry> sorted = new ArrayList<>(current.all());
            sorted.sort(comparator(new CkanSort(keys), Map.of()));
            return List.copyOf(sorted);
        });
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
            score += (e.titleTerms().contains(w) ? 4 : 0) + (e.terms().contains(w) ? 1 : 0);
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

    /** A query compiled for the walk over the entries. */
    @FunctionalInterface
    interface Matcher {
        boolean matches(Entry e);
    }

    /** The query as a matcher; words are stemmed here, once per search. */
    static Matcher compile(Node node) {
        if (node instanceof All) {
            return e -> true;
        }
        if (node instanceof And and) {
            Matcher[] parts = and.parts().stream().map(CatalogIndex::compile).toArray(Matcher[]::new);
            return e -> {
                for (Matcher p : parts) {
                    if (!p.matches(e)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (node instanceof Or or) {
            Matcher[] parts = or.parts().stream().map(CatalogIndex::compile).toArray(Matcher[]::new);
            return e -> {
                for (Matcher p : parts) {
                    if (p.matches(e)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (node instanceof Not not) {
            Matcher part = compile(not.part());
            return e -> !part.matches(e);
        }
        if (node instanceof Range r) {
            boolean created = "metadata_created".equals(r.field());
            return e -> r.contains(created ? e.created() : e.modified());
        }
        if (node instanceof Words w) {
            String[] stems = SpanishSearch.words(w.text()).toArray(String[]::new);
            // title: the title's words; notes and text: every word of the dataset (description, keywords, name).
            boolean title = "title".equals(w.field());
            return e -> {
                Set<String> terms = title ? e.titleTerms() : e.terms();
                for (String stem : stems) {
                    if (!terms.contains(stem)) {
                        return false;
                    }
                }
                return true;
            };
        }
        Term t = (Term) node;
        return e -> term(t, e);
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
