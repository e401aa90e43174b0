package org.apertura.contracting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link OcdsDate#parse} gives exactly what {@link OffsetDateTime#parse} gives — the same value (offset included) or
 * a {@link DateTimeParseException} — for usual dates, edge cases and random mutations of them.
 */
class OcdsDateTest {

    private static final List<String> CASES = List.of("2025-03-01T10:00:00-06:00", "2025-03-01T10:00:00Z",
            "2025-03-01T10:00:00.5Z", "2025-03-01T10:00:00.123456789+05:30", "2025-03-01T10:00:00.1234567890Z",
            "2025-03-01T10:00:00.Z", "2024-02-29T23:59:59-00:00", "2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z",
            "2025-03-01T24:00:00Z", "2025-03-01T10:60:00Z", "2025-03-01T10:00:60Z", "2025-03-01T10:00:00+18:00",
            "2025-03-01T10:00:00+19:00", "2025-03-01T10:00:00+05:60", "2025-03-01t10:00:00z", "2025-03-01T10:00Z",
            "2025-03-01T10:00:00+05:30:15", "2025-03-01T10:00:00", "2025-03-01", "+12025-03-01T10:00:00Z",
            "0000-01-01T00:00:00Z", "2025-03-01T10:00:00 Z", "２０２５-03-01T10:00:00Z", "2025-03-01T10:00:00-0600",
            "2025-3-01T10:00:00Z", "");

    @Test
    void parsesExactlyAsTheJdk() {
        CASES.forEach(OcdsDateTest::same);
        Random random = new Random(13);
        String digits = "0123456789+-:.TZ ";
        for (int i = 0; i < 200_000; i++) {
            char[] text = CASES.get(random.nextInt(4)).toCharArray();
            int changes = 1 + random.nextInt(2);
            for (int c = 0; c < changes; c++) {
                text[random.nextInt(text.length)] = digits.charAt(random.nextInt(digits.length()));
            }
            same(new String(text));
        }
    }

    private static void same(String text) {
        assertEquals(jdk(text), ours(text), text);
    }

    private static Object jdk(String text) {
        try {
            OffsetDateTime value = OffsetDateTime.parse(text);
            return value.toString();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }

    private static Object ours(String text) {
        try {
            return OcdsDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }
}
