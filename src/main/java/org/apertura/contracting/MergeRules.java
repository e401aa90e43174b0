package org.apertura.contracting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The merge rules of a release schema as a tree of field names: which fields are omitted when merged and which
 * arrays are merged as a whole. Derived from the schema the way the reference implementation (ocdsmerge's
 * {@code rules.py}) does, so extensions or a new OCDS version only need a new schema, not new code.
 * {@code versionId} needs no rule: it only marks the {@code id}s that are versioned, which are exactly those not
 * directly in an object of an array (the merge keeps those plain), as ocdsmerge does.
 */
public final class MergeRules {

    /** The rules of a field the schema does not describe: merged by the default strategy. */
    static final MergeRules NONE = new MergeRules(false, false, Map.of());

    private static final Map<OcdsVersion, MergeRules> BY_VERSION = new EnumMap<>(OcdsVersion.class);
    private static final int MAX_REF_DEPTH = 64;

    final boolean omit;
    final boolean wholeList;
    private final Map<String, MergeRules> children;
    /**
     * The children again, in an open-addressed table probed by the name's hash, which a release's field read by
     * {@link Utf8Tree} carries: the merge asks once per field of every release, and a {@code HashMap} look-up
     * touched the name, its node and its table (about 6 % of the compile's CPU). Names are interned on both sides,
     * so a hit is found by identity; {@code equals} only backs up a name that was not.
     */
    private final String[] names;
    private final int[] hashes;
    private final MergeRules[] rules;

    private MergeRules(boolean omit, boolean wholeList, Map<String, MergeRules> children) {
        this.omit = omit;
        this.wholeList = wholeList;
        this.children = children;
        int size = Integer.highestOneBit(Math.max(1, children.size()) * 4 - 1) << 1;
        names = new String[size];
        hashes = new int[size];
        rules = new MergeRules[size];
        children.forEach((name, rule) -> {
            int slot = name.hashCode() & (size - 1);
            while (names[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            names[slot] = name;
            hashes[slot] = name.hashCode();
            rules[slot] = rule;
        });
    }

    /** The rules of the bundled release schema of that version (1.1.5 for 1.1, 1.0.3 for 1.0), loaded once. */
    public static synchronized MergeRules of(OcdsVersion version) {
        return BY_VERSION.computeIfAbsent(version, v -> {
            try (InputStream in = MergeRules.class.getClassLoader().getResourceAsStream(v.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("Missing release schema " + v.schemaResource());
                }
                return fromSchema(OcdsJson.MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Rules of a release schema; local {@code $ref}s are followed, sibling keywords ignored (as jsonref does). */
    public static MergeRules fromSchema(JsonNode schema) {
        return new MergeRules(false, false, properties(schema.path("properties"), schema, 0));
    }

    MergeRules child(String field) {
        return child(field, field.hashCode());
    }

    /** The rules of {@code field}, whose {@code hashCode()} is {@code hash}. */
    MergeRules child(String field, int hash) {
        int mask = names.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            String name = names[slot];
            if (name == null) {
                return NONE;
            }
            if (hashes[slot] == hash && (name == field || name.equals(field))) {
                return rules[slot];
            }
        }
    }

    /** The rules as paths, e.g. {@code awards/suppliers → wholeListMerge}: for tests and diagnostics. */
    public Map<String, String> asPaths() {
        Map<String, String> paths = new HashMap<>();
        collect("", paths);
        return paths;
    }

    private void collect(String prefix, Map<String, String> paths) {
        children.forEach((name, rules) -> {
            String path = prefix + name;
            if (rules.omit) {
                paths.put(path, "omitWhenMerged");
            } else if (rules.wholeList) {
                paths.put(path, "wholeListMerge");
            }
            rules.collect(path + "/", paths);
        });
    }

    private static Map<String, MergeRules> properties(JsonNode properties, JsonNode root, int depth) {
        Map<String, MergeRules> rules = new HashMap<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode value = resolve(property.getValue(), root);
            Set<String> types = types(value);
            String strategy = value.path("mergeStrategy").asString("");
            MergeRules rule = null;
            if (value.path("omitWhenMerged").asBoolean(false) || strategy.equals("ocdsOmit")) {
                rule = new MergeRules(true, false, Map.of());
            } else if (types.contains("array")
                    && (value.path("wholeListMerge").asBoolean(false) || strategy.equals("ocdsVersion"))) {
                rule = wholeList();
            } else if (types.contains("object") && value.has("properties")) {
                rule = nested(value.get("properties"), root, depth);
            } else if (types.contains("array") && value.has("items")) {
                JsonNode items = resolve(value.get("items"), root);
                Set<String> itemTypes = types(items);
                if (itemTypes.stream().anyMatch(t -> !t.equals("object"))) {
                    rule = wholeList();
                } else if (itemTypes.contains("object") && items.has("properties")) {
                    rule = items.get("properties").has("id") ? nested(items.get("properties"), root, depth)
                            : wholeList();
                }
            }
            if (rule != null) {
                rules.put(property.getKey().intern(), rule); // as Utf8Tree's names: found by identity
            }
        }
        return rules;
    }

    private static MergeRules wholeList() {
        return new MergeRules(false, true, Map.of());
    }

    private static MergeRules nested(JsonNode properties, JsonNode root, int depth) {
        if (depth > MAX_REF_DEPTH) {
            throw new IllegalArgumentException("The release schema nests too deep (a $ref cycle?)");
        }
        return new MergeRules(false, false, properties(properties, root, depth + 1));
    }

    private static JsonNode resolve(JsonNode node, JsonNode root) {
        for (int i = 0; node.has("$ref"); i++) {
            String ref = node.get("$ref").asString();
            if (!ref.startsWith("#") || i > MAX_REF_DEPTH) {
                throw new IllegalArgumentException("Only local $ref are supported in a release schema: " + ref);
            }
            node = root.at(ref.substring(1));
        }
        return node;
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return Set.of();
        }
        if (type.isString()) {
            return Set.of(type.asString());
        }
        return StreamSupport.stream(type.spliterator(), false).map(JsonNode::asString).collect(Collectors.toSet());
    }

    @Override
    public String toString() {
        return List.copyOf(asPaths().entrySet()).toString();
    }
}
