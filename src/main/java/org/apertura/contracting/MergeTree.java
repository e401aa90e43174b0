package org.apertura.contracting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A compiled or versioned release being merged, one release at a time, in date order. The tree mirrors the
 * reference implementation (ocdsmerge), which flattens each release to {path: value} with array positions
 * replaced by object ids, overlays them and unflattens: objects merge field by field, arrays of objects merge by
 * {@code id} (objects without one are appended), and literals, arrays of non-objects and whole-list arrays are
 * leaves. A node only shows once something reached it (ocdsmerge creates no path for {@code {}} or {@code []}).
 * Leaves are the release's own immutable {@link JsonNode}s: merging copies nothing.
 *
 * <p>A release is merged either from its tree ({@link #add}) or straight from a parser's tokens into several trees
 * at once ({@link #addStreamed}), building no tree of the release: only its leaves become nodes. Both give the
 * same state; what the streamed merge cannot take exactly as the tree merge would, it refuses ({@link NeedsTree}).
 */
abstract class MergeTree {

    /** An object of the merged release, fields in first-seen order. */
    static final class Obj {
        final LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        boolean live;
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

    /** As {@link #beforeRelease}, for a streamed release: only its ocid and date are known before its fields. */
    abstract void beforeStreamed(JsonNode ocid, JsonNode date);

    /** A streamed release ended: its own {@code id}, {@code date} and {@code tag} (null if absent). */
    abstract void afterStreamed(JsonNode id, JsonNode date, JsonNode tag);

    /** Sets a literal (a whole value) at {@code field}; the field is absent or holds a leaf or a dead container. */
    abstract void putLeaf(Obj target, String field, Object existing, JsonNode value);

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
                target.fields.put("id", value);
                continue;
            }
            MergeRules fieldRules = rules.child(field);
            Object leaf = writtenLeaf(value, fieldRules);
            if (leaf != null || !value.isContainer()) {
                target.fields.put(field, leaf != null ? leaf : value);
            } else if (value.isObject()) {
                Obj child = new Obj();
                seedObject(child, value, fieldRules, PLAIN);
                target.fields.put(field, child);
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
                target.fields.put(field, array);
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
            MergeRules fieldRules = rules.child(field);
            if (!fieldRules.omit) {
                produced |= mergeField(target, field, property.getValue(), fieldRules);
            }
        }
        if (produced) {
            target.live = true;
        }
        return produced;
    }

    /** Merges one field's value (a tree) into {@code target}; whether it produced anything. */
    private boolean mergeField(Obj target, String field, JsonNode value, MergeRules fieldRules) {
        if (fieldRules.wholeList || isLiteral(value)) {
            putLiteral(target, field, value);
            return true;
        }
        if (value.isEmpty()) {
            return false;
        }
        return value.isObject() ? mergeChildObject(target, field, value, fieldRules)
                : mergeChildArray(target, field, value, fieldRules);
    }

    private void putLiteral(Obj target, String field, JsonNode value) {
        Object existing = target.fields.get(field);
        // A literal arriving where an object already showed is lost in ocdsmerge's unflatten: ignore it.
        if (!isLive(existing)) {
            putLeaf(target, field, existing, value);
        }
    }

    /**
     * A release the streamed merge cannot merge exactly as the tree merge would (an array mixing objects and other
     * values, which is merged whole, seen only after its objects were merged; an id that is not a plain value).
     * The trees it was merging into are then unusable: the caller merges all the process's releases again from
     * their trees. Without a stack trace: it is an answer, not an error.
     */
    static final class NeedsTree extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NeedsTree() {
            super("This release needs the tree merge", null, false, false);
        }
    }

    private static final NeedsTree NEEDS_TREE = new NeedsTree();

    /**
     * The release's own fields, which the trees treat apart at the root ({@link #skipAtRoot}, the versioned
     * release's stamp): read whole, a few small values.
     */
    private static final Set<String> OWN_FIELDS = Set.of("id", "date", "tag", "ocid");

    /**
     * Merges one release into each tree at once, from a parser at the release's opening brace, as {@link #add}
     * with the release's tree would merge it into each: every leaf becomes a node once and is shared by the trees;
     * objects and arrays of objects are merged as they stream by. The parser should refuse duplicate names (the
     * tree keeps the last, the stream would merge both). The trees must share their rules and be of one ocid.
     *
     * @throws NeedsTree if the release must be merged from its tree (see there)
     */
    static void addStreamed(MergeTree[] trees, JsonParser parser, JsonNode ocid, JsonNode date) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw NEEDS_TREE;
        }
        Obj[] roots = new Obj[trees.length];
        for (int i = 0; i < trees.length; i++) {
            trees[i].beforeStreamed(ocid, date);
            roots[i] = trees[i].root;
        }
        JsonNode[] own = new JsonNode[3];
        parser.nextToken();
        streamObject(trees, roots, parser, trees[0].rules, ROOT, own);
        for (MergeTree tree : trees) {
            tree.afterStreamed(own[0], own[1], own[2]);
        }
    }

    /** {@link #mergeObject} from the parser, which is at the object's first name (or its end); ends at its end. */
    private static boolean streamObject(MergeTree[] trees, Obj[] targets, JsonParser parser, MergeRules rules,
            int mode, JsonNode[] own) {
        boolean produced = false;
        for (JsonToken token = parser.currentToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            MergeRules fieldRules = rules.child(field);
            if (mode == ROOT && OWN_FIELDS.contains(field)) {
                JsonNode node = value(parser);
                switch (field) {
                    case "id" -> own[0] = node;
                    case "date" -> own[1] = node;
                    case "tag" -> own[2] = node;
                    default -> { }
                }
                for (int i = 0; i < trees.length; i++) {
                    if (!trees[i].skipAtRoot(field) && !fieldRules.omit) {
                        trees[i].mergeField(targets[i], field, node, fieldRules);
                    }
                }
                continue;
            }
            if (mode == ITEM && field.equals("id") || fieldRules.omit) {
                parser.skipChildren();
                continue;
            }
            if (fieldRules.wholeList) {
                putLiteral(trees, targets, field, value(parser));
                produced = true;
            } else if (value == JsonToken.START_OBJECT) {
                if (parser.nextToken() != JsonToken.END_OBJECT) {
                    Obj[] children = new Obj[trees.length];
                    for (int i = 0; i < trees.length; i++) {
                        children[i] = trees[i].child(targets[i], field, Obj.class, Obj::new);
                    }
                    produced |= streamObject(trees, children, parser, fieldRules, PLAIN, null);
                }
            } else if (value == JsonToken.START_ARRAY) {
                produced |= streamArray(trees, targets, field, parser, fieldRules);
            } else {
                putLiteral(trees, targets, field, value(parser));
                produced = true;
            }
        }
        if (produced) {
            for (Obj target : targets) {
                target.live = true;
            }
        }
        return produced;
    }

    /**
     * An array, from the parser at its opening bracket: empty, it merges nothing; holding anything but objects, it
     * is a literal; holding objects, they merge by id ({@link #mergeChildArray}).
     */
    private static boolean streamArray(MergeTree[] trees, Obj[] targets, String field, JsonParser parser,
            MergeRules rules) {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.END_ARRAY) {
            return false;
        }
        if (first != JsonToken.START_OBJECT) {
            ArrayNode literal = JsonNodeFactory.instance.arrayNode();
            for (JsonToken token = first; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                literal.add(value(parser));
            }
            putLiteral(trees, targets, field, literal);
            return true;
        }
        Arr[] arrays = new Arr[trees.length];
        for (int i = 0; i < trees.length; i++) {
            arrays[i] = trees[i].child(targets[i], field, Arr.class, Arr::new);
        }
        boolean produced = false;
        for (JsonToken token = first; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                throw NEEDS_TREE;
            }
            produced |= streamItem(trees, arrays, parser, rules);
        }
        if (produced) {
            for (Arr array : arrays) {
                array.live = true;
            }
        }
        return produced;
    }

    /**
     * {@link #mergeItem} from the parser at the item's opening brace. An item whose first field is its id streams
     * into the item of that id; any other is read whole (its id may come later) and merged from its tree.
     */
    private static boolean streamItem(MergeTree[] trees, Arr[] arrays, JsonParser parser, MergeRules rules) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            return false;
        }
        if (parser.currentName().equals("id")) {
            if (!parser.nextToken().isScalarValue()) {
                throw NEEDS_TREE;
            }
            JsonNode id = value(parser);
            Obj[] items = new Obj[trees.length];
            for (int i = 0; i < trees.length; i++) {
                items[i] = itemWithId(arrays[i], id);
            }
            parser.nextToken();
            streamObject(trees, items, parser, rules, ITEM, null);
            return true;
        }
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        for (; token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            item.set(name, value(parser));
        }
        boolean produced = false;
        for (int i = 0; i < trees.length; i++) {
            produced = trees[i].mergeItem(arrays[i], item, rules);
        }
        return produced;
    }

    private static void putLiteral(MergeTree[] trees, Obj[] targets, String field, JsonNode value) {
        for (int i = 0; i < trees.length; i++) {
            trees[i].putLiteral(targets[i], field, value);
        }
    }

    /**
     * The parser's current value as the mapper's tree would hold it ({@link OcdsJson}: decimals exact as written,
     * integers as the smallest of int, long and big integer that holds them), built directly: the mapper's
     * {@code readTree} costs a deserialization context per call, more than most leaves.
     */
    private static JsonNode value(JsonParser parser) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (parser.currentToken()) {
            case VALUE_STRING -> nodes.stringNode(parser.getString());
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.getInstance();
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                yield array;
            }
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, value(parser));
                }
                yield object;
            }
            default -> parser.readValueAsTree();
        };
    }

    /** The object or array at {@code field}, made if absent or if what is there may give way to it. */
    private <T> T child(Obj target, String field, Class<T> type, Supplier<T> fresh) {
        Object existing = target.fields.get(field);
        if (type.isInstance(existing)) {
            return type.cast(existing);
        }
        if (!replaceable(existing)) {
            throw inconsistent(field);
        }
        T child = fresh.get();
        target.fields.put(field, child);
        return child;
    }

    private boolean mergeChildObject(Obj target, String field, JsonNode value, MergeRules rules) {
        return mergeObject(child(target, field, Obj.class, Obj::new), value, rules, PLAIN);
    }

    private boolean mergeChildArray(Obj target, String field, JsonNode value, MergeRules rules) {
        Arr array = child(target, field, Arr.class, Arr::new);
        boolean produced = false;
        for (JsonNode item : value) {
            produced |= mergeItem(array, item, rules);
        }
        if (produced) {
            array.live = true;
        }
        return produced;
    }

    /** Merges one object of an array merged by identifier: into the item of the same id, else a new one. */
    private boolean mergeItem(Arr array, JsonNode item, MergeRules rules) {
        if (item.isEmpty()) {
            return false;
        }
        JsonNode id = item.get("id");
        if (id == null) {
            Obj obj = new Obj();
            if (mergeObject(obj, item, rules, ITEM)) {
                array.items.add(obj);
                return true;
            }
            return false;
        }
        mergeObject(itemWithId(array, id), item, rules, ITEM);
        return true;
    }

    /** The item of {@code array} with that id, made (and placed last) if there is none yet; it is live. */
    private static Obj itemWithId(Arr array, JsonNode id) {
        String key = id.isNull() ? NULL_ID : id.asString();
        Obj obj = array.byId.get(key);
        if (obj == null) {
            obj = new Obj();
            if (!id.isNull()) {
                obj.fields.put("id", id);
            }
            array.byId.put(key, obj);
            array.items.add(obj);
        }
        obj.live = true;
        return obj;
    }

    private boolean replaceable(Object existing) {
        return existing == null || existing instanceof Obj || existing instanceof Arr ? !isLive(existing)
                : yieldsToContainer(existing);
    }

    private static boolean isLive(Object node) {
        return node instanceof Obj obj ? obj.live : node instanceof Arr arr && arr.live;
    }

    /** A value merged as a whole: not an object or array, or an array holding anything but objects. */
    private static boolean isLiteral(JsonNode value) {
        if (!value.isContainer()) {
            return true;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isObject()) {
                    return true;
                }
            }
        }
        return false;
    }

    private OcdsDataException inconsistent(String field) {
        JsonNode ocid = root.fields.get("ocid") instanceof JsonNode node ? node : null;
        return new OcdsDataException("contracting.ocds.inconsistentType", ocid == null ? "?" : ocid.asString(), field);
    }

    /** The ids of the live items of the root's {@code awards} array, as they would be written. */
    final java.util.Set<String> awardIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        if (root.fields.get("awards") instanceof Arr awards && awards.live) {
            for (Obj item : awards.items) {
                if (item.live) {
                    ids.add(item.fields.get("id") instanceof JsonNode id && !id.isNull() ? id.asString("") : "");
                }
            }
        }
        return ids;
    }

    final void write(JsonGenerator out) {
        writeObj(out, root);
    }

    private void writeObj(JsonGenerator out, Obj obj) {
        out.writeStartObject();
        for (Map.Entry<String, Object> field : obj.fields.entrySet()) {
            Object value = field.getValue();
            if (value instanceof Obj child) {
                if (child.live) {
                    out.writeName(field.getKey());
                    writeObj(out, child);
                }
            } else if (value instanceof Arr array) {
                if (array.live) {
                    out.writeName(field.getKey());
                    out.writeStartArray();
                    for (Obj item : array.items) {
                        if (item.live) {
                            writeObj(out, item);
                        }
                    }
                    out.writeEndArray();
                }
            } else {
                writeLeaf(out, field.getKey(), value);
            }
        }
        out.writeEndObject();
    }
}
