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

    /** What {@link #scan} found. */
    static final int TAKEN = 0;
    static final int NOT_PLAIN_LINE = 1;
    static final int NEEDS_MORE = 2;

    /** After a line is taken: where its newline is (or the data's end at the input's end), and what follows it. */
    int lineEnd;
    int next;
    /** Whether the line ended with a newline (the next line's number is one more). */
    boolean newline;

    private boolean more;

    /**
     * Scans the line that starts at {@code buffer[from]}, the data going up to {@code to} (more may follow if
     * {@code more}): {@link #TAKEN} if it is one plain JSON value (or blank) up to a newline or the input's end,
     * {@link #NEEDS_MORE} if the data ended first, else {@link #NOT_PLAIN_LINE}: then Jackson must read it (and
     * what follows it, since the line may go on past its end).
     */
    int scan(byte[] buffer, int from, int to, boolean more) {
        b = buffer;
        pos = from;
        end = to;
        this.more = more;
        depth = 0;
        ocid = Given.ABSENT;
        date = Given.ABSENT;
        ocidValue = null;
        dateValue = null;
        hasParties = false;
        try {
            skipSpace();
            if (pos < end && b[pos] != '\n' && b[pos] != '\r') {
                valueStart = pos;
                if (b[pos] == '{') {
                    kind = topObject() ? Kind.RELEASE : Kind.OTHER;
                } else {
                    value();
                    kind = Kind.OTHER;
                }
                valueEnd = pos;
                skipSpace();
            } else {
                kind = Kind.BLANK;
            }
            return lineEnds();
        } catch (NeedsMore e) {
            return NEEDS_MORE;
        } catch (NotPlain | ArrayIndexOutOfBoundsException e) {
            return NOT_PLAIN_LINE;
        }
    }

    /** After the value and its trailing spaces: a newline ({@code \r\n} too) or the input's end ends the line. */
    private int lineEnds() {
        if (pos == end) {
            if (more) {
                throw NEEDS_MORE_DATA;
            }
            lineEnd = end;
            next = end;
            newline = false;
            return TAKEN;
        }
        byte c = b[pos];
        if (c == '\r') {
            if (pos + 1 == end) {
                if (more) {
                    throw NEEDS_MORE_DATA;
                }
                lineEnd = end;
                next = end;
                newline = false;
                return TAKEN;
            }
            c = b[++pos];
        }
        if (c != '\n') {
            return NOT_PLAIN_LINE;
        }
        lineEnd = pos;
        next = pos + 1;
        newline = true;
        return TAKEN;
    }

    /** The data ended inside the line: more must be read first. */
    private static final class NeedsMore extends RuntimeException {
        NeedsMore() {
            super(null, null, false, false);
        }
    }

    private static final NeedsMore NEEDS_MORE_DATA = new NeedsMore();

    /**
     * What each byte is inside a string: 0 an ordinary ASCII character, 1 the closing quote, 2 an escape, 3 a
     * control character (not allowed), 4 the lead of a multi-byte UTF-8 sequence (or a stray byte).
     */
    private static final byte[] IN_STRING = new byte[256];

    static {
        for (int i = 0; i < 256; i++) {
            IN_STRING[i] = (byte) (i < 0x20 ? 3 : i >= 0x80 ? 4 : 0);
        }
        IN_STRING['"'] = 1;
        IN_STRING['\\'] = 2;
    }

    /** Past the data: the line goes on in data not read yet, or it is cut short at the input's end. */
    private RuntimeException pastEnd() {
        return more ? NEEDS_MORE_DATA : NOT_PLAIN;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private byte at(int i) {
        if (i >= end) {
            throw pastEnd();
        }
        return b[i];
    }

    private void skipSpace() {
        int p = pos;
        while (p < end && (b[p] == ' ' || b[p] == '\t')) {
            p++;
        }
        pos = p;
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
        byte[] a = b;
        int e = Math.min(end, pos + 1 + MAX_NAME + 1);
        int p = pos + 1;
        while (true) {
            if (p >= e) {
                if (e < end) {
                    throw NOT_PLAIN; // too long
                }
                throw pastEnd();
            }
            int k = IN_STRING[a[p] & 0xff];
            if (k == 0) {
                p++;
            } else if (k == 1) {
                pos = p + 1;
                return;
            } else {
                throw NOT_PLAIN; // non-ASCII, control characters and escapes
            }
        }
    }

    /** A string value: JSON's escapes, no control characters, well-formed UTF-8 (stricter than Jackson). */
    private void string() {
        byte[] a = b;
        int e = end;
        int p = pos + 1;
        escaped = false;
        ascii = true;
        while (true) {
            if (p >= e) {
                throw pastEnd();
            }
            int k = IN_STRING[a[p] & 0xff];
            if (k == 0) {
                p++;
            } else if (k == 1) {
                pos = p + 1;
                return;
            } else if (k == 2) {
                pos = p;
                escape();
                p = pos;
            } else if (k == 4) {
                pos = p;
                utf8(a[p]);
                p = pos;
            } else {
                throw NOT_PLAIN; // a control character
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
        if (pos == end && more) {
            throw NEEDS_MORE_DATA;
        }
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
                throw pastEnd() == NEEDS_MORE_DATA && pos == end ? NEEDS_MORE_DATA : NOT_PLAIN;
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
