package org.apertura.contracting;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A compiled release: the latest value of each field. A null keeps its place but hides the field, as ocdsmerge
 * keeps the null path and omits it when unflattening.
 */
final class CompiledTree extends MergeTree {

    private static final ArrayNode COMPILED_TAG = JsonNodeFactory.instance.arrayNode().add("compiled");

    CompiledTree(MergeRules rules) {
        super(rules);
        // The reference implementation's key order: tag, id, date, ocid, then the data.
        root.put("tag", COMPILED_TAG);
        root.put("id", NullNode.getInstance());
        root.put("date", NullNode.getInstance());
        root.put("ocid", NullNode.getInstance());
    }

    /**
     * The compiled release as a tree, equal to what {@link #write} writes, without writing and reading it: its
     * leaves are the releases' own nodes, so it is for reading only.
     */
    ObjectNode toNode() {
        return toNode(root);
    }

    private static ObjectNode toNode(Obj obj) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < obj.size(); i++) {
            String name = obj.name(i);
            Object value = obj.value(i);
            if (value instanceof Obj child) {
                if (child.live) {
                    node.set(name, toNode(child));
                }
            } else if (value instanceof Arr array) {
                if (array.live) {
                    ArrayNode items = node.putArray(name);
                    for (Obj item : array.items) {
                        if (item.live) {
                            items.add(toNode(item));
                        }
                    }
                }
            } else if (!((JsonNode) value).isNull()) {
                node.set(name, (JsonNode) value);
            }
        }
        return node;
    }

    @Override
    boolean skipAtRoot(String field) {
        return field.equals("tag");
    }

    @Override
    void beforeRelease(JsonNode release) {
        JsonNode ocid = release.path("ocid");
        JsonNode date = release.path("date");
        root.put("id", JsonNodeFactory.instance.stringNode(ocid.asString() + "-" + date.asString()));
        root.put("date", date);
        root.put("ocid", ocid);
    }

    @Override
    void putLeaf(Obj target, int at, String field, int hash, Object existing, JsonNode value) {
        target.set(at, field, hash, value);
    }

    @Override
    Object writtenLeaf(JsonNode value, MergeRules fieldRules) {
        return mergedAsWhole(value, fieldRules) ? value : null;
    }

    @Override
    boolean yieldsToContainer(Object leaf) {
        return ((JsonNode) leaf).isNull();
    }

    @Override
    void writeLeaf(JsonGenerator out, String field, Object leaf) {
        JsonNode value = (JsonNode) leaf;
        if (!value.isNull()) {
            OcdsJson.writeName(out, field, rawStrings);
            OcdsJson.write(out, value, rawStrings);
        }
    }
}
