package org.apertura.contracting;

import java.util.ArrayList;
import java.util.Comparator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * A versioned release: each field's history as {releaseID, releaseDate, releaseTag, value}, a new entry only when
 * the value changes. {@code ocid} and the {@code id} of objects in arrays stay plain values.
 */
final class VersionedTree extends MergeTree {

    /** One value of a field and the release that set it; the release's nodes are shared, not copied. */
    private record Version(JsonNode releaseId, JsonNode releaseDate, JsonNode releaseTag, JsonNode value) {
    }

    private static final class History extends ArrayList<Version> {
        History() {
            super(2);
        }
    }

    /** Values compare as ocdsmerge's Python does: numbers by value ({@code 100 == 100.0}), the rest exactly. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    /** The names of a version's fields, encoded once. */
    private static final SerializedString RELEASE_ID = new SerializedString("releaseID");
    private static final SerializedString RELEASE_DATE = new SerializedString("releaseDate");
    private static final SerializedString RELEASE_TAG = new SerializedString("releaseTag");
    private static final SerializedString VALUE = new SerializedString("value");

    private JsonNode releaseId;
    private JsonNode releaseDate;
    private JsonNode releaseTag;

    VersionedTree(MergeRules rules) {
        super(rules);
        root.fields.put("ocid", NullNode.getInstance());
    }

    @Override
    boolean skipAtRoot(String field) {
        return field.equals("ocid") || field.equals("tag");
    }

    @Override
    void beforeRelease(JsonNode release) {
        root.fields.put("ocid", release.path("ocid"));
        releaseId = orNull(release.get("id"));
        releaseDate = orNull(release.get("date"));
        releaseTag = orNull(release.get("tag"));
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }

    @Override
    void putLeaf(Obj target, String field, Object existing, JsonNode value) {
        History history;
        if (existing instanceof History h) {
            if (h.get(h.size() - 1).value().equals(SAME_VALUE, value)) {
                return;
            }
            history = h;
        } else {
            history = new History();
            target.fields.put(field, history);
        }
        history.add(new Version(releaseId, releaseDate, releaseTag, value));
    }

    /** A written history: a non-empty array of {releaseID, releaseDate, releaseTag, value} objects. */
    @Override
    Object writtenLeaf(JsonNode value, MergeRules fieldRules) {
        if (!value.isArray() || value.isEmpty()) {
            return null;
        }
        History history = new History();
        for (JsonNode entry : value) {
            if (!entry.isObject() || entry.size() != 4 || !entry.has("releaseID") || !entry.has("releaseDate")
                    || !entry.has("releaseTag") || !entry.has("value")) {
                return null;
            }
            history.add(new Version(entry.get("releaseID"), entry.get("releaseDate"), entry.get("releaseTag"),
                    entry.get("value")));
        }
        return history;
    }

    @Override
    boolean yieldsToContainer(Object leaf) {
        return false;
    }

    @Override
    void writeLeaf(JsonGenerator out, String field, Object leaf) {
        out.writeName(field);
        if (leaf instanceof History history) {
            out.writeStartArray();
            for (Version version : history) {
                out.writeStartObject();
                out.writeName(RELEASE_ID);
                OcdsJson.write(out, version.releaseId());
                out.writeName(RELEASE_DATE);
                OcdsJson.write(out, version.releaseDate());
                out.writeName(RELEASE_TAG);
                OcdsJson.write(out, version.releaseTag());
                out.writeName(VALUE);
                OcdsJson.write(out, version.value());
                out.writeEndObject();
            }
            out.writeEndArray();
        } else {
            OcdsJson.write(out, (JsonNode) leaf);
        }
    }
}
