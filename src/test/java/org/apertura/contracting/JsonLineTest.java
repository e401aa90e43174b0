package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The raw read's first pass over JSON Lines ({@link JsonLine}) gives exactly what Jackson's tokenizer gives: the
 * same releases (bytes, ocid, date, version, package, place) or the same failure (message key, place, Jackson's
 * message), whatever the lines hold — packages, arrays, odd spacing, escapes, damage, cut-short input.
 */
class JsonLineTest {

    private static final String RELEASE = "{\"ocid\":\"ocds-x-%d\",\"id\":\"%d\",\"date\":\"2024-01-0%dT00:00:00Z\","
            + "\"tag\":[\"tender\"],\"parties\":[{\"id\":\"p\",\"name\":\"Ñandú, S.C. 😀\"}],"
            + "\"tender\":{\"value\":{\"amount\":1500.50,\"currency\":\"MXN\"},\"items\":[{\"id\":1,\"quantity\":-3}],"
            + "\"ok\":true,\"no\":false,\"none\":null,\"text\":\"a \\\"q\\\" \\u00e9 \\n\"}}";

    private static final List<String> LINES = List.of(
            "{\"ocid\":\"ocds-x-9\",\"date\":\"2024-05-01T00:00:00Z\"}",
            "  \t{ \"ocid\" : \"ocds-x-8\" , \"date\" : \"2024-05-01T00:00:00Z\" }  ",
            "{\"ocid\":\"ocds-x-7\",\"date\":\"2024-05-01T00:00:00Z\"}\r",
            "{\"version\":\"1.1\",\"releases\":[{\"ocid\":\"ocds-x-6\",\"date\":\"2024-01-01T00:00:00Z\"}]}",
            "{\"releases\":[{\"ocid\":\"ocds-x-5\",\"date\":\"2024-01-01T00:00:00Z\"}],\"version\":\"1.0\"}",
            "{\"ocid\":\"ocds-x-4\",\"releases\":[],\"date\":\"2024-01-01T00:00:00Z\"}",
            "[{\"ocid\":\"ocds-x-3\",\"date\":\"2024-01-01T00:00:00Z\"}]",
            "{\"ocid\":\"ocds-x-\\u0032\",\"date\":\"2024-01-01T00:00:00Z\"}",
            "{\"ocid\":\"ocds-x-1\",\"date\":\"2024-01-01T00:00:00Z\",\"n\":1e5}",
            "{\"ocid\":\"ocds-x-1\",\"date\":\"2024-01-01T00:00:00Z\",\"ñ\":1}",
            "{\"ocid\":\"ocds-x-1\",\"ocid\":{\"a\":1},\"date\":\"2024-01-01T00:00:00Z\"}",
            "{\"ocid\":\"ocds-x-1\",\"ocid\":\"ocds-x-2\",\"date\":null,\"date\":\"2024-01-01T00:00:00Z\"}",
            "{\"ocid\":\"ocds-x-1\"}", "{\"ocid\":\"ocds-x-1\",\"date\":null}", "{\"ocid\":\"ocds-x-1\",\"date\":5}",
            "{\"ocid\":5,\"date\":\"2024\"}", "{\"ocid\":null,\"releases\":[],\"date\":\"x\"}", "{}", "5", "\"x\"",
            "null", "[]", "", "   ", "{\"ocid\":\"a\",\"date\":\"b\"} {\"ocid\":\"c\",\"date\":\"d\"}",
            "{\"ocid\":\"a\",\"date\":\"b\"} x", "{\"ocid\":\"a\",\r\"date\":\"b\"}", "{", "}", "{\"a\":}",
            "{\"ocid\":\"a\",\"date\":\"b\",\"x\":01}", "{\"ocid\":\"a\",\"date\":\"b\",\"x\":\"\\x\"}",
            "{\"ocid\":\"a\",\"date\":\"b\",\"x\":tru}", "\uFEFF{\"ocid\":\"a\",\"date\":\"b\"}",
            "{\"ocid\":\"a\",\"date\":\"b\",\"x\":[" + "[".repeat(250) + "]".repeat(250) + "]}");

    @Test
    void eachKindOfLineReadsAsJacksonReadsIt() {
        for (String line : LINES) {
            for (String before : List.of("", RELEASE.formatted(1, 1, 1) + "\n", "\n\n" + RELEASE.formatted(2, 2, 2)
                    + "\r\n")) {
                String input = before + line + "\n" + RELEASE.formatted(3, 3, 3) + "\n";
                assertSame(input.getBytes(StandardCharsets.UTF_8));
                assertSame((before + line).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void invalidUtf8ReadsAsJacksonReadsIt() {
        for (byte[] bad : List.of(new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc0,
                (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {0}, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf})) {
            ByteArrayOutputStream input = new ByteArrayOutputStream();
            input.writeBytes((RELEASE.formatted(1, 1, 1) + "\n{\"ocid\":\"a\",\"date\":\"b\",\"x\":\"")
                    .getBytes(StandardCharsets.UTF_8));
            input.writeBytes(bad);
            input.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
            assertSame(input.toByteArray());
            ByteArrayOutputStream lineStart = new ByteArrayOutputStream();
            lineStart.writeBytes((RELEASE.formatted(1, 1, 1) + "\n").getBytes(StandardCharsets.UTF_8));
            lineStart.writeBytes(bad);
            lineStart.writeBytes("{\"ocid\":\"a\",\"date\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
            assertSame(lineStart.toByteArray());
        }
    }

    /** Random lines of releases, packages and junk, each input then cut short and damaged, plain and gzip. */
    @Test
    void randomLinesAndTheirDamage() {
        Random random = new Random(50);
        String[] pieces = {RELEASE, "{\"version\":\"1.1\",\"releases\":[" + RELEASE + "]}", "[" + RELEASE + "]",
            "{\"ocid\":\"ocds-y-%d\",\"id\":\"%d\",\"date\":\"2024-0%d-01\",\"n\":1E2}"};
        String damage = "{}[]\",:\\0-.eE tnf\u00c3\u00a9x\r\n";
        for (int n = 0; n < 400; n++) {
            StringBuilder text = new StringBuilder();
            for (int line = random.nextInt(6); line >= 0; line--) {
                int k = random.nextInt(9) + 1;
                text.append(" ".repeat(random.nextInt(2))).append(pieces[random.nextInt(pieces.length)]
                        .formatted(k, k, k)).append(random.nextInt(4) == 0 ? "\r\n" : "\n");
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            assertSame(bytes);
            assertSame(Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)));
            byte[] changed = bytes.clone();
            changed[random.nextInt(changed.length)] = (byte) damage.charAt(random.nextInt(damage.length()));
            assertSame(changed);
            assertSame(gzip(changed));
        }
    }

    /** Megabytes of lines, so lines straddle the read's buffer; then damage near the end. */
    @Test
    void longInputsReadAsJacksonReadsThem() {
        StringBuilder text = new StringBuilder();
        String padding = "\"note\":\"" + "Adquisición ñ ".repeat(600) + "\",";
        for (int n = 0; n < 400; n++) {
            int k = n % 9 + 1;
            text.append(RELEASE.formatted(k, n, k).replace("\"tag\":", padding + "\"tag\":"))
                    .append(n % 50 == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(3 << 20);
        assertSame(bytes);
        assertSame(gzip(bytes));
        Random random = new Random(7);
        for (int n = 0; n < 3; n++) {
            byte[] changed = bytes.clone();
            changed[changed.length - 1 - random.nextInt(200_000)] = (byte) '}';
            assertSame(changed);
            assertSame(Arrays.copyOf(bytes, bytes.length - random.nextInt(200_000)));
        }
    }

    private static void assertSame(byte[] input) {
        assertThat(read(input, true)).as(new String(input, StandardCharsets.UTF_8)).isEqualTo(read(input, false));
    }

    /** What a read gives, as comparable values: each release's parts, or the failure's. */
    private static List<Object> read(byte[] input, boolean lines) {
        List<Object> out = new ArrayList<>();
        try {
            java.util.function.Consumer<ReleaseReader.RawRelease> handler = r -> out.add(List.of(
                    new String(r.json(), StandardCharsets.UTF_8), r.ocid(), r.date(), r.version(), r.place(),
                    r.packageMetadata() == null ? "bare" : r.packageMetadata().fields().toString()));
            if (lines) {
                ReleaseReader.readRaw(new ByteArrayInputStream(input), handler);
            } else {
                ReleaseReader.readRawByJackson(new ByteArrayInputStream(input), handler);
            }
        } catch (OcdsDataException e) {
            out.add(List.of(e.messageKey(), e.place(), Arrays.toString(e.messageArgs())));
        }
        return out;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
