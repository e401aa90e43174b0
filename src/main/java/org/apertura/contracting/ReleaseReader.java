package org.apertura.contracting;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads OCDS releases one at a time, in constant memory, from release packages, record packages (their embedded
 * releases), bare releases, a JSON array of any of those or JSON Lines of them; gzip is detected by its magic
 * bytes. Each release comes with its package's metadata and version and its place in the input.
 */
public final class ReleaseReader {

    /** One release read, with the metadata of the package it came in ({@code null} for a bare release). */
    public record PackagedRelease(JsonNode release, String ocid, String date, OcdsVersion version,
            PackageMetadata packageMetadata, String place) {
    }

    /** One release as its UTF-8 JSON exactly as published, for who only stores or forwards it (no tree built). */
    public record RawRelease(byte[] json, String ocid, String date, OcdsVersion version,
            PackageMetadata packageMetadata, String place) {
    }

    /** A package's fields other than its releases or records, and its OCDS version. */
    public record PackageMetadata(ObjectNode fields, OcdsVersion version) {

        public String uri() {
            return fields.path("uri").asString("");
        }
    }

    /** What a read hands over for each release, built from the captured release and its context. */
    private interface Emitter<R> {
        void emit(R release, String ocid, String date, OcdsVersion version, PackageMetadata metadata, String place);
    }

    private static final int BUFFER = 1 << 16;
    private static final Set<String> PACKAGE_METADATA = Set.of("uri", "version", "publisher", "publishedDate",
            "license", "publicationPolicy", "extensions", "packages");

    private ReleaseReader() {
    }

    /** Reads every release of the input into {@code handler} as a tree; returns how many. Leaves the input open. */
    public static long read(InputStream input, Consumer<PackagedRelease> handler) {
        return read(input, new TreeCapture(), (release, ocid, date, version, metadata, place) ->
                handler.accept(new PackagedRelease(release, ocid, date, version, metadata, place)));
    }

    /** Reads every release of the input into {@code handler} as its bytes as published; returns how many. */
    public static long readRaw(InputStream input, Consumer<RawRelease> handler) {
        return read(input, new RawCapture(), (release, ocid, date, version, metadata, place) ->
                handler.accept(new RawRelease(release, ocid, date, version, metadata, place)));
    }

    /** {@link #readRaw}, every byte tokenized by Jackson (no {@link JsonLine} first): for tests to compare. */
    static long readRawByJackson(InputStream input, Consumer<RawRelease> handler) {
        return read(input, new RawCapture(), (release, ocid, date, version, metadata, place) ->
                handler.accept(new RawRelease(release, ocid, date, version, metadata, place)), false);
    }

    private static <R> long read(InputStream input, Capture<R> capture, Emitter<R> emitter) {
        return read(input, capture, emitter, capture instanceof RawCapture);
    }

    private static <R> long read(InputStream input, Capture<R> capture, Emitter<R> emitter, boolean lines) {
        CountingStream counted = new CountingStream(input);
        Origin origin = new Origin();
        boolean gzip = false;
        try {
            BufferedInputStream buffered = new BufferedInputStream(counted, BUFFER);
            buffered.mark(2);
            gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
            buffered.reset();
            try (InputStream data = gzip ? new GZIPInputStream(buffered, BUFFER) : buffered) {
                if (lines) {
                    return new Lines<>(data, capture, emitter, origin).all();
                }
                return byJackson(data, capture, emitter, origin);
            }
        } catch (JacksonIOException | IOException e) {
            Throwable cause = e instanceof JacksonIOException ? e.getCause() : e;
            if (gzip && (cause instanceof EOFException || cause instanceof ZipException)) {
                throw new OcdsDataException("contracting.ocds.truncatedGzip", "byte " + counted.count, e,
                        counted.count);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (JacksonIOException) e;
        } catch (StreamReadException e) {
            throw new OcdsDataException("contracting.ocds.malformedJson", place(e.getLocation(), null, origin), e,
                    e.getOriginalMessage());
        }
    }

    /** Jackson reads {@code data} (the input, or the part of it that starts at {@code origin}). */
    private static <R> long byJackson(InputStream data, Capture<R> capture, Emitter<R> emitter, Origin origin)
            throws IOException {
        try (InputStream wrapped = capture.wrap(origin.shift == 0 ? data : new SequenceInputStream(
                new ByteArrayInputStream(Origin.PREFIX), data));
             JsonParser parser = OcdsJson.MAPPER.createParser(wrapped)) {
            return new Reading<>(parser, capture, emitter, origin).all();
        }
    }

    /**
     * Where the part of the input Jackson reads starts: the lines and bytes before it, so places are counted from
     * the input's start. A part that starts after the first byte is read with two spaces before it (and places
     * take them off again): Jackson would otherwise take a byte-order mark or a zero byte there for the start of a
     * UTF-16 or UTF-32 input, as it would not in the middle of one.
     */
    private static final class Origin {
        static final byte[] PREFIX = {' ', ' '};
        long lines;
        long bytes;
        int shift;

        void at(long line, long byteOffset) {
            lines = line - 1;
            bytes = byteOffset;
            shift = byteOffset == 0 ? 0 : PREFIX.length;
        }
    }

    /**
     * The first pass over JSON Lines without a tokenizer (ADR 0050): each line that {@link JsonLine} finds to be a
     * plain bare release is cut out as it is; a line it does not take is read by Jackson alone if Jackson reads it
     * whole without an error (a package, a line with an exponent…), and otherwise Jackson reads the rest of the
     * input from that line's start, so a malformed line gets Jackson's own error at its own place. An input that is
     * not JSON Lines (a package over many lines) goes to Jackson from its first line on, as before.
     */
    private static final class Lines<R> {
        private static final int MAX_LINE = 1 << 25;
        private final InputStream data;
        private final Capture<R> capture;
        private final Emitter<R> emitter;
        private final Origin origin;
        private final JsonLine line = new JsonLine();
        private byte[] buffer = new byte[1 << 20];
        private int start;
        private int end;
        /** The input's offset of {@code buffer[0]}, and the number of the line that starts at {@code start}. */
        private long base;
        private long lineNumber = 1;
        private long count;

        Lines(InputStream data, Capture<R> capture, Emitter<R> emitter, Origin origin) {
            this.data = data;
            this.capture = capture;
            this.emitter = emitter;
            this.origin = origin;
        }

        long all() throws IOException {
            boolean eof = false;
            while (start < end || !eof) {
                int found = start < end ? line.scan(buffer, start, end, !eof) : JsonLine.NEEDS_MORE;
                if (found == JsonLine.NEEDS_MORE && eof) {
                    found = JsonLine.NOT_PLAIN_LINE; // cannot happen: at the input's end a line is taken or not
                }
                if (found == JsonLine.NEEDS_MORE) {
                    if (end - start >= MAX_LINE) {
                        return rest();
                    }
                    eof = !fill();
                } else if (found == JsonLine.TAKEN) {
                    take(start, line.lineEnd);
                    start = line.next;
                    lineNumber += line.newline ? 1 : 0;
                } else {
                    int newline = indexOfNewline(start);
                    while (newline < 0 && !eof && end - start < MAX_LINE) {
                        eof = !fill();
                        newline = indexOfNewline(start);
                    }
                    if (newline < 0 && !eof || !byJacksonAlone(start, newline < 0 ? end : newline)) {
                        return rest();
                    }
                    start = newline < 0 ? end : newline + 1;
                    lineNumber++;
                }
            }
            return count;
        }

        private int indexOfNewline(int from) {
            for (int i = from; i < end; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** Reads more input after what is kept from {@code start}; false at the input's end. */
        private boolean fill() throws IOException {
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                base += start;
                end -= start;
                start = 0;
            }
            if (end == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            // Filled whole, so a line is scanned again only where it straddles the buffer's end.
            while (end < buffer.length) {
                int n = data.read(buffer, end, buffer.length - end);
                if (n < 0) {
                    return false;
                }
                end += n;
            }
            return true;
        }

        /** A line (without its newline) that {@link JsonLine} took. */
        private void take(int from, int to) throws IOException {
            switch (line.kind) {
                case BLANK -> {
                }
                case RELEASE -> {
                    String place = place(lineNumber, line.valueStart - from + 1, base + line.valueStart);
                    R release = capture.ofBytes(Arrays.copyOfRange(buffer, line.valueStart, line.valueEnd));
                    emit(release, place);
                }
                case OTHER -> {
                    origin.at(lineNumber, base + from);
                    count += byJackson(new ByteArrayInputStream(buffer, from, to - from), capture, emitter, origin);
                }
            }
        }

        /** A line JsonLine does not take: read by Jackson alone if it reads whole and clean, else false. */
        private boolean byJacksonAlone(int from, int to) throws IOException {
            for (int i = from; i < to - 1; i++) {
                if (buffer[i] == '\r') {
                    return false; // a line break to Jackson, not to this count of lines
                }
            }
            try (JsonParser parser = OcdsJson.MAPPER.createParser(new SequenceInputStream(
                    new ByteArrayInputStream(Origin.PREFIX), new ByteArrayInputStream(buffer, from, to - from)))) {
                while (parser.nextToken() != null) {
                    parser.skipChildren();
                }
            } catch (StreamReadException e) {
                return false;
            }
            origin.at(lineNumber, base + from);
            count += byJackson(new ByteArrayInputStream(buffer, from, to - from), capture, emitter, origin);
            return true;
        }

        /** Jackson reads the rest of the input, from the line at {@code start} on. */
        private long rest() throws IOException {
            origin.at(lineNumber, base + start);
            InputStream kept = new ByteArrayInputStream(buffer, start, end - start);
            return count + byJackson(new SequenceInputStream(kept, data), capture, emitter, origin);
        }

        private void emit(R release, String place) {
            if (line.ocid != JsonLine.Given.STRING) {
                throw new OcdsDataException("contracting.ocds.missingOcid", place);
            }
            if (line.date == JsonLine.Given.ABSENT || line.date == JsonLine.Given.NULL) {
                throw new OcdsDataException("contracting.ocds.missingDate", place);
            }
            if (line.date != JsonLine.Given.STRING) {
                throw new OcdsDataException("contracting.ocds.dateNotString", place);
            }
            count++;
            emitter.emit(release, line.ocidValue, line.dateValue,
                    line.hasParties ? OcdsVersion.V1_1 : OcdsVersion.V1_0, null, place);
        }
    }

    /**
     * How a release is taken off the parser, field by field: into a tree, or cut out as bytes. Either way the
     * top-level {@code ocid} and {@code date} are kept aside to check the release, and the fields of an object
     * that turns out to be a package can be had as its metadata.
     */
    private abstract static class Capture<R> {
        JsonNode ocid;
        JsonNode date;
        boolean hasParties;

        /** The stream the parser reads: the input, or a wrapper the capture needs. */
        InputStream wrap(InputStream data) {
            return data;
        }

        /** A new object starts: the parser is at its opening brace. */
        void start(JsonParser parser) {
            ocid = null;
            date = null;
            hasParties = false;
        }

        /** Takes the field whose value is the parser's current token. */
        abstract void field(String name, JsonParser parser);

        /** The object ends: the parser is at its closing brace. */
        abstract R end(JsonParser parser);

        /** The object turned out to be a package: its fields so far, as metadata. */
        abstract ObjectNode endAsMetadata(JsonParser parser);

        /** A release that was read as part of a tree (a record's embedded release). */
        abstract R ofTree(JsonNode release);

        /** A bare release cut out of a line as its bytes (JSON Lines, {@link Lines}). */
        R ofBytes(byte[] json) {
            throw new UnsupportedOperationException("Only the raw read cuts releases out of lines");
        }

        /**
         * Notes what the read needs to know of a release: whether it has parties (its version, if bare) and its
         * ocid and date, read as nodes (returned, for the capture to keep) so their JSON type can be checked.
         */
        JsonNode note(String name, JsonParser parser) {
            hasParties |= name.equals("parties");
            if (!parser.currentToken().isScalarValue() || !(name.equals("ocid") || name.equals("date"))) {
                return null;
            }
            JsonNode value = parser.readValueAsTree();
            if (name.equals("ocid")) {
                ocid = value;
            } else {
                date = value;
            }
            return value;
        }

        R whole(JsonParser parser) {
            start(parser);
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                field(name, parser);
            }
            return end(parser);
        }

        void seen(JsonNode release) {
            ocid = release.get("ocid");
            date = release.get("date");
            hasParties = release.has("parties");
        }
    }

    private static final class TreeCapture extends Capture<JsonNode> {
        private ObjectNode fields;

        @Override
        void start(JsonParser parser) {
            super.start(parser);
            fields = OcdsJson.MAPPER.createObjectNode();
        }

        @Override
        void field(String name, JsonParser parser) {
            JsonNode scalar = note(name, parser);
            fields.set(name, scalar != null ? scalar : parser.readValueAsTree());
        }

        @Override
        JsonNode end(JsonParser parser) {
            return fields;
        }

        @Override
        ObjectNode endAsMetadata(JsonParser parser) {
            return fields;
        }

        @Override
        JsonNode ofTree(JsonNode release) {
            seen(release);
            return release;
        }
    }

    /**
     * Cuts each release out of the input as published: its bytes, from its opening brace to its closing one, are
     * kept by a {@link RecordingStream} under the parser. Nested values are skipped, not decoded, so strings are
     * never turned into chars and back; only the top-level scalars and the small metadata of a package are read.
     */
    private static final class RawCapture extends Capture<byte[]> {
        private RecordingStream recording;
        private ObjectNode metadata;
        private long from;

        @Override
        InputStream wrap(InputStream data) {
            recording = new RecordingStream(data);
            return recording;
        }

        @Override
        void start(JsonParser parser) {
            super.start(parser);
            from = parser.currentTokenLocation().getByteOffset();
            recording.forgetBefore(from);
            metadata = null;
        }

        @Override
        void field(String name, JsonParser parser) {
            if (note(name, parser) != null) {
                return;
            }
            if (PACKAGE_METADATA.contains(name)) {
                metadata = metadata == null ? OcdsJson.MAPPER.createObjectNode() : metadata;
                metadata.set(name, parser.readValueAsTree());
            } else {
                parser.skipChildren();
            }
        }

        @Override
        byte[] end(JsonParser parser) {
            return recording.slice(from, parser.currentTokenLocation().getByteOffset() + 1);
        }

        @Override
        ObjectNode endAsMetadata(JsonParser parser) {
            return metadata == null ? OcdsJson.MAPPER.createObjectNode() : metadata;
        }

        @Override
        byte[] ofTree(JsonNode release) {
            seen(release);
            return OcdsJson.MAPPER.writeValueAsBytes(release);
        }

        @Override
        byte[] ofBytes(byte[] json) {
            return json;
        }
    }

    /** Keeps what the parser has read since a given offset, so a value can be cut out of the input. */
    private static final class RecordingStream extends FilterInputStream {
        private byte[] kept = new byte[1 << 16];
        private long keptFrom;
        private int keptLength;

        RecordingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                if (keptLength + n > kept.length) {
                    kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + n));
                }
                System.arraycopy(b, off, kept, keptLength, n);
                keptLength += n;
            }
            return n;
        }

        void forgetBefore(long offset) {
            int drop = (int) Math.min(Math.max(offset - keptFrom, 0), keptLength);
            System.arraycopy(kept, drop, kept, 0, keptLength - drop);
            keptLength -= drop;
            keptFrom += drop;
        }

        byte[] slice(long start, long end) {
            return Arrays.copyOfRange(kept, (int) (start - keptFrom), (int) (end - keptFrom));
        }
    }

    /** A release waiting for its package's version. */
    private record Held<R>(R release, JsonNode ocid, JsonNode date, String place) {
    }

    /** The state of one read: the parser, the capture and how many releases went out. */
    private static final class Reading<R> {
        private final JsonParser parser;
        private final Capture<R> capture;
        private final Emitter<R> emitter;
        private final Origin origin;
        private long count;

        Reading(JsonParser parser, Capture<R> capture, Emitter<R> emitter, Origin origin) {
            this.parser = parser;
            this.capture = capture;
            this.emitter = emitter;
            this.origin = origin;
        }

        long all() {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        item();
                    }
                } else {
                    item();
                }
            }
            return count;
        }

        /** A package or a bare release: which one shows when a {@code releases} or {@code records} array comes. */
        private void item() {
            String place = here();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new OcdsDataException("contracting.ocds.notOcds", place);
            }
            capture.start(parser);
            List<Held<R>> held = new ArrayList<>();
            ObjectNode metadataSoFar = null;
            boolean isPackage = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                boolean contents = name.equals("releases") || name.equals("records");
                if (contents && value == JsonToken.START_ARRAY && capture.ocid == null && !isPackage) {
                    isPackage = true;
                    metadataSoFar = capture.endAsMetadata(parser);
                    contents(name.equals("records"), metadataSoFar, held);
                } else if (isPackage) {
                    metadataSoFar.set(name, parser.readValueAsTree());
                } else {
                    capture.field(name, parser);
                }
            }
            if (!isPackage) {
                R release = capture.end(parser);
                emit(release, capture.ocid, capture.date, versionOfBareRelease(capture), null, place);
            } else if (!held.isEmpty()) {
                // The version came after (or never came before) the releases: they were held until the end.
                PackageMetadata metadata = metadata(metadataSoFar, place);
                for (Held<R> release : held) {
                    emit(release.release(), release.ocid(), release.date(), metadata.version(), metadata,
                            release.place());
                }
            }
        }

        /**
         * Streams a package's releases (or records' embedded releases). They go straight out once the version is
         * known; a package that does not state it before its releases has them held (with their places).
         */
        private void contents(boolean records, ObjectNode fields, List<Held<R>> held) {
            PackageMetadata metadata = fields.has("version") ? metadata(fields, here()) : null;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String place = here();
                JsonToken token = parser.currentToken();
                if (token == JsonToken.VALUE_NULL) {
                    continue; // seen in real release packages; ocdskit skips them too
                }
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    throw new OcdsDataException("contracting.ocds.missingOcid", place);
                }
                if (records) {
                    for (JsonNode release : embeddedReleases(parser.readValueAsTree())) {
                        take(capture.ofTree(release), metadata, held, place);
                    }
                } else {
                    take(capture.whole(parser), metadata, held, place);
                }
            }
        }

        private void take(R release, PackageMetadata metadata, List<Held<R>> held, String place) {
            if (metadata != null) {
                emit(release, capture.ocid, capture.date, metadata.version(), metadata, place);
            } else {
                held.add(new Held<>(release, capture.ocid, capture.date, place));
            }
        }

        private PackageMetadata metadata(ObjectNode fields, String place) {
            JsonNode version = fields.get("version");
            return new PackageMetadata(fields.deepCopy(), OcdsVersion.ofPackageField(
                    version == null || version.isNull() ? null : version.asString(), place));
        }

        private void emit(R release, JsonNode ocid, JsonNode date, OcdsVersion version, PackageMetadata metadata,
                String place) {
            if (ocid == null || !ocid.isString()) {
                throw new OcdsDataException("contracting.ocds.missingOcid", place);
            }
            if (date == null || date.isNull()) {
                throw new OcdsDataException("contracting.ocds.missingDate", place);
            }
            if (!date.isString()) {
                throw new OcdsDataException("contracting.ocds.dateNotString", place);
            }
            count++;
            emitter.emit(release, ocid.stringValue(), date.stringValue(), version, metadata, place);
        }

        private String here() {
            return place(parser.currentTokenLocation(), parser.streamReadContext().pathAsPointer().toString(), origin);
        }
    }

    /** The embedded releases of a record; linked releases (a url, a date, a tag) hold nothing to merge. */
    private static List<JsonNode> embeddedReleases(JsonNode record) {
        List<JsonNode> releases = new ArrayList<>();
        for (JsonNode release : record.path("releases")) {
            boolean linked = release.has("url") && release.size() <= 3;
            if (!linked) {
                releases.add(release);
            }
        }
        return releases;
    }

    /** As ocdskit guesses it: a bare release is 1.1 if it has {@code parties} (added in 1.1), else 1.0. */
    private static OcdsVersion versionOfBareRelease(Capture<?> capture) {
        return capture.hasParties ? OcdsVersion.V1_1 : OcdsVersion.V1_0;
    }

    private static String place(TokenStreamLocation location, String pointer, Origin origin) {
        StringBuilder place = new StringBuilder();
        if (location != null) {
            int line = location.getLineNr();
            int column = location.getColumnNr();
            long bytes = location.getByteOffset();
            place.append(place(origin.lines + line, line == 1 ? column - origin.shift : column,
                    bytes < 0 ? -1 : origin.bytes + bytes - origin.shift));
        }
        if (pointer != null && !pointer.isEmpty()) {
            place.append(place.isEmpty() ? "" : ", ").append(pointer);
        }
        return place.toString();
    }

    private static String place(long line, long column, long byteOffset) {
        String place = "line " + line + ", column " + column;
        return byteOffset >= 0 ? place + " (byte " + byteOffset + ")" : place;
    }

    /** Counts the bytes read from the (maybe compressed) input, to say where a damaged gzip stream ends. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /** Closing the read (and its decompressor) leaves the caller's stream open: the caller opened it. */
        @Override
        public void close() {
        }
    }
}
