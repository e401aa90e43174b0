package org.apertura.contracting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A compiled or versioned release being merged, one release at a time, in date order. The tree mirrors the
 * reference implementation (ocdsmerge), which flattens each release to {path: value} with array positions
 * replaced by object ids, overlays them and unflattens: objects merge field by field, arrays of objects merge by
 * {@code id} (objects without one are appended), and literals, arrays of non-objects and whole-list arrays are
 * leaves. A node only shows once something reached it (ocdsmerge creates no path for {@code {}} or {@code []}).
 * Leaves are the release's own immutable {@link JsonNode}s: merging copies nothing.
 */
abstract class MergeTree {

    /**
     * An object of the merged release, fields in first-seen order: names, their hashes and values in arrays, found
     * by a scan of the hashes (objects of OCDS releases have a few to a few dozen fields; a map indexes larger
     * ones). A {@code LinkedHashMap} per object cost an entry per field, a table, and a look-up that touched each
     * of them, once per field of every release merged (docs/adr/0095).
     */
    static final class Obj {
        private static final int INDEXED = 32;
        private String[] names = new String[4];
        private int[] hashes = new int[4];
        private Object[] values = new Object[4];
        private int size;
        /** By name, once the object has more than {@link #INDEXED} fields. */
        private Map<String, Integer> index;
        boolean live;

        int size() {
            return size;
        }

        String name(int i) {
            return names[i];
        }

        Object value(int i) {
            return values[i];
        }

        /** Where the field of that name (and {@code hashCode()}) is, or -1. */
        int indexOf(String name, int hash) {
            if (index != null) {
                Integer at = index.get(name);
                return at == null ? -1 : at;
            }
            for (int i = 0; i < size; i++) {
                if (hashes[i] == hash && (names[i] == name || names[i].equals(name))) {
                    return i;
                }
            }
            return -1;
        }

        Object get(String name) {
            int at = indexOf(name, name.hashCode());
            return at < 0 ? null : values[at];
        }

        void put(String name, Object value) {
            set(indexOf(name, name.hashCode()), name, name.hashCode(), value);
        }

        /** Sets the value at {@code at} ({@link #indexOf}), or adds the field if {@code at} is -1. */
        void set(int at, String name, int hash, Object value) {
            if (at >= 0) {
                values[at] = value;
                return;
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            hashes[size] = hash;
            values[size] = value;
            if (index != null) {
                index.put(name, size);
            } else if (size == INDEXED) {
                index = new HashMap<>();
                for (int i = 0; i <= size; i++) {
                    index.put(names[i], i);
                }
            }
            size++;
        }
    }

    /** An array merged by identifier: objects by the string form of their {@code id}, as ocdsmerge matches them. */
    static final class Arr {
        final ArrayList<Obj> items = new ArrayList<>();
        final Map<String, Obj> byId = new HashMap<>();
        boolean live;
    }

    private static final String NULL_ID = "\u0000null";
    private static final int ROOT = 0;
    private static final int PLAIN = 1;
    private static final int ITEM = 2;

    final Obj root = new Obj();
    private final MergeRules rules;

    MergeTree(MergeRules rules) {
        this.rules = rules;
        root.live = true;
    }

    /** Merges one more release; it must not be dated earlier than those merged before. */
    final void add(JsonNode release) {
        beforeRelease(release);
        mergeObject(root, release, rules, ROOT);
    }

    /** Fields of the release that are metadata of the release, not data to merge (besides omitWhenMerged). */
    abstract boolean skipAtRoot(String field);

    abstract void beforeRelease(JsonNode release);

    /**
     * Sets a literal (a whole value) at {@code field}, which is at {@code at} in {@code target} ({@link Obj#indexOf},
     * -1 if absent); the field is absent or holds a leaf or a dead container.
     */
    abstract void putLeaf(Obj target, int at, String field, int hash, Object existing, JsonNode value);

    /** Whether a leaf may give way to an object or array from a later release (ocdsmerge drops a null path). */
    abstract boolean yieldsToContainer(Object leaf);

    abstract void writeLeaf(JsonGenerator out, String field, Object leaf);

    /**
     * The leaf a value of this tree's own output stands for, or {@code null} if the value is an object or array
     * the tree merges into. Used to take back a written tree ({@link #seed}).
     */
    abstract Object writtenLeaf(JsonNode value, MergeRules fieldRules);

    /**
     * Takes back the state this kind of tree wrote as {@code written}, so that releases dated no earlier than the
     * last one merged can be added to it as if it had merged them all. What the output does not show (fields
     * set to null, objects that only ever received empty input) does not change what later releases give.
     */
    final void seed(JsonNode written) {
        seedObject(root, written, rules, ROOT);
    }

    private void seedObject(Obj target, JsonNode written, MergeRules rules, int mode) {
        for (Map.Entry<String, JsonNode> property : written.properties()) {
            String field = property.getKey();
            JsonNode value = property.getValue();
            if (mode == ROOT && skipAtRoot(field)) {
                continue;
            }
            if (mode == ITEM && field.equals("id")) {
                target.put("id", value);
                continue;
            }
            MergeRules fieldRules = rules.child(field);
            Object leaf = writtenLeaf(value, fieldRules);
            if (leaf != null || !value.isContainer()) {
                target.put(field, leaf != null ? leaf : value);
            } else if (value.isObject()) {
                Obj child = new Obj();
                seedObject(child, value, fieldRules, PLAIN);
                target.put(field, child);
            } else {
                Arr array = new Arr();
                for (JsonNode item : value) {
                    Obj obj = new Obj();
                    seedObject(obj, item, fieldRules, ITEM);
                    JsonNode id = item.get("id");
                    if (id != null) {
                        array.byId.put(id.isNull() ? NULL_ID : id.asString(), obj);
                    }
                    array.items.add(obj);
                }
                array.live = true;
                target.put(field, array);
            }
        }
        target.live = true;
    }

    /** Whether a value is merged as a whole wherever it appears ({@link #isLiteral}), for the trees' seeds. */
    static boolean mergedAsWhole(JsonNode value, MergeRules fieldRules) {
        return fieldRules.wholeList || isLiteral(value) || value.isArray() && value.isEmpty();
    }

    private boolean mergeObject(Obj target, JsonNode input, MergeRules rules, int mode) {
        boolean produced = false;
        for (Map.Entry<String, JsonNode> property : input.properties()) {
            String field = property.getKey();
            if (mode == ROOT && skipAtRoot(field) || mode == ITEM && field.equals("id")) {
                continue;
            }
            // A field read by Utf8Tree carries its name's hash: the look-ups below need not touch the name.
            int hash = property instanceof Utf8Tree.Field read ? read.hash : field.hashCode();
            MergeRules fieldRules = rules.child(field, hash);
            if (fieldRules.omit) {
                continue;
            }
            JsonNode value = property.getValue();
            if (fieldRules.wholeList || isLiteral(value)) {
                int at = target.indexOf(field, hash);
                Object existing = at < 0 ? null : target.value(at);
                // A literal arriving where an object already showed is lost in ocdsmerge's unflatten: ignore it.
                if (!isLive(existing)) {
                    putLeaf(target, at, field, hash, existing, value);
                }
                produced = true;
            } else if (value instanceof ObjectNode object) {
                if (!object.isEmpty()) {
                    produced |= mergeChildObject(target, field, hash, object, fieldRules);
                }
            } else if (!value.isEmpty()) {
                produced |= mergeChildArray(target, field, hash, value, fieldRules);
            }
        }
        if (produced) {
            target.live = true;
        }
        return produced;
    }

    /** The object or array at {@code field}, made if absent or if what is there may give way to it. */
    private <T> T child(Obj target, String field, int hash, Class<T> type, Supplier<T> fresh) {
        int at = target.indexOf(field, hash);
        Object existing = at < 0 ? null : target.value(at);
        if (type.isInstance(existing)) {
            return type.cast(existing);
        }
        if (!replaceable(existing)) {
            throw inconsistent(field);
        }
        T child = fresh.get();
        target.set(at, field, hash, child);
        return child;
    }

    private boolean mergeChildObject(Obj target, String field, int hash, JsonNode value, MergeRules rules) {
        return mergeObject(child(target, field, hash, Obj.class, Obj::new), value, rules, PLAIN);
    }

    private boolean mergeChildArray(Obj target, String field, int hash, JsonNode value, MergeRules rules) {
        Arr array = child(target, field, hash, Arr.class, Arr::new);
        boolean produced = false;
        for (JsonNode item : value) {
            if (item.isEmpty()) {
                continue;
            }
            JsonNode id = item.get("id");
            if (id == null) {
                Obj obj = new Obj();
                if (mergeObject(obj, item, rules, ITEM)) {
                    array.items.add(obj);
                    produced = true;
                }
                continue;
            }
            String key = id.isNull() ? NULL_ID : id.asString();
            Obj obj = array.byId.get(key);
            if (obj == null) {
                obj = new Obj();
                if (!id.isNull()) {
                    obj.put("id", id);
                }
                array.byId.put(key, obj);
                array.items.add(obj);
            }
            obj.live = true;
            produced = true;
            mergeObject(obj, item, rules, ITEM);
        }
        if (produced) {
            array.live = true;
        }
        return produced;
    }

    private boolean replaceable(Object existing) {
        return existing == null || existing instanceof Obj || existing instanceof Arr ? !isLive(existing)
                : yieldsToContainer(existing);
    }

    private static boolean isLive(Object node) {
        return node instanceof Obj obj ? obj.live : node instanceof Arr arr && arr.live;
    }

    /**
     * A value merged as a whole: not an object or array, or an array holding anything but objects. Asked of every
     * field of every release: type tests, where {@code isContainer()} and {@code isObject()} were calls through a
     * site that sees every kind of node.
     */
    private static boolean isLiteral(JsonNode value) {
        if (value instanceof ArrayNode array) {
            for (int i = 0, n = array.size(); i < n; i++) {
                if (!(array.get(i) instanceof ObjectNode)) {
                    return true;
                }
            }
            return false;
        }
        return !(value instanceof ObjectNode);
    }

    private OcdsDataException inconsistent(String field) {
        JsonNode ocid = root.get("ocid") instanceof JsonNode node ? node : null;
        return new OcdsDataException("contracting.ocds.inconsistentType", ocid == null ? "?" : ocid.asString(), field);
    }

    /** The ids of the live items of the root's {@code awards} array, as they would be written. */
    final java.util.Set<String> awardIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        if (root.get("awards") instanceof Arr awards && awards.live) {
            for (Obj item : awards.items) {
                if (item.live) {
                    ids.add(item.get("id") instanceof JsonNode id && !id.isNull() ? id.asString("") : "");
                }
            }
        }
        return ids;
    }

    /** Whether the generator being written to takes strings as their bytes ({@link OcdsJson#rawStrings}). */
    boolean rawStrings;
    /** Whether the generator being written to neither pretty-prints nor escapes more than JSON requires. */
    boolean plainOutput;

    final void write(JsonGenerator out) {
        // Asked once per tree, not once per leaf (thousands per record).
        rawStrings = OcdsJson.rawStrings(out);
        plainOutput = out.getPrettyPrinter() == null && out.getCharacterEscapes() == null;
        writeObj(out, root);
    }

    private void writeObj(JsonGenerator out, Obj obj) {
        out.writeStartObject();
        for (int i = 0; i < obj.size(); i++) {
            Object value = obj.value(i);
            if (value instanceof Obj child) {
                if (child.live) {
                    OcdsJson.writeName(out, obj.name(i), rawStrings);
                    writeObj(out, child);
                }
            } else if (value instanceof Arr array) {
                if (array.live) {
                    OcdsJson.writeName(out, obj.name(i), rawStrings);
                    out.writeStartArray();
                    for (Obj item : array.items) {
                        if (item.live) {
                            writeObj(out, item);
                        }
                    }
                    out.writeEndArray();
                }
            } else {
                writeLeaf(out, obj.name(i), value);
            }
        }
        out.writeEndObject();
    }
}
