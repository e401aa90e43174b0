package org.apertura.opendata;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180: quoted fields with doubled quotes, line breaks inside quotes, CRLF or LF) one at a time
 * from a stream of characters, in constant memory: a field keeps at most {@link #MAX_FIELD} characters and a record at
 * most {@link #MAX_FIELDS} fields (what is longer is read past, not kept). A byte-order mark at the start is skipped.
 */
final class CsvReader {

    static final int MAX_FIELD = 65_536;
    static final int MAX_FIELDS = 10_000;
    /** The delimiters recognised, in order of preference when a sample fits several equally. */
    static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final Reader in;
    private final char delimiter;
    private final char[] buffer = new char[64 * 1024];
    private int length;
    private int position;
    private boolean started;
    private boolean ended;

    CsvReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The next record, or null at the end. */
    List<String> next() throws IOException {
        if (ended) {
            return null;
        }
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c < 0) {
            ended = true;
            return null;
        }
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    add(record, field);
                    ended = true;
                    return record;
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        append(field, '"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    append(field, (char) c);
                }
            } else if (c < 0) {
                add(record, field);
                ended = true;
                return record;
            } else if (c == delimiter) {
                add(record, field);
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                add(record, field);
                return record;
            } else if (c == '\r') {
                int d = read();
                if (d != '\n' && d >= 0) {
                    position--;
                }
                add(record, field);
                return record;
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                append(field, (char) c);
            }
            c = read();
        }
    }

    private static void append(StringBuilder field, char c) {
        if (field.length() < MAX_FIELD) {
            field.append(c);
        }
    }

    private static void add(List<String> record, StringBuilder field) {
        if (record.size() < MAX_FIELDS) {
            record.add(field.toString());
        }
    }

    private int read() throws IOException {
        if (position >= length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    /**
     * The delimiter a sample of the file's start is written with: the one that splits its first records into the same
     * number (more than one) of fields most consistently; a comma when none does.
     */
    static char guessDelimiter(String sample) {
        char best = ',';
        int bestScore = 0;
        for (char candidate : DELIMITERS) {
            try {
                CsvReader reader = new CsvReader(new java.io.StringReader(sample), candidate);
                List<Integer> sizes = new ArrayList<>();
                List<String> record;
                while (sizes.size() < 21 && (record = reader.next()) != null) {
                    sizes.add(record.size());
                }
                if (sizes.size() > 1 && !reader.ended) {
                    sizes.remove(sizes.size() - 1);
                }
                if (sizes.isEmpty() || sizes.get(0) < 2) {
                    continue;
                }
                int columns = sizes.get(0);
                int consistent = (int) sizes.stream().filter(s -> s == columns).count();
                int score = consistent * 1000 + columns;
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return best;
    }
}
