package org.apertura.contracting;

import java.nio.charset.StandardCharsets;

/**
 * One line of JSON Lines checked and cut out without a tokenizer (ADR 0050): the read's first pass only needs each
 * release's bytes, its top-level {@code ocid} and {@code date} and whether it has {@code parties}, and Jackson's
 * tokenizer spent most of that pass naming every field of every nested object. A line is taken here only if it
 * is exactly one value of the plain JSON {@link Utf8Tree} reads (ASCII names without escapes, no exponents, well-formed
 * UTF-8, nesting up to 200, space and tab between tokens, a lone {@code \r} only before the line's end) — always
 * JSON Jackson reads without complaint. Anything else is Jackson's: the line (or the rest of the input) goes to it.
 */
final class JsonLine {

    /** What the line holds, when it is plain JSON. */
    enum Kind {
        /** Only spaces and tabs. */
        BLANK,
        /** An object that is a bare release (not a package): taken here. */
        RELEASE,
        /** A complete plain value of another kind (a package, an array, a scalar, escapes in ocid or date). */
        OTHER
    }

    /** How a top-level ocid or date was given. */
    enum Given {
        ABSENT, NULL, STRING, OTHER
    }

    private static final int MAX_DEPTH = 200;
    private static final int MAX_NUMBER = 100;
    private static final int MAX_NAME = 1000;
    private static final byte[] OCID = bytes("ocid");
    private static final byte[] DATE = bytes("date");
    private static final byte[] PARTIES = bytes("parties");
    private static final byte[] RELEASES = bytes("releases");
    private static final byte[] RECORDS = bytes("records");

    /** Not plain JSON of the kind read here. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    Kind kind;
    /** Where the value starts and ends (exclusive) in the buffer. */
    int valueStart;
    int valueEnd;
    Given ocid;
    Given date;
    String ocidValue;
    String dateValue;
    boolean hasParties;

    private byte[] b;
    private int pos;
    private int end;
    private int depth;
    /** Whether the last string scanned had escapes, and whether it was all ASCII. */
    private boolean escaped;
    private boolean ascii;
    /** The last top-level ocid or date string, decoded ({@code null} if it had escapes). */
    private String lastString;

    /**
     * Scans {@code buffer[from, to)} (a line without its {@code \n}); false if it is not plain JSON of one value,
     * in which case Jackson must read it (and what follows it, since the line may go on past its end).
     */
    boolean scan(byte[] buffer, int from, int to) {
        b = buffer;
        pos = from;
        end = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
        depth = 0;
        ocid = Given.ABSENT;
        date = Given.ABSENT;
        ocidValue = null;
        dateValue = null;
        hasParties = false;
        try {
            skipSpace();
            if (pos == end) {
                kind = Kind.BLANK;
                return true;
            }
            valueStart = pos;
            if (b[pos] == '{') {
                kind = topObject() ? Kind.RELEASE : Kind.OTHER;
            } else {
                value();
                kind = Kind.OTHER;
            }
            valueEnd = pos;
            skipSpace();
            return pos == end;
        } catch (NotPlain | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private byte at(int i) {
        if (i >= end) {
            throw NOT_PLAIN;
        }
        return b[i];
    }

    private void skipSpace() {
        while (pos < end && (b[pos] == ' ' || b[pos] == '\t')) {
            pos++;
        }
    }

    /**
     * The line's top-level object, read as {@code ReleaseReader} reads one: a scalar {@code ocid} or {@code date}
     * is noted (the last one given wins), a {@code releases} or {@code records} array before any scalar ocid makes
     * it a package. True if it is a release whose ocid and date need no decoding of escapes.
     */
    private boolean topObject() {
        depth = 1;
        pos++;
        boolean release = true;
        skipSpace();
        if (at(pos) == '}') {
            pos++;
            return true;
        }
        while (true) {
            skipSpace();
            int nameStart = pos + 1;
            name();
            int nameEnd = pos - 1;
            skipSpace();
            if (at(pos++) != ':') {
                throw NOT_PLAIN;
            }
            skipSpace();
            byte first = at(pos);
            boolean scalar = first != '{' && first != '[';
            if (is(nameStart, nameEnd, OCID) && scalar) {
                ocid = given();
                ocidValue = ocid == Given.STRING ? lastString : null;
                release &= ocid != Given.STRING || !escaped;
            } else if (is(nameStart, nameEnd, DATE) && scalar) {
                date = given();
                dateValue = date == Given.STRING ? lastString : null;
                release &= date != Given.STRING || !escaped;
            } else {
                if (first == '[' && ocid == Given.ABSENT
                        && (is(nameStart, nameEnd, RELEASES) || is(nameStart, nameEnd, RECORDS))) {
                    release = false; // a package: Jackson reads it
                }
                hasParties |= is(nameStart, nameEnd, PARTIES);
                value();
            }
            skipSpace();
            byte c = at(pos++);
            if (c == '}') {
                return release;
            }
            if (c != ',') {
                throw NOT_PLAIN;
            }
        }
    }

    /** A top-level scalar ocid or date: scanned, and a string decoded (if it has no escapes). */
    private Given given() {
        byte first = b[pos];
        if (first == '"') {
            int start = pos + 1;
            string();
            int length = pos - 1 - start;
            lastString = escaped ? null : new String(b, start, length,
                    ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            return Given.STRING;
        }
        if (first == 'n') {
            value();
            return Given.NULL;
        }
        value();
        return Given.OTHER;
    }

    private boolean is(int from, int to, byte[] name) {
        return to - from == name.length && java.util.Arrays.equals(b, from, to, name, 0, name.length);
    }

    private void value() {
        byte c = at(pos);
        switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void object() {
        if (++depth > MAX_DEPTH) {
            throw NOT_PLAIN;
        }
        pos++;
        skipSpace();
        if (at(pos) == '}') {
            pos++;
            depth--;
            return;
        }
        while (true) {
            skipSpace();
            name();
            skipSpace();
            if (at(pos++) != ':') {
                throw NOT_PLAIN;
            }
            skipSpace();
            value();
            skipSpace();
            byte c = at(pos++);
            if (c == '}') {
                depth--;
                return;
            }
            if (c != ',') {
                throw NOT_PLAIN;
            }
        }
    }

    private void array() {
        if (++depth > MAX_DEPTH) {
            throw NOT_PLAIN;
        }
        pos++;
        skipSpace();
        if (at(pos) == ']') {
            pos++;
            depth--;
            return;
        }
        while (true) {
            skipSpace();
            value();
            skipSpace();
            byte c = at(pos++);
            if (c == ']') {
                depth--;
                return;
            }
            if (c != ',') {
                throw NOT_PLAIN;
            }
        }
    }

    /** A property name: printable ASCII without escapes, as {@link Utf8Tree} reads names. */
    private void name() {
        if (at(pos) != '"') {
            throw NOT_PLAIN;
        }
        int start = ++pos;
        byte c;
        while ((c = at(pos)) != '"') {
            if (c < 0x20 || c == '\\') {
                throw NOT_PLAIN; // non-ASCII (negative), control characters and escapes
            }
            pos++;
        }
        if (pos - start > MAX_NAME) {
            throw NOT_PLAIN;
        }
        pos++;
    }

    /** A string value: JSON's escapes, no control characters, well-formed UTF-8 (stricter than Jackson). */
    private void string() {
        pos++;
        escaped = false;
        ascii = true;
        while (true) {
            byte c = at(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c >= 0x20 && c != '\\') {
                pos++;
            } else if (c == '\\') {
                escape();
            } else if (c >= 0) {
                throw NOT_PLAIN; // a control character
            } else {
                utf8(c);
            }
        }
    }

    private void escape() {
        escaped = true;
        byte c = at(pos + 1);
        switch (c) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> pos += 2;
            case 'u' -> {
                for (int i = 2; i < 6; i++) {
                    if (Character.digit(at(pos + i), 16) < 0) {
                        throw NOT_PLAIN;
                    }
                }
                pos += 6;
            }
            default -> throw NOT_PLAIN;
        }
    }

    /** One well-formed UTF-8 sequence (no overlong forms, surrogates or code points past U+10FFFF). */
    private void utf8(byte lead) {
        ascii = false;
        int c = lead & 0xff;
        int low = 0x80;
        int high = 0xbf;
        int continuation;
        if (c >= 0xc2 && c <= 0xdf) {
            continuation = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            continuation = 2;
            low = c == 0xe0 ? 0xa0 : 0x80;
            high = c == 0xed ? 0x9f : 0xbf;
        } else if (c >= 0xf0 && c <= 0xf4) {
            continuation = 3;
            low = c == 0xf0 ? 0x90 : 0x80;
            high = c == 0xf4 ? 0x8f : 0xbf;
        } else {
            throw NOT_PLAIN;
        }
        int second = at(pos + 1) & 0xff;
        if (second < low || second > high) {
            throw NOT_PLAIN;
        }
        for (int i = 2; i <= continuation; i++) {
            if ((at(pos + i) & 0xc0) != 0x80) {
                throw NOT_PLAIN;
            }
        }
        pos += continuation + 1;
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (at(pos + i) != word.charAt(i)) {
                throw NOT_PLAIN;
            }
        }
        pos += word.length();
        ended();
    }

    /** What follows a number or literal must end it: space, a comma, a closing bracket or the line's end. */
    private void ended() {
        if (pos < end) {
            byte c = b[pos];
            if (c != ' ' && c != '\t' && c != ',' && c != ']' && c != '}') {
                throw NOT_PLAIN;
            }
        }
    }

    /** A number as {@link Utf8Tree} reads one: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}, no exponent, short. */
    private void number() {
        int start = pos;
        if (b[pos] == '-') {
            pos++;
        }
        byte c = at(pos);
        if (c == '0') {
            pos++;
        } else if (c >= '1' && c <= '9') {
            digits();
        } else {
            throw NOT_PLAIN;
        }
        if (pos < end && b[pos] == '.') {
            pos++;
            if (digits() == 0) {
                throw NOT_PLAIN;
            }
        }
        if (pos - start > MAX_NUMBER) {
            throw NOT_PLAIN;
        }
        ended();
    }

    private int digits() {
        int start = pos;
        while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
            pos++;
        }
        return pos - start;
    }
}
