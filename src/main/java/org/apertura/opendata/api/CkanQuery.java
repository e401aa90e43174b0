package org.apertura.opendata.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Solr (Lucene) query language of CKAN's {@code package_search} {@code q}, {@code fq} and {@code fq_list}, as
 * far as harvesters and CKAN clients use it, parsed into a small tree the catalog runs on its own tables.
 *
 * <p>What is understood: {@code field:value} for the fields in {@link #FIELDS}; quoted values
 * ({@code tags:"agua potable"}); groups ({@code tags:(agua OR drenaje)}, {@code (a OR b) c}); ranges on
 * {@code metadata_modified} and {@code metadata_created} ({@code [2026-01-01T00:00:00Z TO *]}, {@code {… TO …}}
 * exclusive, ISO 8601 with or without fraction and {@code Z}, or a bare date); {@code *:*} and {@code field:*};
 * {@code AND}, {@code &&}, {@code OR}, {@code ||}, {@code NOT}, {@code +} and {@code -}; backslash escapes. Words
 * without a field search the text (title, description, keywords) as CKAN's {@code text} field does.
 *
 * <p>Operators: CKAN sets Solr's {@code q.op=AND}, so terms joined by spaces must all match (ckanext-harvest
 * space-joins its {@code fq} terms). {@code OR} binds tighter than that implicit {@code AND}, so
 * {@code organization:a OR organization:b metadata_modified:[… TO *]} means "(a or b) and modified since", which is
 * what the harvester means by it.
 *
 * <p>Not understood, and refused with a {@link SyntaxError} (CKAN's "Search Query Error", 400) rather than
 * answered wrongly: an unknown field, Solr date math ({@code NOW-1DAY}), local parameters ({@code {!…}}),
 * unbalanced brackets or quotes, a range on a field that is not a date.
 */
public final class CkanQuery {

    /** The kinds of field a query may name. */
    public enum Kind {
        /** Exact values: names, ids, keywords, formats. */
        KEYWORD,
        /** Words, matched as the Spanish full-text search does. */
        TEXT,
        /** Instants, for ranges. */
        DATE
    }

    /** The fields of CKAN's Solr schema a query may use, and what each one is. */
    public static final Map<String, Kind> FIELDS = Map.ofEntries(
            Map.entry("id", Kind.KEYWORD),
            Map.entry("name", Kind.KEYWORD),
            Map.entry("organization", Kind.KEYWORD),
            Map.entry("owner_org", Kind.KEYWORD),
            Map.entry("tags", Kind.KEYWORD),
            Map.entry("groups", Kind.KEYWORD),
            Map.entry("res_format", Kind.KEYWORD),
            Map.entry("license_id", Kind.KEYWORD),
            Map.entry("dataset_type", Kind.KEYWORD),
            Map.entry("type", Kind.KEYWORD),
            Map.entry("state", Kind.KEYWORD),
            Map.entry("capacity", Kind.KEYWORD),
            Map.entry("title", Kind.TEXT),
            Map.entry("notes", Kind.TEXT),
            Map.entry("text", Kind.TEXT),
            Map.entry("metadata_modified", Kind.DATE),
            Map.entry("metadata_created", Kind.DATE));

    /** A node of the query tree. */
    public sealed interface Node permits All, Term, Words, Range, And, Or, Not {
    }

    /** Everything ({@code *:*}, an empty query). */
    public record All() implements Node {
    }

    /** A keyword field equal to a value; the value {@code *} means "has any value". */
    public record Term(String field, String value) implements Node {
        public boolean any() {
            return "*".equals(value);
        }
    }

    /** Words that must all appear in a text field ({@code text}: title, description or keywords). */
    public record Words(String field, String text) implements Node {
    }

    /** A date field within bounds; a null bound is open ({@code *}). */
    public record Range(String field, Instant from, boolean fromInclusive, Instant to, boolean toInclusive)
            implements Node {
        public boolean contains(Instant value) {
            if (value == null) {
                return false;
            }
            boolean above = from == null || (fromInclusive ? !value.isBefore(from) : value.isAfter(from));
            boolean below = to == null || (toInclusive ? !value.isAfter(to) : value.isBefore(to));
            return above && below;
        }
    }

    /** Every part must match. */
    public record And(List<Node> parts) implements Node {
    }

    /** Any part must match. */
    public record Or(List<Node> parts) implements Node {
    }

    /** The part must not match. */
    public record Not(Node part) implements Node {
    }

    /** A query CKAN's Solr would not accept; the message says where. */
    public static final class SyntaxError extends RuntimeException {
        SyntaxError(String query, String problem) {
            super("Cannot parse '" + query + "': " + problem);
        }
    }

    private static final All ALL = new All();

    private final String text;
    private int at;

    private CkanQuery(String text) {
        this.text = text;
    }

    /** The tree of one query string; blank, {@code *:*} and {@code *} are {@link All}. */
    public static Node parse(String query) {
        if (query == null || query.isBlank()) {
            return ALL;
        }
        if (query.strip().startsWith("{!")) {
            throw new SyntaxError(query, "local parameters are not supported");
        }
        CkanQuery parser = new CkanQuery(query);
        Node node = parser.conjunction(null);
        parser.skipSpace();
        if (parser.at < query.length()) {
            throw parser.error("unexpected '" + query.charAt(parser.at) + "' at position " + parser.at);
        }
        return simplify(node);
    }

    /** The tree of a {@code q} with its filters ({@code fq} and each of {@code fq_list}): all must match. */
    public static Node parse(String q, List<String> filters) {
        List<Node> parts = new ArrayList<>();
        parts.add(parse(q));
        for (String filter : filters) {
            parts.add(parse(filter));
        }
        return simplify(new And(parts));
    }

    // conjunction := disjunction ((AND | && | whitespace) disjunction)*
    private Node conjunction(String field) {
        List<Node> parts = new ArrayList<>();
        while (true) {
            skipSpace();
            if (atEnd() || peek() == ')') {
                break;
            }
            if (!parts.isEmpty() && (keyword("AND") || symbol("&&"))) {
                skipSpace();
                if (atEnd() || peek() == ')') {
                    throw error("nothing after AND");
                }
            }
            parts.add(disjunction(field));
        }
        if (parts.isEmpty()) {
            throw error(atEnd() ? "unexpected end of query" : "empty group");
        }
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    // disjunction := unary ((OR | ||) unary)*
    private Node disjunction(String field) {
        List<Node> parts = new ArrayList<>();
        parts.add(unary(field));
        while (true) {
            int mark = at;
            skipSpace();
            if (keyword("OR") || symbol("||")) {
                skipSpace();
                if (atEnd() || peek() == ')') {
                    throw error("nothing after OR");
                }
                parts.add(unary(field));
            } else {
                at = mark;
                break;
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    // unary := (+ | - | ! | NOT)? primary
    private Node unary(String field) {
        skipSpace();
        if (atEnd()) {
            throw error("unexpected end of query");
        }
        char c = peek();
        if (c == '+') {
            at++;
            return primary(field);
        }
        if (c == '-' || c == '!') {
            at++;
            return new Not(primary(field));
        }
        if (keyword("NOT")) {
            skipSpace();
            return new Not(primary(field));
        }
        return primary(field);
    }

    // primary := '(' conjunction ')' | name ':' value | value
    private Node primary(String field) {
        if (atEnd()) {
            throw error("unexpected end of query");
        }
        char c = peek();
        if (c == '(') {
            return group(field);
        }
        if (c == '[' || c == '{') {
            if (field == null) {
                throw error("a range needs a field");
            }
            return range(field);
        }
        if (c == '"') {
            String phrase = quoted();
            return value(field, phrase);
        }
        if (c == ')' || c == ']' || c == '}' || c == ':') {
            throw error("unexpected '" + c + "' at position " + at);
        }
        String word = bare(field != null);
        if (field == null && !atEnd() && peek() == ':') {
            at++;
            String name = word;
            if ("*".equals(name)) {
                String value = atEnd() ? "" : bare(true);
                if (!"*".equals(value)) {
                    throw error("'*:' must be followed by '*'");
                }
                return ALL;
            }
            Kind kind = FIELDS.get(name);
            if (kind == null) {
                throw error("undefined field " + name);
            }
            if (atEnd() || Character.isWhitespace(peek())) {
                throw error("no value for field " + name);
            }
            return fieldValue(name);
        }
        return value(field, word);
    }

    private Node fieldValue(String field) {
        char c = peek();
        if (c == '(') {
            return group(field);
        }
        if (c == '[' || c == '{') {
            return range(field);
        }
        if (c == '"') {
            return value(field, quoted());
        }
        return value(field, bare(true));
    }

    private Node group(String field) {
        int open = at;
        at++;
        Node inside = conjunction(field);
        skipSpace();
        if (atEnd() || peek() != ')') {
            throw error("'(' at position " + open + " is never closed");
        }
        at++;
        return inside;
    }

    private Node range(String field) {
        if (FIELDS.get(field) != Kind.DATE) {
            throw error("ranges are only supported on metadata_modified and metadata_created, not " + field);
        }
        boolean fromInclusive = next() == '[';
        skipSpace();
        String from = rangeBound();
        skipSpace();
        if (!keyword("TO")) {
            throw error("expected TO in the range of " + field);
        }
        skipSpace();
        String to = rangeBound();
        skipSpace();
        if (atEnd() || (peek() != ']' && peek() != '}')) {
            throw error("the range of " + field + " is never closed");
        }
        boolean toInclusive = next() == ']';
        return new Range(field, instant(from), fromInclusive, instant(to), toInclusive);
    }

    private String rangeBound() {
        if (!atEnd() && peek() == '"') {
            return quoted();
        }
        StringBuilder out = new StringBuilder();
        while (!atEnd() && !Character.isWhitespace(peek()) && peek() != ']' && peek() != '}') {
            char c = next();
            if (c == '\\' && !atEnd()) {
                c = next();
            }
            out.append(c);
        }
        if (out.isEmpty()) {
            throw error("a range bound is missing");
        }
        return out.toString();
    }

    private Instant instant(String bound) {
        if ("*".equals(bound)) {
            return null;
        }
        if (bound.toUpperCase(Locale.ROOT).startsWith("NOW") || bound.contains("/")
                || bound.toUpperCase(Locale.ROOT).matches(".*[+-]\\d+(YEAR|MONTH|DAY|HOUR|MINUTE|SECOND|MILLI)S?.*")) {
            throw error("date math (" + bound + ") is not supported: use an ISO 8601 date such as 2026-01-31T00:00:00Z");
        }
        String s = bound.endsWith("Z") || bound.endsWith("z") ? bound.substring(0, bound.length() - 1) : bound;
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw error("'" + bound + "' is not an ISO 8601 date");
        }
    }

    private Node value(String field, String value) {
        if (field == null) {
            return "*".equals(value) ? ALL : new Words("text", value);
        }
        return switch (FIELDS.get(field)) {
            case KEYWORD -> new Term(field, value);
            case TEXT -> "*".equals(value) ? ALL : new Words(field, value);
            case DATE -> {
                if ("*".equals(value)) {
                    yield new Range(field, null, true, null, true);
                }
                Instant instant = instant(value);
                yield new Range(field, instant, true, instant, true);
            }
        };
    }

    private String quoted() {
        int open = at;
        at++;
        StringBuilder out = new StringBuilder();
        while (!atEnd() && peek() != '"') {
            char c = next();
            if (c == '\\' && !atEnd()) {
                c = next();
            }
            out.append(c);
        }
        if (atEnd()) {
            throw error("the quote at position " + open + " is never closed");
        }
        at++;
        return out.toString();
    }

    /** A bare word: up to a space, a bracket, a quote or (outside a field's value) a colon; {@code \} escapes. */
    private String bare(boolean inValue) {
        StringBuilder out = new StringBuilder();
        while (!atEnd()) {
            char c = peek();
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"' || c == '[' || c == ']' || c == '{'
                    || c == '}' || (c == ':' && !inValue)) {
                break;
            }
            at++;
            if (c == '\\') {
                if (atEnd()) {
                    throw error("a backslash ends the query");
                }
                c = next();
            }
            out.append(c);
        }
        if (out.isEmpty()) {
            throw error(atEnd() ? "unexpected end of query" : "unexpected '" + peek() + "' at position " + at);
        }
        return out.toString();
    }

    private boolean keyword(String word) {
        if (text.startsWith(word, at)) {
            int end = at + word.length();
            if (end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '(') {
                at = end;
                return true;
            }
        }
        return false;
    }

    private boolean symbol(String s) {
        if (text.startsWith(s, at)) {
            at += s.length();
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            at++;
        }
    }

    private boolean atEnd() {
        return at >= text.length();
    }

    private char peek() {
        return text.charAt(at);
    }

    private char next() {
        return text.charAt(at++);
    }

    private SyntaxError error(String problem) {
        return new SyntaxError(text, problem);
    }

    /** Flattens nested ANDs and ORs and drops {@link All} from conjunctions. */
    static Node simplify(Node node) {
        if (node instanceof And and) {
            List<Node> parts = new ArrayList<>();
            for (Node part : and.parts()) {
                Node p = simplify(part);
                if (p instanceof And inner) {
                    parts.addAll(inner.parts());
                } else if (!(p instanceof All)) {
                    parts.add(p);
                }
            }
            return parts.isEmpty() ? ALL : parts.size() == 1 ? parts.get(0) : new And(List.copyOf(parts));
        }
        if (node instanceof Or or) {
            List<Node> parts = new ArrayList<>();
            for (Node part : or.parts()) {
                Node p = simplify(part);
                if (p instanceof All) {
                    return ALL;
                }
                if (p instanceof Or inner) {
                    parts.addAll(inner.parts());
                } else {
                    parts.add(p);
                }
            }
            return parts.size() == 1 ? parts.get(0) : new Or(List.copyOf(parts));
        }
        if (node instanceof Not not) {
            return new Not(simplify(not.part()));
        }
        return node;
    }
}
