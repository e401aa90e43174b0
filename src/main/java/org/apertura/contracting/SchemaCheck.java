package org.apertura.contracting;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A fast, conservative check of a JSON Schema (draft-04, the keywords OCDS release schemas use), compiled once:
 * {@link #certainlyValid} says {@code true} only when the value is valid for sure, walking the parsed tree once
 * with no path, message or annotation built. Whatever it does not know for sure — an unknown keyword, a format
 * it checks more strictly than the standard, a number it would have to compare loosely — makes it say
 * {@code false}, and the caller runs the full validator (networknt), which then lists the problems. So it only
 * decides how fast a valid release is accepted, never what is refused or how a problem is worded.
 */
final class SchemaCheck {

    /** Keywords that assert nothing (annotations, OCDS's own merge and codelist metadata). */
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "default", "$schema", "id",
            "definitions", "examples", "codelist", "openCodelist", "deprecated", "deprecatedVersion",
            "omitWhenMerged", "wholeListMerge", "versionId", "mergeStrategy", "mergeOptions", "idRef");

    private static final int NULL = 1;
    private static final int BOOLEAN = 2;
    private static final int OBJECT = 4;
    private static final int ARRAY = 8;
    private static final int NUMBER = 16;
    private static final int STRING = 32;
    private static final int INTEGER = 64;
    private static final Map<String, Integer> TYPES = Map.of("null", NULL, "boolean", BOOLEAN, "object", OBJECT,
            "array", ARRAY, "number", NUMBER, "string", STRING, "integer", INTEGER);

    /**
     * A strict RFC 3339 date-time, upper case, seconds below 60: a subset of what the standard allows. The language
     * {@link #dateTimeShape} decides by hand, kept as its specification ({@code SchemaCheckTest} compares the two).
     */
    static final Pattern DATE_TIME = Pattern.compile(
            "[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])");
    /**
     * An absolute URI of plain ASCII characters (no brackets, spaces or anything to escape): the language
     * {@link #uriScheme} decides by hand, kept as its specification ({@code SchemaCheckTest} compares the two).
     */
    static final Pattern URI_CHARS = Pattern.compile(
            "[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+");

    /** Numbers compare by value, so that two items this check calls different are different for any validator. */
    private static final Comparator<JsonNode> LOOSE = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    private static final int FORMAT_NONE = 0;
    private static final int FORMAT_DATE_TIME = 1;
    private static final int FORMAT_URI = 2;

    /** One compiled (sub)schema. */
    private static final class Node {
        boolean unsure;
        int types;
        Map<String, Node> properties = Map.of();
        List<Pattern> patterns = List.of();
        List<String> patternPrefixes = List.of();
        List<Node> patternSchemas = List.of();
        List<String> required = List.of();
        Set<JsonNode> enumValues;
        boolean enumHasNumber;
        Pattern pattern;
        int format = FORMAT_NONE;
        Node items;
        int minItems = -1;
        boolean uniqueItems;
        int minLength = -1;
        BigDecimal minimum;
        boolean exclusiveMinimum;
        Node ref;
    }

    private final JsonNode root;
    private final Map<String, Node> byPointer = new HashMap<>();
    private final Node compiled;

    private SchemaCheck(JsonNode root) {
        this.root = root;
        this.compiled = compile(root, "");
    }

    /** Compiles a schema whose {@code $ref}s are all local ({@code #/...}). */
    static SchemaCheck of(JsonNode schema) {
        return new SchemaCheck(schema);
    }

    /** True only if the value is certainly valid; false if it is not, or if this check cannot tell. */
    boolean certainlyValid(JsonNode value) {
        return valid(compiled, value);
    }

    private Node compile(JsonNode schema, String pointer) {
        Node known = byPointer.get(pointer);
        if (known != null) {
            return known;
        }
        Node node = new Node();
        byPointer.put(pointer, node);
        if (!schema.isObject()) {
            node.unsure = true;
            return node;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            // Draft-04: a $ref replaces its whole schema; a sibling that asserts something is left to the full
            // validator rather than guessing whether it ignores it.
            String target = ref.asString("");
            boolean asserting = false;
            for (String sibling : schema.propertyNames()) {
                asserting |= !sibling.equals("$ref") && !ANNOTATIONS.contains(sibling);
            }
            if (asserting || !target.startsWith("#") || root.at(target.substring(1)).isMissingNode()) {
                node.unsure = true;
            } else {
                node.ref = compile(root.at(target.substring(1)), target.substring(1));
            }
            return node;
        }
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            String name = keyword.getKey();
            JsonNode value = keyword.getValue();
            switch (name) {
                case "type" -> {
                    if (value.isString()) {
                        node.types |= type(value.asString(), node);
                    } else if (value.isArray()) {
                        value.forEach(t -> node.types |= type(t.asString(""), node));
                    } else {
                        node.unsure = true;
                    }
                }
                case "properties" -> {
                    Map<String, Node> properties = new HashMap<>();
                    for (Map.Entry<String, JsonNode> p : value.properties()) {
                        properties.put(p.getKey().intern(), compile(p.getValue(), pointer + "/properties/"
                                + OcdsValidation.escape(p.getKey())));
                    }
                    node.properties = properties;
                }
                case "patternProperties" -> {
                    node.patterns = new ArrayList<>();
                    node.patternPrefixes = new ArrayList<>();
                    node.patternSchemas = new ArrayList<>();
                    for (Map.Entry<String, JsonNode> p : value.properties()) {
                        node.patterns.add(Pattern.compile(p.getKey()));
                        node.patternPrefixes.add(literalPrefix(p.getKey()));
                        node.patternSchemas.add(compile(p.getValue(), pointer + "/patternProperties/"
                                + OcdsValidation.escape(p.getKey())));
                    }
                }
                case "required" -> {
                    List<String> required = new ArrayList<>();
                    value.forEach(r -> required.add(r.asString().intern()));
                    node.required = required;
                }
                case "enum" -> {
                    node.enumValues = new HashSet<>();
                    value.forEach(v -> {
                        node.enumValues.add(v);
                        node.enumHasNumber |= v.isNumber();
                    });
                }
                case "pattern" -> node.pattern = Pattern.compile(value.asString());
                case "format" -> {
                    switch (value.asString("")) {
                        case "date-time" -> node.format = FORMAT_DATE_TIME;
                        case "uri" -> node.format = FORMAT_URI;
                        default -> node.unsure = true;
                    }
                }
                case "items" -> {
                    if (value.isObject()) {
                        node.items = compile(value, pointer + "/items");
                    } else {
                        node.unsure = true;
                    }
                }
                case "minItems" -> node.minItems = value.asInt();
                case "uniqueItems" -> node.uniqueItems = value.asBoolean(false);
                case "minLength" -> node.minLength = value.asInt();
                case "minimum" -> node.minimum = value.decimalValue();
                case "exclusiveMinimum" -> node.exclusiveMinimum = value.asBoolean(false);
                default -> {
                    if (!ANNOTATIONS.contains(name)) {
                        node.unsure = true;
                    }
                }
            }
        }
        return node;
    }

    private static int type(String name, Node node) {
        Integer type = TYPES.get(name);
        if (type == null) {
            node.unsure = true;
            return 0;
        }
        return type;
    }

    /**
     * The literal text a pattern anchored at the start ({@code ^(title_...}) requires a matching name to begin
     * with; empty if there is none to be sure of.
     */
    private static String literalPrefix(String pattern) {
        if (!pattern.startsWith("^")) {
            return "";
        }
        int at = 1;
        while (at < pattern.length() && pattern.charAt(at) == '(') {
            at++;
        }
        StringBuilder prefix = new StringBuilder();
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            if (Character.isLetterOrDigit(c) || c == '_') {
                prefix.append(c);
                at++;
            } else {
                break;
            }
        }
        // A quantifier or alternation right after the text would make its last character optional.
        if (at < pattern.length() && "?*{|".indexOf(pattern.charAt(at)) >= 0) {
            return "";
        }
        return prefix.toString();
    }

    private boolean valid(Node node, JsonNode value) {
        for (int hops = 0; node.ref != null; hops++) {
            if (hops > 64) {
                return false;
            }
            node = node.ref;
        }
        if (node.unsure) {
            return false;
        }
        if (node.types != 0 && !typeMatches(node.types, value)) {
            return false;
        }
        if (node.enumValues != null) {
            if (node.enumHasNumber && value.isNumber() || !node.enumValues.contains(value)) {
                return false;
            }
        }
        if (value.isObject()) {
            for (String name : node.required) {
                if (!value.has(name)) {
                    return false;
                }
            }
            for (Map.Entry<String, JsonNode> property : value.properties()) {
                String name = property.getKey();
                JsonNode child = property.getValue();
                Node schema = node.properties.get(name);
                if (schema != null && !valid(schema, child)) {
                    return false;
                }
                for (int i = 0; i < node.patterns.size(); i++) {
                    if (name.startsWith(node.patternPrefixes.get(i)) && node.patterns.get(i).matcher(name).find()
                            && !valid(node.patternSchemas.get(i), child)) {
                        return false;
                    }
                }
            }
        } else if (value.isArray()) {
            if (node.minItems >= 0 && value.size() < node.minItems) {
                return false;
            }
            if (node.items != null) {
                for (JsonNode item : value) {
                    if (!valid(node.items, item)) {
                        return false;
                    }
                }
            }
            if (node.uniqueItems && !certainlyUnique(value)) {
                return false;
            }
        } else if (value.isString()) {
            String text = value.asString();
            if (node.minLength >= 0 && text.codePointCount(0, text.length()) < node.minLength) {
                return false;
            }
            if (node.pattern != null && !node.pattern.matcher(text).find()) {
                return false;
            }
            if (node.format == FORMAT_DATE_TIME && !dateTime(text) || node.format == FORMAT_URI && !uri(text)) {
                return false;
            }
        } else if (value.isNumber() && node.minimum != null) {
            int compared = value.decimalValue().compareTo(node.minimum);
            if (compared < 0 || compared == 0 && node.exclusiveMinimum) {
                return false;
            }
        }
        return true;
    }

    private static boolean typeMatches(int types, JsonNode value) {
        int type = switch (value.getNodeType()) {
            case NULL -> NULL;
            case BOOLEAN -> BOOLEAN;
            case OBJECT -> OBJECT;
            case ARRAY -> ARRAY;
            case STRING -> STRING;
            case NUMBER -> value.isIntegralNumber() ? NUMBER | INTEGER : NUMBER;
            default -> 0;
        };
        // An integral number is an integer; any number is a number. A 1.0 is left to the full validator.
        return (types & type) != 0;
    }

    private static boolean dateTime(String text) {
        if (!dateTimeShape(text)) {
            return false;
        }
        try {
            OcdsDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean uri(String text) {
        int scheme = uriScheme(text);
        if (scheme < 0) {
            return false;
        }
        if (plainHierarchical(text, scheme)) {
            return true; // java.net.URI accepts it, absolute (its scheme is there): no parser built per link
        }
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Whether the text matches {@link #DATE_TIME}, by hand: the regex was a tenth of the import's schema check
     * (a release has dozens of dates). Exactly the same language; {@code SchemaCheckTest} compares the two.
     */
    static boolean dateTimeShape(String s) {
        int n = s.length();
        if (n < 20 || !(s.charAt(0) >= '1' && s.charAt(0) <= '9') || !digits(s, 1, 4) || s.charAt(4) != '-'
                || !digits(s, 5, 7) || s.charAt(7) != '-' || !digits(s, 8, 10) || s.charAt(10) != 'T'
                || !digits(s, 11, 13) || s.charAt(13) != ':' || !digits(s, 14, 16) || s.charAt(16) != ':'
                || !(s.charAt(17) >= '0' && s.charAt(17) <= '5') || !digits(s, 18, 19)) {
            return false;
        }
        int at = 19;
        if (s.charAt(at) == '.') {
            int from = ++at;
            while (at < n && at - from < 9 && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
                at++;
            }
            if (at == from) {
                return false;
            }
        }
        if (at == n - 1) {
            return s.charAt(at) == 'Z';
        }
        if (at != n - 6 || s.charAt(at) != '+' && s.charAt(at) != '-' || s.charAt(at + 3) != ':'
                || !(s.charAt(at + 4) >= '0' && s.charAt(at + 4) <= '5') || !digits(s, at + 5, at + 6)) {
            return false;
        }
        char tens = s.charAt(at + 1);
        char units = s.charAt(at + 2);
        return tens == '0' && units >= '0' && units <= '9' || tens == '1' && units >= '0' && units <= '4';
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The characters {@link #URI_CHARS} allows after the scheme's colon. */
    private static final boolean[] URI_CHAR = new boolean[128];
    /** Characters java.net.URI takes anywhere in an authority (registry-based), path or query. */
    private static final boolean[] PLAIN_CHAR = new boolean[128];

    static {
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray()) {
            URI_CHAR[c] = true;
            PLAIN_CHAR[c] = true;
        }
        for (char c : "._~:/?#@!$&'()*+,;=%-".toCharArray()) {
            URI_CHAR[c] = true;
        }
        for (char c : "._~-".toCharArray()) {
            PLAIN_CHAR[c] = true;
        }
    }

    /**
     * Where the scheme's colon is if the text matches {@link #URI_CHARS} (by hand, as the regex and
     * {@code new URI} were most of the schema check's time on a release's links), else -1.
     */
    static int uriScheme(String s) {
        int n = s.length();
        if (n == 0 || !letter(s.charAt(0))) {
            return -1;
        }
        int colon = 1;
        while (colon < n && s.charAt(colon) != ':') {
            char c = s.charAt(colon);
            if (!(letter(c) || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
                return -1;
            }
            colon++;
        }
        if (colon >= n - 1) {
            return -1; // no colon, or nothing after it
        }
        for (int i = colon + 1; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128 || !URI_CHAR[c]) {
                return -1;
            }
        }
        return colon;
    }

    /**
     * {@code scheme://host...} of letters, digits and {@code . _ ~ -}, segments after {@code /} and a query after
     * {@code ?} ({@code = &} besides): java.net.URI always parses that (a host it does not take as a server is a
     * registry-based authority), so the link needs no parser. Anything else is left to it.
     */
    static boolean plainHierarchical(String s, int colon) {
        int n = s.length();
        if (colon + 3 >= n || s.charAt(colon + 1) != '/' || s.charAt(colon + 2) != '/') {
            return false;
        }
        char first = s.charAt(colon + 3);
        if (!(letter(first) || first >= '0' && first <= '9')) {
            return false;
        }
        boolean query = false;
        for (int i = colon + 4; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 && PLAIN_CHAR[c] || c == '/' && !query) {
                continue;
            }
            if (c == '?' && !query) {
                query = true;
            } else if (!(query && (c == '=' || c == '&' || c == '/' || c == '?'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean letter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** No two items equal, even with numbers compared by value; grouped by a key so it is not quadratic. */
    private static boolean certainlyUnique(JsonNode array) {
        if (array.size() < 2) {
            return true;
        }
        Map<String, List<JsonNode>> groups = new HashMap<>();
        for (JsonNode item : array) {
            List<JsonNode> group = groups.computeIfAbsent(key(item), k -> new ArrayList<>(1));
            for (JsonNode other : group) {
                if (item.equals(LOOSE, other)) {
                    return false;
                }
            }
            group.add(item);
        }
        return true;
    }

    /** Equal items (numbers by value) always have the same key. */
    private static String key(JsonNode item) {
        if (item.isString()) {
            return "s" + item.asString();
        }
        if (item.isNumber()) {
            BigDecimal value = item.decimalValue();
            return "n" + (value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
        }
        if (item.isObject()) {
            JsonNode id = item.get("id");
            return id == null || id.isContainer() ? "o" : "o" + key(id);
        }
        return item.getNodeType().name();
    }
}
