package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link Utf8Tree} reads the very tree Jackson reads, and what the compile writes from it is byte for byte what it
 * writes from Jackson's tree; what it does not read itself (or cannot read) behaves exactly as Jackson does.
 */
class Utf8TreeTest {

    private static final List<String> CASES = List.of(
            "{}", "[]", "{\"a\":{}}", "{\"a\":[]}", " { \"a\" : [ 1 , 2 ] } ", "\t{\"a\":1}\n", "{\"a\":null}",
            "{\"a\":true,\"b\":false,\"c\":null}", "[true,false,null]", "\"text\"", "12", "null",
            "{\"a\":\"plain\",\"b\":\"Adquisición de túberías ñ Ü €\",\"c\":\"emoji 😀 and 中文\"}",
            "{\"url\":\"https://example.org/a/b?c=d&e=f\",\"x\":\"\u2028 \u007f\"}",
            "{\"q\":\"say \\\"hi\\\" \\\\ \\/ \\b\\f\\n\\r\\t\",\"u\":\"\\u00e9\\u0041\\ud83d\\ude00\\u2028\"}",
            "{\"lone\":\"\\ud800 x\",\"nul\":\"a\\u0000b\"}",
            "{\"esc\\u0061pe\":1,\"na\\\"me\":2}", "{\"ñame\":1,\"e\":\"\"}",
            "[0,-0,1,-1,2147483647,2147483648,-2147483648,-2147483649,9223372036854775807,9223372036854775808,"
                    + "-9223372036854775808,-9223372036854775809,123456789012345678901234567890]",
            "[1.5,1.50,0.0,-0.0,0.10,1e5,1E5,1e-3,1.0E+2,-1.5e-10,12345678901234567890.12345678901234567890,1000000]",
            "{\"a\":1,\"a\":2,\"b\":3}", "{\"a\":{\"x\":1},\"b\":2,\"a\":\"again\"}",
            "{\"releases\":[{\"id\":\"1\",\"awards\":[{\"id\":1,\"suppliers\":[{\"id\":\"X\",\"name\":\"Uno\"}]}]}]}");

    private static final List<String> BAD = List.of(
            "", " ", "{", "}", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "[1,]", "[1 2]", "{a:1}", "{'a':1}",
            "{\"a\":01}", "{\"a\":+1}", "{\"a\":.5}", "{\"a\":1.}", "{\"a\":1e}", "{\"a\":-}", "{\"a\":NaN}",
            "{\"a\":tru}", "{\"a\":truex}", "{\"a\":nul}", "{\"a\":\"x\ny\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}",
            "{\"a\":\"open}", "{\"a\":1}{", "{\"a\":1} x", "[1]]", "{\"a\":1}}");

    @Test
    void readsAndWritesWhatJacksonDoes() {
        for (String json : CASES) {
            assertSame(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void invalidInputFailsAsJacksonFails() {
        for (String json : BAD) {
            assertSame(json.getBytes(StandardCharsets.UTF_8));
        }
        // Invalid UTF-8 in a value and in a name, an overlong encoding and a lone continuation byte.
        assertSame(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, '"', '}'});
        assertSame(new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'});
        assertSame(new byte[] {'[', '"', (byte) 0xc0, (byte) 0x80, '"', ']'});
        assertSame(new byte[] {'[', '"', (byte) 0x80, '"', ']'});
    }

    @Test
    void deepNestingIsJacksonsToJudge() {
        for (int depth : new int[] {150, 250, 600, 1200}) {
            assertSame(("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Names and strings are scanned eight bytes at a time: an escape, a control character, a non-ASCII or invalid
     * byte at any place of a word, and a string closing at any place of one, read as Jackson reads them.
     */
    @Test
    void everyByteOfAWordCounts() {
        byte[][] specials = {{'\\', 'n'}, {'\\', '"'}, {'\\', 'u', '0', '0', 'e', '9'}, {1}, {0x1f}, {0x7f}, {' '},
            {(byte) 0xc3, (byte) 0xa9}, {(byte) 0xe2, (byte) 0x82, (byte) 0xac}, {(byte) 0xff}, {(byte) 0x80}};
        for (int length = 0; length <= 26; length++) {
            for (int at = 0; at <= length; at++) {
                for (byte[] special : specials) {
                    String before = "abcdefghijklmnopqrstuvwxyz".substring(0, at);
                    String after = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".substring(at, length);
                    byte[] text = concat(before.getBytes(StandardCharsets.UTF_8), special,
                            after.getBytes(StandardCharsets.UTF_8));
                    byte[] quoted = concat(new byte[] {'"'}, text, new byte[] {'"'});
                    assertSame(concat("{\"a\":".getBytes(StandardCharsets.UTF_8), quoted, new byte[] {'}'}));
                    assertSame(concat(new byte[] {'{'}, quoted, ":1}".getBytes(StandardCharsets.UTF_8)));
                    assertSame(concat(new byte[] {'['}, quoted, new byte[] {']'}));
                    assertSame(quoted);
                    // The same string read twice: the second time from the cache of seen strings.
                    assertSame(concat(new byte[] {'['}, quoted, new byte[] {','}, quoted, new byte[] {']'}));
                }
                String plain = "abcdefghijklmnopqrstuvwxyz".substring(0, length);
                assertSame(("{\"" + plain + "\":\"" + plain + "\",\"x" + plain + "\":[\"" + plain + "\"]}")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** An object read here is a complete map: changed as Jackson's own, it stays equal to Jackson's own. */
    @Test
    void objectsChangeAsJacksonsOwn() {
        byte[] json = "{\"a\":1,\"b\":{\"x\":\"y\"},\"c\":[1,2],\"d\":null}".getBytes(StandardCharsets.UTF_8);
        ObjectNode ours = (ObjectNode) Utf8Tree.read(json);
        ObjectNode jackson = (ObjectNode) OcdsJson.MAPPER.readTree(json);
        assertThat(ours.get("b").get("x").asString()).isEqualTo("y");
        assertThat(ours.has("e")).isFalse();
        for (ObjectNode node : List.of(ours, jackson)) {
            node.put("e", "new");
            node.put("a", 2);
            node.remove("c");
            node.properties().removeIf(p -> p.getKey().equals("d"));
            node.properties().iterator().next().setValue(node.numberNode(3));
            ((ObjectNode) node.get("b")).removeAll();
            ((ArrayNode) node.withArray("f")).add(1);
        }
        assertThat(ours).isEqualTo(jackson);
        assertThat(jackson).isEqualTo(ours);
        assertThat(ours.hashCode()).isEqualTo(jackson.hashCode());
        assertThat(ours.toString()).isEqualTo(jackson.toString()).isEqualTo("{\"a\":3,\"b\":{},\"e\":\"new\",\"f\":[1]}");
        assertThat(ours.propertyNames()).containsExactly("a", "b", "e", "f");
        assertThat(ours.size()).isEqualTo(4);
    }

    /** Random documents, then each cut short and with a byte changed: the same tree, or the same failure. */
    @Test
    void randomDocumentsAndTheirDamage() {
        Random random = new Random(13);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder json = new StringBuilder();
            value(json, random, 0);
            byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
            assertSame(bytes);
            assertSame(Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)));
            byte[] changed = bytes.clone();
            String damage = "{}[]\",:\\0-.eE tnf\u00c3\u00a9x";
            changed[random.nextInt(changed.length)] = (byte) damage.charAt(random.nextInt(damage.length()));
            assertSame(changed);
        }
    }

    private static void assertSame(byte[] json) {
        JsonNode expected;
        try {
            expected = OcdsJson.MAPPER.readTree(json);
        } catch (RuntimeException e) {
            assertThatThrownBy(() -> Utf8Tree.read(json)).as(new String(json, StandardCharsets.UTF_8))
                    .isInstanceOf(e.getClass()).hasMessage(e.getMessage());
            return;
        }
        JsonNode ours = Utf8Tree.read(json);
        String what = new String(json, StandardCharsets.UTF_8);
        assertThat(ours).as(what).isEqualTo(expected);
        assertThat(structure(ours)).as(what).isEqualTo(structure(expected));
        assertThat(written(ours)).as(what)
                .isEqualTo(new String(OcdsJson.MAPPER.writeValueAsBytes(expected), StandardCharsets.UTF_8));
        assertThat(written(ours)).as(what).isEqualTo(written(expected));
    }

    /** Each node's class and value, so an int read as a long or a decimal's scale would show. */
    private static String structure(JsonNode node) {
        StringBuilder out = new StringBuilder();
        structure(node, out);
        return out.toString();
    }

    private static void structure(JsonNode node, StringBuilder out) {
        String type = node instanceof Utf8Tree.Utf8String ? "StringNode" : node.getClass().getSimpleName();
        out.append(type).append('(');
        if (node.isObject()) {
            node.properties().forEach(p -> {
                out.append(p.getKey()).append('=');
                structure(p.getValue(), out);
            });
        } else if (node.isArray()) {
            node.forEach(item -> structure(item, out));
        } else if (node.isNumber()) {
            out.append(node.numberValue()).append('/').append(node.numberValue().getClass().getSimpleName());
        } else {
            out.append(node.asString(""));
        }
        out.append(')');
    }

    private static String written(JsonNode node) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = OcdsJson.MAPPER.createGenerator(bytes)) {
            OcdsJson.write(out, node);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static final String[] TEXTS = {"", "a", "Adquisición", "ñandú", "€ 100", "😀", "中文", "x/y",
        "say \\\"hi\\\"", "tab\\there", "\\u00e9", "\\ud83d\\ude00", "back\\\\slash", "\u007f", "\u2028"};
    private static final String[] NUMBERS = {"0", "-0", "7", "-12", "2147483648", "99999999999999999999", "1.5",
        "1.50", "-0.0", "1e3", "2.5E-2", "1234567.89"};
    private static final String[] NAMES = {"id", "title", "value", "amount", "awards", "items", "título", "a b"};

    private static void value(StringBuilder json, Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 4 : 6);
        switch (kind) {
            case 0 -> json.append('"').append(TEXTS[random.nextInt(TEXTS.length)]).append('"');
            case 1 -> json.append(NUMBERS[random.nextInt(NUMBERS.length)]);
            case 2 -> json.append(random.nextBoolean() ? "true" : random.nextBoolean() ? "false" : "null");
            case 3 -> json.append('"').append(TEXTS[random.nextInt(TEXTS.length)])
                    .append(TEXTS[random.nextInt(TEXTS.length)]).append('"');
            case 4 -> {
                json.append('{');
                int fields = random.nextInt(5);
                for (int i = 0; i < fields; i++) {
                    json.append(i == 0 ? "" : ",").append(random.nextInt(8) == 0 ? " " : "").append('"')
                            .append(NAMES[random.nextInt(NAMES.length)]).append("\":");
                    value(json, random, depth + 1);
                }
                json.append('}');
            }
            default -> {
                json.append('[');
                int items = random.nextInt(5);
                for (int i = 0; i < items; i++) {
                    json.append(i == 0 ? "" : ",");
                    value(json, random, depth + 1);
                }
                json.append(']');
            }
        }
    }
}
