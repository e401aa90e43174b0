package org.apertura.contracting;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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

    /** A package's fields other than its releases or records, and its OCDS version. */
    public record PackageMetadata(ObjectNode fields, OcdsVersion version) {

        public String uri() {
            return fields.path("uri").asString("");
        }
    }

    private static final int BUFFER = 1 << 16;

    private ReleaseReader() {
    }

    /** Reads every release of the input into {@code handler}; returns how many. Does not close the input. */
    public static long read(InputStream input, Consumer<PackagedRelease> handler) {
        CountingStream counted = new CountingStream(input);
        boolean gzip = false;
        try {
            BufferedInputStream buffered = new BufferedInputStream(counted, BUFFER);
            buffered.mark(2);
            gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
            buffered.reset();
            try (InputStream data = gzip ? new GZIPInputStream(buffered, BUFFER) : buffered;
                 JsonParser parser = OcdsJson.MAPPER.createParser(data)) {
                return new Reading(parser, handler).all();
            }
        } catch (JacksonIOException | IOException e) {
            Throwable cause = e instanceof JacksonIOException ? e.getCause() : e;
            if (gzip && (cause instanceof EOFException || cause instanceof ZipException)) {
                throw new OcdsDataException("contracting.ocds.truncatedGzip", "byte " + counted.count, e,
                        counted.count);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (JacksonIOException) e;
        } catch (StreamReadException e) {
            throw new OcdsDataException("contracting.ocds.malformedJson", place(e.getLocation(), null), e,
                    e.getOriginalMessage());
        }
    }

    /** A release waiting for its package's version. */
    private record Held(JsonNode release, String place) {
    }

    /** The state of one read: the parser and where the root values are. */
    private static final class Reading {
        private final JsonParser parser;
        private final Consumer<PackagedRelease> handler;
        private long count;

        Reading(JsonParser parser, Consumer<PackagedRelease> handler) {
            this.parser = parser;
            this.handler = handler;
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
            ObjectNode fields = OcdsJson.MAPPER.createObjectNode();
            List<Held> held = null;
            boolean isPackage = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                boolean contents = name.equals("releases") || name.equals("records");
                if (contents && value == JsonToken.START_ARRAY && !fields.has("ocid")) {
                    isPackage = true;
                    held = contents(name.equals("records"), fields, held);
                } else {
                    fields.set(name, parser.readValueAsTree());
                }
            }
            if (!isPackage) {
                emit(fields, versionOfBareRelease(fields), null, place);
            } else if (held != null) {
                // The version came after (or never came before) the releases: they were held until the end.
                PackageMetadata metadata = metadata(fields, place);
                for (Held release : held) {
                    emit(release.release(), metadata.version(), metadata, release.place());
                }
            }
        }

        /**
         * Streams a package's releases (or records' embedded releases). They go straight to the handler once the
         * version is known; a package that does not state it before its releases has them held (with their places).
         */
        private List<Held> contents(boolean records, ObjectNode fields, List<Held> held) {
            PackageMetadata metadata = fields.has("version") ? metadata(fields, here()) : null;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == JsonToken.VALUE_NULL) {
                    continue; // seen in real release packages; ocdskit skips them too
                }
                String place = here();
                JsonNode item = parser.readValueAsTree();
                List<JsonNode> releases = records ? embeddedReleases(item) : List.of(item);
                for (JsonNode release : releases) {
                    if (metadata != null) {
                        emit(release, metadata.version(), metadata, place);
                    } else {
                        held = held == null ? new ArrayList<>() : held;
                        held.add(new Held(release, place));
                    }
                }
            }
            return held;
        }

        private PackageMetadata metadata(ObjectNode fields, String place) {
            JsonNode version = fields.get("version");
            return new PackageMetadata(fields.deepCopy(), OcdsVersion.ofPackageField(
                    version == null || version.isNull() ? null : version.asString(), place));
        }

        private void emit(JsonNode release, OcdsVersion version, PackageMetadata metadata, String place) {
            JsonNode ocid = release.get("ocid");
            if (!release.isObject() || ocid == null || !ocid.isString()) {
                throw new OcdsDataException("contracting.ocds.missingOcid", place);
            }
            JsonNode date = release.get("date");
            if (date == null || date.isNull()) {
                throw new OcdsDataException("contracting.ocds.missingDate", place);
            }
            if (!date.isString()) {
                throw new OcdsDataException("contracting.ocds.dateNotString", place);
            }
            count++;
            handler.accept(new PackagedRelease(release, ocid.stringValue(), date.stringValue(), version, metadata,
                    place));
        }

        private String here() {
            return place(parser.currentTokenLocation(), parser.streamReadContext().pathAsPointer().toString());
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
    private static OcdsVersion versionOfBareRelease(JsonNode release) {
        return release.has("parties") ? OcdsVersion.V1_1 : OcdsVersion.V1_0;
    }

    private static String place(TokenStreamLocation location, String pointer) {
        StringBuilder place = new StringBuilder();
        if (location != null) {
            place.append("line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
            if (location.getByteOffset() >= 0) {
                place.append(" (byte ").append(location.getByteOffset()).append(')');
            }
        }
        if (pointer != null && !pointer.isEmpty()) {
            place.append(place.isEmpty() ? "" : ", ").append(pointer);
        }
        return place.toString();
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
