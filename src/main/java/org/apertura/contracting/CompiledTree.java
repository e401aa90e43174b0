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
        root.fields.put("tag", COMPILED_TAG);
        root.fields.put("id", NullNode.getInstance());
        root.fields.put("date", NullNode.getInstance());
        root.fields.put("ocid", NullNode.getInstance());
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
        for (java.util.Map.Entry<String, Object> field : obj.fields.entrySet()) {
            Object value = field.getValue();
            if (value instanceof Obj child) {
                if (child.live) {
                    node.set(field.getKey(), toNode(child));
                }
            } else if (value instanceof Arr array) {
                if (array.live) {
                    ArrayNode items = node.putArray(field.getKey());
                    for (Obj item : array.items) {
                        if (item.live) {
                            items.add(toNode(item));
                        }
                    }
                }
            } else if (!((JsonNode) value).isNull()) {
                node.set(field.getKey(), (JsonNode) value);
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
        root.fields.put("id", JsonNodeFactory.instance.stringNode(ocid.asString() + "-" + date.asString()));
        root.fields.put("date", date);
        root.fields.put("ocid", ocid);
    }

    @Override
    void putLeaf(Obj target, String field, Object existing, JsonNode value) {
        target.fields.put(field, value);
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
            out.writeName(field);
            OcdsJson.write(out, value, rawStrings);
        }
    }
}
