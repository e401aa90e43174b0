package org.apertura.contracting;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
    private record Version(Stamp stamp, JsonNode value) {
    }

    /**
     * The release a version comes from: its id, date and tag, shared by every version it set, with those three
     * fields encoded once ({@code "releaseID":…,"releaseDate":…,"releaseTag":…,}), so a record's thousands of
     * versions do not encode the same three values again each.
     */
    private record Stamp(JsonNode releaseId, JsonNode releaseDate, JsonNode releaseTag, SerializedString encoded) {

        static Stamp of(JsonNode releaseId, JsonNode releaseDate, JsonNode releaseTag) {
            StringWriter text = new StringWriter(128);
            try (JsonGenerator out = OcdsJson.MAPPER.createGenerator(text)) {
                out.writeStartObject();
                writeFields(out, releaseId, releaseDate, releaseTag);
                out.writeEndObject();
            }
            String object = text.toString();
            return new Stamp(releaseId, releaseDate, releaseTag,
                    new SerializedString(object.substring(1, object.length() - 1) + ","));
        }

        void writeFields(JsonGenerator out) {
            writeFields(out, releaseId, releaseDate, releaseTag);
        }

        private static void writeFields(JsonGenerator out, JsonNode id, JsonNode date, JsonNode tag) {
            out.writeName(RELEASE_ID);
            OcdsJson.write(out, id);
            out.writeName(RELEASE_DATE);
            OcdsJson.write(out, date);
            out.writeName(RELEASE_TAG);
            OcdsJson.write(out, tag);
        }

        boolean same(JsonNode id, JsonNode date, JsonNode tag) {
            return releaseId.equals(id) && releaseDate.equals(date) && releaseTag.equals(tag);
        }
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

    private Stamp stamp;
    /** The stamps a seed made, by release id, so the versions a release set share one when taken back. */
    private final Map<JsonNode, Stamp> seeded = new HashMap<>();

    VersionedTree(MergeRules rules) {
        super(rules);
        root.put("ocid", NullNode.getInstance());
    }

    @Override
    boolean skipAtRoot(String field) {
        return field.equals("ocid") || field.equals("tag");
    }

    @Override
    void beforeRelease(JsonNode release) {
        root.put("ocid", release.path("ocid"));
        stamp = Stamp.of(orNull(release.get("id")), orNull(release.get("date")), orNull(release.get("tag")));
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }

    @Override
    void putLeaf(Obj target, int at, String field, int hash, Object existing, JsonNode value) {
        History history;
        if (existing instanceof History h) {
            if (h.get(h.size() - 1).value().equals(SAME_VALUE, value)) {
                return;
            }
            history = h;
        } else {
            history = new History();
            target.set(at, field, hash, history);
        }
        history.add(new Version(stamp, value));
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
            JsonNode id = entry.get("releaseID");
            JsonNode date = entry.get("releaseDate");
            JsonNode tag = entry.get("releaseTag");
            Stamp known = seeded.get(id);
            if (known == null || !known.same(id, date, tag)) {
                known = Stamp.of(id, date, tag);
                seeded.putIfAbsent(id, known);
            }
            history.add(new Version(known, entry.get("value")));
        }
        return history;
    }

    @Override
    boolean yieldsToContainer(Object leaf) {
        return false;
    }

    @Override
    void writeLeaf(JsonGenerator out, String field, Object leaf) {
        OcdsJson.writeName(out, field, rawStrings);
        if (leaf instanceof History history) {
            // The stamp's encoded fields go out as they are, unless the generator formats its output its own way.
            boolean raw = plainOutput;
            out.writeStartArray();
            for (Version version : history) {
                out.writeStartObject();
                if (raw) {
                    // Written raw, the fields leave the object's context at its start: "value" gets no comma.
                    out.writeRaw(version.stamp().encoded());
                } else {
                    version.stamp().writeFields(out);
                }
                out.writeName(VALUE);
                OcdsJson.write(out, version.value(), rawStrings);
                out.writeEndObject();
            }
            out.writeEndArray();
        } else {
            OcdsJson.write(out, (JsonNode) leaf, rawStrings);
        }
    }
}
