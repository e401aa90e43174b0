package org.apertura.contracting;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;

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
            out.writeTree(value);
        }
    }
}
