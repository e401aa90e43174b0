package org.apertura.contracting;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@link OffsetDateTime#parse} of OCDS dates, with a fast path for their usual shape
 * ({@code 2025-03-01T10:00:00-06:00}, {@code 2025-03-01T10:00:00.5Z}): the JDK's parser builds maps and copies them
 * for each date, and a release has dozens. Anything else — and any value out of range — goes to the JDK's parser,
 * so the result and the exception are always exactly {@link OffsetDateTime#parse}'s.
 */
final class OcdsDate {

    private OcdsDate() {
    }

    /** As {@link OffsetDateTime#parse(CharSequence)}. */
    static OffsetDateTime parse(String text) throws DateTimeParseException {
        OffsetDateTime fast = fast(text);
        return fast != null ? fast : OffsetDateTime.parse(text);
    }

    private static OffsetDateTime fast(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nano = 0;
        if (s.charAt(at) == '.') {
            int from = ++at;
            while (at < n && at - from < 9 && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
                nano = nano * 10 + (s.charAt(at++) - '0');
            }
            if (at == from || at < n && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
                return null;
            }
            for (int i = at - from; i < 9; i++) {
                nano *= 10;
            }
        }
        ZoneOffset offset;
        if (at == n - 1 && s.charAt(at) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (at == n - 6 && (s.charAt(at) == '+' || s.charAt(at) == '-') && s.charAt(at + 3) == ':') {
            int hours = digits(s, at + 1, at + 3);
            int minutes = digits(s, at + 4, at + 6);
            if ((hours | minutes) < 0) {
                return null;
            }
            int sign = s.charAt(at) == '-' ? -1 : 1;
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } catch (DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException e) {
            return null; // out of range: the JDK's parser words the error
        }
    }

    /** The decimal number of the ASCII digits from..to, or -1 if any is not one. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
