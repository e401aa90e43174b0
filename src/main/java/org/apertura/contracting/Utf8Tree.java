package org.apertura.contracting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reads compact UTF-8 JSON into the very tree {@code OcdsJson.MAPPER.readTree} gives, keeping each string's bytes
 * as they were read (ADR 0042): a string without escapes is written back by copying those bytes, which is what
 * Jackson's UTF-8 generator writes for it, so the compile neither encodes the text again nor, with its own scan,
 * decodes it twice. Only plain JSON is read here; anything else (escapes in a name, nesting deeper than
 * {@link #MAX_DEPTH}, invalid UTF-8, a number or literal Jackson would refuse, trailing content…) is handed to
 * Jackson whole, so errors and edge cases stay exactly Jackson's.
 */
final class Utf8Tree {

    /** A string read from UTF-8 bytes that need no escaping: written back as those bytes. */
    static final class Utf8String extends StringNode {
        private final transient byte[] utf8;
        private final transient int offset;
        private final transient int length;

        Utf8String(String value, byte[] utf8, int offset, int length) {
            super(value);
            this.utf8 = utf8;
            this.offset = offset;
            this.length = length;
        }

        void writeTo(JsonGenerator out) {
            out.writeRawUTF8String(utf8, offset, length);
        }
    }

    /** Not plain JSON of the kind read here: Jackson reads it instead. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();
    private static final int MAX_DEPTH = 200;
    private static final int MAX_NUMBER = 100;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ThreadLocal<Seen> NAMES = ThreadLocal.withInitial(Seen::new);
    private static final ThreadLocal<Seen> STRINGS = ThreadLocal.withInitial(Seen::new);

    /**
     * Values read lately on this thread (property names, short strings), by their bytes, so each is made once: an
     * open-addressed table probed a few slots from the bytes' hash, emptied when half full. A release's names, and
     * most of its strings (a process's releases repeat its parties, items and texts), are found here instead of
     * being decoded and allocated again (ADR 0075). Entries keep copies of their bytes, never a release's array.
     */
    private static final class Seen {
        static final int SIZE = 4096;
        static final int PROBES = 8;
        final Object[] items = new Object[SIZE];
        final byte[][] bytes = new byte[SIZE][];
        final int[] hashes = new int[SIZE];
        int used;

        /** The slot holding these bytes ({@code >= 0}), or {@code -1 - slot} of a free slot, or MIN_VALUE. */
        int find(byte[] json, int start, int length, int hash) {
            int slot = (hash ^ hash >>> 12) & (SIZE - 1);
            for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (SIZE - 1)) {
                byte[] known = bytes[slot];
                if (known == null) {
                    if (used >= SIZE / 2) {
                        Arrays.fill(items, null);
                        Arrays.fill(bytes, null);
                        used = 0;
                    }
                    return -1 - slot;
                }
                if (hashes[slot] == hash && same(known, json, start, length)) {
                    return slot;
                }
            }
            return Integer.MIN_VALUE; // crowded: not kept
        }

        byte[] put(int found, byte[] copy, int hash, Object item) {
            if (found != Integer.MIN_VALUE) {
                int slot = -1 - found;
                bytes[slot] = copy;
                items[slot] = item;
                hashes[slot] = hash;
                used++;
            }
            return copy;
        }

        private static boolean same(byte[] known, byte[] json, int start, int length) {
            if (known.length != length) {
                return false;
            }
            if (length > 16) {
                return Arrays.equals(known, 0, length, json, start, start + length);
            }
            for (int i = 0; i < length; i++) {
                if (known[i] != json[start + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Strings longer than this (paragraphs of text) are not looked up in {@link Seen}. */
    private static final int SEEN_MAX = 256;

    private final byte[] json;
    private final Seen names;
    private final Seen strings;
    private int pos;
    private int depth;

    private Utf8Tree(byte[] json) {
        this.json = json;
        this.names = NAMES.get();
        this.strings = STRINGS.get();
    }

    /** The tree of {@code json}, as {@code OcdsJson.MAPPER.readTree(json)} reads it. */
    static JsonNode read(byte[] json) {
        try {
            Utf8Tree reader = new Utf8Tree(json);
            JsonNode tree = reader.value();
            reader.skipSpace();
            if (reader.pos != json.length) {
                throw NOT_PLAIN;
            }
            return tree;
        } catch (NotPlain | ArrayIndexOutOfBoundsException | NumberFormatException e) {
            return OcdsJson.MAPPER.readTree(json);
        }
    }

    /** Writes a string leaf: its bytes as read, or through the generator if it was not read here. */
    static boolean writeRaw(JsonGenerator out, JsonNode node) {
        if (node instanceof Utf8String raw) {
            raw.writeTo(out);
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < json.length) {
            byte b = json[pos];
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                pos++;
            } else {
                return;
            }
        }
    }

    private JsonNode value() {
        skipSpace();
        byte b = json[pos];
        switch (b) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                literal("true");
                return BooleanNode.TRUE;
            case 'f':
                literal("false");
                return BooleanNode.FALSE;
            case 'n':
                literal("null");
                return NullNode.getInstance();
            default:
                return number();
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (json[pos + i] != word.charAt(i)) {
                throw NOT_PLAIN;
            }
        }
        pos += word.length();
        // "truex" is not a literal followed by something: Jackson words it its own way.
        if (pos < json.length && Character.isLetterOrDigit(json[pos])) {
            throw NOT_PLAIN;
        }
    }

    private ObjectNode object() {
        if (++depth > MAX_DEPTH) {
            throw NOT_PLAIN;
        }
        pos++;
        ObjectNode node = NODES.objectNode();
        skipSpace();
        if (json[pos] == '}') {
            pos++;
            depth--;
            return node;
        }
        while (true) {
            skipSpace();
            if (json[pos] != '"') {
                throw NOT_PLAIN;
            }
            String name = name();
            skipSpace();
            if (json[pos++] != ':') {
                throw NOT_PLAIN;
            }
            node.set(name, value());
            skipSpace();
            byte b = json[pos++];
            if (b == '}') {
                depth--;
                return node;
            }
            if (b != ',') {
                throw NOT_PLAIN;
            }
        }
    }

    private ArrayNode array() {
        if (++depth > MAX_DEPTH) {
            throw NOT_PLAIN;
        }
        pos++;
        ArrayNode node = NODES.arrayNode();
        skipSpace();
        if (json[pos] == ']') {
            pos++;
            depth--;
            return node;
        }
        while (true) {
            node.add(value());
            skipSpace();
            byte b = json[pos++];
            if (b == ']') {
                depth--;
                return node;
            }
            if (b != ',') {
                throw NOT_PLAIN;
            }
        }
    }

    /** A property name: plain ASCII without escapes, kept in a small cache so a release's names are not made anew. */
    private String name() {
        int start = ++pos;
        int hash = 0;
        byte b;
        while ((b = json[pos]) != '"') {
            if (b < 0x20 || b == '\\') {
                throw NOT_PLAIN; // non-ASCII (negative), control characters and escapes
            }
            hash = 31 * hash + b;
            pos++;
        }
        int length = pos - start;
        pos++;
        int found = names.find(json, start, length, hash);
        if (found >= 0) {
            return (String) names.items[found];
        }
        String name = new String(json, start, length, StandardCharsets.ISO_8859_1);
        names.put(found, Arrays.copyOfRange(json, start, start + length), hash, name);
        return name;
    }

    private JsonNode string() {
        int start = ++pos;
        boolean ascii = true;
        int hash = 0;
        byte b;
        while ((b = json[pos]) != '"') {
            if (b == '\\') {
                return escapedString(start);
            }
            if (b >= 0 && b < 0x20) {
                throw NOT_PLAIN;
            }
            ascii &= b >= 0;
            hash = 31 * hash + b;
            pos++;
        }
        int length = pos - start;
        pos++;
        int found = Integer.MIN_VALUE;
        if (length <= SEEN_MAX) {
            found = strings.find(json, start, length, hash);
            if (found >= 0) {
                return (Utf8String) strings.items[found];
            }
        }
        String value;
        if (ascii) {
            value = new String(json, start, length, StandardCharsets.ISO_8859_1);
        } else {
            value = new String(json, start, length, StandardCharsets.UTF_8);
            if (value.indexOf('\uFFFD') >= 0) {
                throw NOT_PLAIN; // invalid UTF-8 (or a real U+FFFD): Jackson decides
            }
        }
        if (found == Integer.MIN_VALUE) {
            return new Utf8String(value, json, start, length);
        }
        byte[] copy = Arrays.copyOfRange(json, start, start + length);
        Utf8String node = new Utf8String(value, copy, 0, length);
        strings.put(found, copy, hash, node);
        return node;
    }

    /** A string with escapes: decoded here, written through the generator (which escapes as it must). */
    private JsonNode escapedString(int start) {
        StringBuilder text = new StringBuilder(pos - start + 16);
        int run = start;
        while (true) {
            byte b = json[pos];
            if (b == '"') {
                text.append(decode(run, pos));
                pos++;
                return StringNode.valueOf(text.toString());
            }
            if (b >= 0 && b < 0x20) {
                throw NOT_PLAIN;
            }
            if (b != '\\') {
                pos++;
                continue;
            }
            text.append(decode(run, pos));
            char c = (char) json[pos + 1];
            pos += 2;
            switch (c) {
                case '"', '\\', '/' -> text.append(c);
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int digit = Character.digit(json[pos + i], 16);
                        if (digit < 0) {
                            throw NOT_PLAIN;
                        }
                        code = code * 16 + digit;
                    }
                    pos += 4;
                    text.append((char) code);
                }
                default -> throw NOT_PLAIN;
            }
            run = pos;
        }
    }

    private String decode(int from, int to) {
        String part = new String(json, from, to - from, StandardCharsets.UTF_8);
        if (part.indexOf('\uFFFD') >= 0) {
            throw NOT_PLAIN;
        }
        return part;
    }

    /**
     * A number as JSON writes it (Jackson refuses the rest), without an exponent: int, long or big integer, or an
     * exact decimal.
     */
    private JsonNode number() {
        int start = pos;
        if (json[pos] == '-') {
            pos++;
        }
        int intStart = pos;
        if (json[pos] == '0') {
            pos++;
        } else if (json[pos] >= '1' && json[pos] <= '9') {
            digits();
        } else {
            throw NOT_PLAIN;
        }
        int intEnd = pos;
        boolean integer = true;
        if (pos < json.length && json[pos] == '.') {
            pos++;
            if (digits() == 0) {
                throw NOT_PLAIN;
            }
            integer = false;
        }
        if (pos < json.length && (json[pos] == 'e' || json[pos] == 'E')) {
            throw NOT_PLAIN; // exponents: Jackson's limits on them are its own
        }
        if (pos - start > MAX_NUMBER || pos < json.length && (Character.isLetterOrDigit(json[pos]) || json[pos] == '.')) {
            throw NOT_PLAIN;
        }
        String text = new String(json, start, pos - start, StandardCharsets.ISO_8859_1);
        if (!integer) {
            return DecimalNode.valueOf(new BigDecimal(text));
        }
        int digits = intEnd - intStart;
        if (digits <= 9) {
            return NODES.numberNode(Integer.parseInt(text));
        }
        if (digits <= 18) {
            long value = Long.parseLong(text);
            return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
        }
        BigInteger value = new BigInteger(text);
        return value.bitLength() < 32 ? NODES.numberNode(value.intValue())
                : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    private int digits() {
        int start = pos;
        while (pos < json.length && json[pos] >= '0' && json[pos] <= '9') {
            pos++;
        }
        return pos - start;
    }
}
