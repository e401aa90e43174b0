package org.apertura.contracting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rows of COPY's text format as {@link ReleaseRows} writes them: the word-at-a-time escaping gives exactly what
 * escaping byte by byte gives, for JSON-like bytes with every kind of byte at every position.
 */
class ReleaseRowsTest {

    @Test
    void escapesExactlyAsByteByByte() {
        Random random = new Random(75);
        byte[] alphabet = "{}[]\":,abcXYZ019 \\\n\r\t\u0001\u001f\u007f".getBytes(StandardCharsets.ISO_8859_1);
        byte[] multi = "áñ€😀".getBytes(StandardCharsets.UTF_8);
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(70)];
            for (int i = 0; i < bytes.length; i++) {
                int pick = random.nextInt(alphabet.length + multi.length);
                bytes[i] = pick < alphabet.length ? alphabet[pick] : multi[pick - alphabet.length];
            }
            ReleaseRows.Buffer out = new ReleaseRows.Buffer(1);
            out.escaped(bytes, bytes.length);
            assertArrayEquals(byteByByte(bytes), Arrays.copyOf(out.bytes(), out.size()), Arrays.toString(bytes));
        }
    }

    @Test
    void writesEachKindOfCell() {
        ReleaseRows.Buffer out = new ReleaseRows.Buffer();
        ReleaseRows.appendRow(out, new Object[] {"a\tb", null, "{\"x\":\"\\n\"}".getBytes(StandardCharsets.UTF_8),
            new BigDecimal("12.50"), OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(-6)),
            Instant.parse("2025-03-01T16:00:00Z"), 7, "línea\nnueva"});
        assertEquals("a\\tb\t\\N\t{\"x\":\"\\\\n\"}\t12.50\t2025-03-01T16:00:00Z\t2025-03-01T16:00:00Z\t7\tlínea\\nnueva\n",
                out.toString(StandardCharsets.UTF_8));
    }

    private static byte[] byteByByte(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : bytes) {
            switch (b) {
                case '\\' -> out.writeBytes(new byte[] {'\\', '\\'});
                case '\n' -> out.writeBytes(new byte[] {'\\', 'n'});
                case '\r' -> out.writeBytes(new byte[] {'\\', 'r'});
                case '\t' -> out.writeBytes(new byte[] {'\\', 't'});
                default -> {
                    if (b >= 0 && b < 0x20) {
                        out.write('\\');
                    }
                    out.write(b);
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void writesNumericsInPostgresBinaryForm() {
        Random random = new Random(13);
        java.util.List<BigDecimal> amounts = new java.util.ArrayList<>(java.util.List.of(BigDecimal.ZERO,
                new BigDecimal("0.00"), new BigDecimal("0.05"), new BigDecimal("12345.5"), new BigDecimal("-3"),
                new BigDecimal("1E+3"), new BigDecimal("123456789012.123456"), new BigDecimal("10000"),
                new BigDecimal("0.0001"), new BigDecimal("-0.000001")));
        for (int n = 0; n < 5000; n++) {
            amounts.add(BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000_000L, random.nextInt(12) - 3));
        }
        for (BigDecimal amount : amounts) {
            ReleaseRows.Buffer out = new ReleaseRows.Buffer(1);
            ReleaseRows.writeNumeric(out, amount);
            java.nio.ByteBuffer cell = java.nio.ByteBuffer.wrap(out.bytes(), 0, out.size());
            int length = cell.getInt();
            int count = cell.getShort();
            int weight = cell.getShort();
            int sign = cell.getShort();
            int scale = cell.getShort();
            assertEquals(8 + 2 * count, length);
            BigDecimal value = BigDecimal.ZERO;
            for (int i = 0; i < count; i++) {
                int digit = cell.getShort();
                assertEquals(true, digit >= 0 && digit < 10000 && (i > 0 || digit > 0) && (i < count - 1 || digit > 0));
                value = value.add(BigDecimal.valueOf(digit).scaleByPowerOfTen(4 * (weight - i)));
            }
            assertEquals(0, (sign == 0x4000 ? value.negate() : value).compareTo(amount), amount.toString());
            assertEquals(Math.max(amount.scale(), 0), scale, amount.toString());
        }
    }

    @Test
    void writesTimesAsMicrosecondsSince2000() {
        assertEquals(0, ReleaseRows.postgresMicros(Instant.parse("2000-01-01T00:00:00Z")));
        assertEquals(-1, ReleaseRows.postgresMicros(Instant.parse("1999-12-31T23:59:59.999999Z")));
        assertEquals(794_160_000_000_001L, ReleaseRows.postgresMicros(Instant.parse("2025-03-01T16:00:00.0000006Z")));
    }
}
