package org.apertura.contracting;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
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

    /** A field of an object read here: the map's own storage, so {@link #setValue} writes through. */
    static final class Field implements Map.Entry<String, JsonNode> {
        final String key;
        final int hash;
        JsonNode value;

        Field(String key, JsonNode value) {
            this.key = key;
            this.hash = key.hashCode();
            this.value = value;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public JsonNode getValue() {
            return value;
        }

        @Override
        public JsonNode setValue(JsonNode value) {
            JsonNode old = this.value;
            this.value = value;
            return old;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && Objects.equals(value, e.getValue());
        }

        @Override
        public int hashCode() {
            return hash ^ Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    private static final Field[] NO_FIELDS = {};

    /**
     * An object's fields in insertion order, in one array sized when the object has been read (ADR 0090): a
     * {@code LinkedHashMap} allocated an entry of 40 bytes per field, a table of 16 slots or more, and grew it while
     * the object was read — about a third of what the compile and the import allocated. Objects of OCDS releases
     * have a few to a few dozen fields, so a look-up compares the names' hashes in order. A complete, mutable map:
     * Jackson's {@code ObjectNode} and its users may change it as they would their own.
     */
    static final class Fields extends AbstractMap<String, JsonNode> {
        private Field[] fields;
        private int size;

        Fields(Field[] fields, int size) {
            this.fields = fields;
            this.size = size;
        }

        private int indexOf(Object key) {
            if (key instanceof String name) {
                int hash = name.hashCode();
                for (int i = 0; i < size; i++) {
                    Field field = fields[i];
                    if (field.hash == hash && (field.key == name || field.key.equals(name))) {
                        return i;
                    }
                }
            }
            return -1;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean isEmpty() {
            return size == 0;
        }

        @Override
        public JsonNode get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : fields[i].value;
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public JsonNode put(String key, JsonNode value) {
            int i = indexOf(Objects.requireNonNull(key));
            if (i >= 0) {
                return fields[i].setValue(value);
            }
            if (size == fields.length) {
                fields = Arrays.copyOf(fields, Math.max(4, size * 2));
            }
            fields[size++] = new Field(key, value);
            return null;
        }

        @Override
        public JsonNode remove(Object key) {
            int i = indexOf(key);
            if (i < 0) {
                return null;
            }
            JsonNode old = fields[i].value;
            removeAt(i);
            return old;
        }

        private void removeAt(int i) {
            System.arraycopy(fields, i + 1, fields, i, size - i - 1);
            fields[--size] = null;
        }

        @Override
        public void clear() {
            Arrays.fill(fields, 0, size, null);
            size = 0;
        }

        /**
         * The view of the fields, made once: the schema check, the rules and the merge walk every object's fields,
         * and a view made per walk was about 4 % of what the import allocated (docs/adr/0094).
         */
        private Set<Map.Entry<String, JsonNode>> entries;

        @Override
        public Set<Map.Entry<String, JsonNode>> entrySet() {
            Set<Map.Entry<String, JsonNode>> view = entries;
            if (view == null) {
                view = newEntrySet();
                entries = view;
            }
            return view;
        }

        private Set<Map.Entry<String, JsonNode>> newEntrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Map.Entry<String, JsonNode>> iterator() {
                    return new Iterator<>() {
                        private int next;
                        private boolean removable;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, JsonNode> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            removable = true;
                            return fields[next++];
                        }

                        @Override
                        public void remove() {
                            if (!removable) {
                                throw new IllegalStateException();
                            }
                            removable = false;
                            removeAt(--next);
                        }
                    };
                }
            };
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

        /**
         * Whether {@code known} holds these bytes: compared a word at a time (see {@link #WORD}); found strings are
         * mostly a few dozen bytes, for which {@code Arrays.equals} cost more in its checks and call than in the
         * comparing itself.
         */
        private static boolean same(byte[] known, byte[] json, int start, int length) {
            if (known.length != length) {
                return false;
            }
            int i = 0;
            for (; i <= length - 8; i += 8) {
                if ((long) WORD.get(known, i) != (long) WORD.get(json, start + i)) {
                    return false;
                }
            }
            for (; i < length; i++) {
                if (known[i] != json[start + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Property names up to this length are interned when first made on a thread (names of a schema are short). */
    private static final int INTERNED_MAX = 64;

    /** Strings longer than this (paragraphs of text) are not looked up in {@link Seen}. */
    private static final int SEEN_MAX = 256;

    private final byte[] json;
    private final Seen names;
    private final Seen strings;
    private int pos;
    private int depth;
    /** The fields of the objects being read, innermost last: each object's map is made at its final size. */
    private Field[] stack = new Field[64];
    private int top;
    /** Likewise the items of the arrays being read. */
    private JsonNode[] items = new JsonNode[64];
    private int itemsTop;

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
        skipSpace();
        if (json[pos] == '}') {
            pos++;
            depth--;
            return new ObjectNode(NODES, new Fields(NO_FIELDS, 0));
        }
        int base = top;
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
            Field field = new Field(name, value());
            for (int i = base; i < top; i++) {
                if (stack[i].hash == field.hash && stack[i].key.equals(name)) {
                    throw NOT_PLAIN; // a repeated name: Jackson's rule (the last wins, in the first's place)
                }
            }
            push(field);
            skipSpace();
            byte b = json[pos++];
            if (b == '}') {
                depth--;
                Field[] fields = Arrays.copyOfRange(stack, base, top);
                top = base; // the slots are not cleared: the reader, and its stack, live for one read only
                return new ObjectNode(NODES, new Fields(fields, fields.length));
            }
            if (b != ',') {
                throw NOT_PLAIN;
            }
        }
    }

    private void push(Field item) {
        if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
        }
        stack[top++] = item;
    }

    private ArrayNode array() {
        if (++depth > MAX_DEPTH) {
            throw NOT_PLAIN;
        }
        pos++;
        skipSpace();
        if (json[pos] == ']') {
            pos++;
            depth--;
            return NODES.arrayNode();
        }
        int base = itemsTop;
        while (true) {
            JsonNode item = value();
            if (itemsTop == items.length) {
                items = Arrays.copyOf(items, itemsTop * 2);
            }
            items[itemsTop++] = item;
            skipSpace();
            byte b = json[pos++];
            if (b == ']') {
                depth--;
                ArrayList<JsonNode> list = new ArrayList<>(itemsTop - base);
                for (int i = base; i < itemsTop; i++) {
                    list.add(items[i]); // not cleared, as the stack of fields
                }
                itemsTop = base;
                return new ArrayNode(NODES, list);
            }
            if (b != ',') {
                throw NOT_PLAIN;
            }
        }
    }

    /**
     * Eight bytes of {@code json} at once, for the scans of names and strings: they were about a fifth of the
     * compile's CPU byte by byte (a compare and a multiply per byte); a word with nothing special in it is now
     * checked and hashed in a few operations.
     */
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long SPACES = ONES * 0x20;

    /** Whether a word has a quote, a backslash or a control character (of the bytes below 0x80). */
    private static boolean special(long word) {
        long quote = word ^ QUOTES;
        long backslash = word ^ BACKSLASHES;
        // (x - ONES) & ~x & HIGH_BITS is non-zero exactly when a byte of x is zero; (x - SPACES) & ~x likewise
        // when a byte below 0x80 is below 0x20.
        return (((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (word - SPACES) & ~word) & HIGH_BITS)
                != 0;
    }

    /** The hash of the next word of a name or string (the tail's bytes are mixed in one at a time). */
    private static int mix(int hash, long word) {
        long h = (hash + word) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    /** A property name: plain ASCII without escapes, kept in a small cache so a release's names are not made anew. */
    private String name() {
        int start = ++pos;
        int hash = 0;
        // Whole words first: a word with anything but printable ASCII goes byte by byte, below.
        for (int limit = json.length - 8; pos <= limit; pos += 8) {
            long word = (long) WORD.get(json, pos);
            if (special(word) || (word & HIGH_BITS) != 0) {
                break;
            }
            hash = mix(hash, word);
        }
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
        if (length <= INTERNED_MAX) {
            // The schema check's and the merge rules' maps hold their names interned too, so each look-up of a
            // release's field there finds its key by identity, without comparing the names' bytes (ADR 0094).
            name = name.intern();
        }
        names.put(found, Arrays.copyOfRange(json, start, start + length), hash, name);
        return name;
    }

    private JsonNode string() {
        int start = ++pos;
        boolean ascii = true;
        int hash = 0;
        // Whole words first (see WORD); the word with the closing quote, or an escape, goes byte by byte, below.
        for (int limit = json.length - 8; pos <= limit; pos += 8) {
            long word = (long) WORD.get(json, pos);
            if (special(word)) {
                break;
            }
            ascii &= (word & HIGH_BITS) == 0;
            hash = mix(hash, word);
        }
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
