package org.apertura.contracting;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apertura.contracting.ReleaseReader.PackageMetadata;
import org.apertura.contracting.ReleaseReader.RawRelease;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateless compile, as {@code ocdskit compile --package [--versioned]} does it: releases in (any format
 * {@link ReleaseReader} reads), one record package out, one record per ocid in ocid order, each with its releases
 * (in input order), its compiled release and, if asked, its versioned release.
 *
 * <p>Releases of one ocid may be anywhere in the input, so they must be grouped. Keeping a merger per ocid would
 * need memory for every process at once; instead this is an external sort by ocid: releases are kept serialized
 * up to a memory budget, then sorted and spilled to a temporary run file, and the runs are merged, one ocid at a
 * time. Memory stays at the budget plus one process's releases, however large the input; disk use is about the
 * uncompressed input. Ties keep input order (runs are in input order), so the merge sees what ocdskit sees.
 */
public final class RecordPackageCompiler {

    /** What to compile: with versioned releases or not, the memory budget and the package's own metadata. */
    public record Options(boolean versioned, long memoryBudgetBytes, Path tempDir, String uri, String publishedDate) {

        public static Options defaults() {
            return new Options(false, 128L << 20, Path.of(System.getProperty("java.io.tmpdir")), "", "");
        }

        public Options withVersioned(boolean versioned) {
            return new Options(versioned, memoryBudgetBytes, tempDir, uri, publishedDate);
        }

        public Options withMemoryBudget(long bytes) {
            return new Options(versioned, bytes, tempDir, uri, publishedDate);
        }
    }

    /** How much was compiled, and how many run files the grouping spilled. */
    public record Result(long releases, long records, int spilledRuns) {
    }

    /** A serialized release and its ocid; its position in the sorted stream keeps the input order. */
    private record Entry(String ocid, byte[] json) {
    }

    private static final Comparator<Entry> BY_OCID = Comparator.comparing(Entry::ocid);
    private static final long ENTRY_OVERHEAD = 96;

    private final Options options;
    private final List<Path> runs = new ArrayList<>();
    private List<Entry> batch = new ArrayList<>();
    private long batchBytes;
    private long releases;
    private OcdsVersion version;
    private PackageMetadata lastPackage;
    private ObjectNode publisher;
    private JsonNode license;
    private JsonNode publicationPolicy;
    private final Set<String> extensions = new LinkedHashSet<>();
    private final Set<String> packages = new LinkedHashSet<>();

    private RecordPackageCompiler(Options options) {
        this.options = options;
    }

    /** Reads every release of {@code input} and writes the record package to {@code output} (left open). */
    public static Result compile(InputStream input, OutputStream output, Options options) {
        RecordPackageCompiler compiler = new RecordPackageCompiler(options);
        try {
            ReleaseReader.readRaw(input, compiler::collect);
            return compiler.write(output);
        } finally {
            compiler.deleteRuns();
        }
    }

    private void collect(RawRelease release) {
        if (version == null) {
            version = release.version();
        } else if (version != release.version()) {
            // 1.0 and 1.1 merge awards.suppliers differently: like ocdskit, one compile holds one version.
            throw new OcdsDataException("contracting.ocds.inconsistentVersion", release.place(),
                    release.version().label(), version.label());
        }
        PackageMetadata metadata = release.packageMetadata();
        if (metadata != null && metadata != lastPackage) {
            lastPackage = metadata;
            addPackage(metadata.fields());
        }
        byte[] json = release.json();
        batch.add(new Entry(release.ocid(), json));
        batchBytes += json.length + ENTRY_OVERHEAD + 2L * release.ocid().length();
        releases++;
        if (batchBytes >= options.memoryBudgetBytes()) {
            spill();
        }
    }

    /** The package metadata ocdskit keeps: the last publisher, licence and policy; every extension and package URI. */
    private void addPackage(ObjectNode fields) {
        if (fields.get("publisher") instanceof ObjectNode p) {
            publisher = p;
        }
        license = fields.has("license") ? fields.get("license") : license;
        publicationPolicy = fields.has("publicationPolicy") ? fields.get("publicationPolicy") : publicationPolicy;
        fields.path("extensions").forEach(e -> extensions.add(e.asString()));
        String uri = fields.path("uri").asString("");
        if (!uri.isEmpty()) {
            packages.add(uri);
        }
    }

    private void spill() {
        batch.sort(BY_OCID);
        try {
            Path run = Files.createTempFile(options.tempDir(), "ocds-run-", ".bin");
            runs.add(run);
            try (DataOutputStream out = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
                for (Entry entry : batch) {
                    byte[] ocid = entry.ocid().getBytes(StandardCharsets.UTF_8);
                    out.writeInt(ocid.length);
                    out.write(ocid);
                    out.writeInt(entry.json().length);
                    out.write(entry.json());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch = new ArrayList<>();
        batchBytes = 0;
    }

    private Result write(OutputStream output) {
        long records = 0;
        try (JsonGenerator out = OcdsJson.MAPPER.createGenerator(output);
             Sorted sorted = sorted()) {
            writePackageStart(out);
            MergeRules rules = version == null ? null : MergeRules.of(version);
            List<Entry> group = new ArrayList<>();
            for (Entry entry = sorted.next(); entry != null || !group.isEmpty(); entry = sorted.next()) {
                if (!group.isEmpty() && (entry == null || !entry.ocid().equals(group.get(0).ocid()))) {
                    writeRecord(out, group, rules);
                    records++;
                    group.clear();
                }
                if (entry != null) {
                    group.add(entry);
                }
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        return new Result(releases, records, runs.size());
    }

    private void writePackageStart(JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("uri", options.uri());
        out.writeName("publisher");
        out.writeTree(publisher == null ? OcdsJson.MAPPER.createObjectNode() : publisher);
        out.writeStringProperty("publishedDate", options.publishedDate());
        if (license != null && !license.isNull()) {
            out.writeName("license");
            out.writeTree(license);
        }
        if (publicationPolicy != null && !publicationPolicy.isNull()) {
            out.writeName("publicationPolicy");
            out.writeTree(publicationPolicy);
        }
        if (version != null) {
            out.writeStringProperty("version", version.label());
        }
        writeStrings(out, "extensions", extensions);
        writeStrings(out, "packages", packages);
        out.writeName("records");
        out.writeStartArray();
    }

    private static void writeStrings(JsonGenerator out, String name, Set<String> values) {
        if (!values.isEmpty()) {
            out.writeName(name);
            out.writeStartArray();
            values.forEach(out::writeString);
            out.writeEndArray();
        }
    }

    private void writeRecord(JsonGenerator out, List<Entry> group, MergeRules rules) {
        String ocid = group.get(0).ocid();
        List<JsonNode> trees = new ArrayList<>(group.size());
        for (Entry entry : group) {
            trees.add(OcdsJson.MAPPER.readTree(entry.json()));
        }
        OcdsRecord record = new OcdsRecord(ocid, rules, options.versioned());
        record.addAll(trees);
        out.writeStartObject();
        out.writeStringProperty("ocid", ocid);
        out.writeName("releases");
        out.writeStartArray();
        for (Entry entry : group) {
            // The release's own compact bytes: no second serialization of a tree.
            out.writeRawValue(new RawJson(entry.json()));
        }
        out.writeEndArray();
        out.writeName("compiledRelease");
        record.writeCompiledRelease(out);
        if (options.versioned()) {
            out.writeName("versionedRelease");
            record.writeVersionedRelease(out);
        }
        out.writeEndObject();
    }

    /** The releases in ocid order (input order within an ocid): the last batch in memory, merged with the runs. */
    private interface Sorted extends AutoCloseable {
        Entry next();

        @Override
        void close();
    }

    private Sorted sorted() {
        if (runs.isEmpty()) {
            batch.sort(BY_OCID);
            var iterator = batch.iterator();
            return new Sorted() {
                public Entry next() {
                    return iterator.hasNext() ? iterator.next() : null;
                }

                public void close() {
                }
            };
        }
        if (!batch.isEmpty()) {
            spill();
        }
        return new RunMerge(runs);
    }

    /** A k-way merge of the sorted runs; on equal ocids the earlier run (earlier input) comes first. */
    private static final class RunMerge implements Sorted {
        private final List<RunReader> readers = new ArrayList<>();
        private final PriorityQueue<RunReader> queue = new PriorityQueue<>(
                Comparator.comparing((RunReader r) -> r.current.ocid()).thenComparingInt(r -> r.index));

        RunMerge(List<Path> runs) {
            for (int i = 0; i < runs.size(); i++) {
                RunReader reader = new RunReader(runs.get(i), i);
                readers.add(reader);
                if (reader.advance()) {
                    queue.add(reader);
                }
            }
        }

        @Override
        public Entry next() {
            RunReader reader = queue.poll();
            if (reader == null) {
                return null;
            }
            Entry entry = reader.current;
            if (reader.advance()) {
                queue.add(reader);
            }
            return entry;
        }

        @Override
        public void close() {
            readers.forEach(RunReader::close);
        }
    }

    private static final class RunReader {
        private final DataInputStream in;
        private final int index;
        private Entry current;

        RunReader(Path run, int index) {
            try {
                this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.index = index;
        }

        boolean advance() {
            try {
                byte[] ocid = new byte[in.readInt()];
                in.readFully(ocid);
                byte[] json = new byte[in.readInt()];
                in.readFully(json);
                current = new Entry(new String(ocid, StandardCharsets.UTF_8), json);
                return true;
            } catch (EOFException end) {
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void deleteRuns() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                run.toFile().deleteOnExit();
            }
        }
    }
}
