package org.apertura.contracting;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.json.UTF8JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper of the module: decimals stay exact (amounts of money), as written by the publisher, and the
 * caller's streams stay open (the caller opened them).
 */
final class OcdsJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /**
     * Property names encoded once ({@link #writeName}): the merge writes every name of a record again for its
     * compiled and its versioned release, and encoding a {@code String} name each time was about 6 % of the
     * compile's CPU. Bounded, as the names come from the input.
     */
    private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();
    private static final int NAMES_MAX = 4096;

    private OcdsJson() {
    }

    /**
     * Writes a property name; for a generator that takes strings as raw bytes ({@link #rawStrings}) its quoted
     * UTF-8 bytes are made once and copied, which is what the generator would write for the name.
     */
    static void writeName(JsonGenerator out, String name, boolean rawStrings) {
        SerializedString encoded = rawStrings ? NAMES.get(name) : null;
        if (encoded == null && rawStrings && NAMES.size() < NAMES_MAX) {
            encoded = NAMES.computeIfAbsent(name, n -> printableAscii(n) ? new SerializedString(n) : AS_STRING);
        }
        if (encoded != null && encoded != AS_STRING) {
            out.writeName(encoded);
        } else {
            out.writeName(name);
        }
    }

    /** A name kept as its {@code String}: it has a character that is escaped, or beyond ASCII (written as it was). */
    private static final SerializedString AS_STRING = new SerializedString("");

    private static boolean printableAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes a node as {@code out.writeTree} does, without going through the mapper's serializers for each node
     * (the merge writes thousands of small leaves per record: the serializer lookup dominated the compile).
     */
    static void write(JsonGenerator out, JsonNode node) {
        write(out, node, rawStrings(out));
    }

    /**
     * Whether strings read by {@link Utf8Tree} can go out as the bytes they were read from: a UTF-8 generator that
     * escapes only what JSON requires writes exactly those bytes.
     */
    static boolean rawStrings(JsonGenerator out) {
        return out instanceof UTF8JsonGenerator utf8 && utf8.getCharacterEscapes() == null
                && utf8.getHighestNonEscapedChar() == 0
                && !utf8.isEnabled(JsonWriteFeature.ESCAPE_FORWARD_SLASHES);
    }

    /** {@link #write(JsonGenerator, JsonNode)}, told whether the generator takes strings as raw bytes. */
    static void write(JsonGenerator out, JsonNode node, boolean rawStrings) {
        switch (node.getNodeType()) {
            case STRING -> {
                if (!(rawStrings && Utf8Tree.writeRaw(out, node))) {
                    out.writeString(node.stringValue());
                }
            }
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> out.writeNumber(node.intValue());
                    case LONG -> out.writeNumber(node.longValue());
                    case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
                    case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
                    case FLOAT -> out.writeNumber(node.floatValue());
                    default -> out.writeNumber(node.doubleValue());
                }
            }
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            case OBJECT -> {
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    writeName(out, field.getKey(), rawStrings);
                    write(out, field.getValue(), rawStrings);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode item : node) {
                    write(out, item, rawStrings);
                }
                out.writeEndArray();
            }
            default -> out.writeTree(node);
        }
    }
}
