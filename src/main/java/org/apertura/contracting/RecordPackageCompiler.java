package org.apertura.contracting;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
 * need memory for every process at once; instead they go through an external sort by ocid ({@link ReleaseSort}):
 * memory stays at the budget plus one process's releases, however large the input. Ties keep input order, so the
 * merge sees what ocdskit sees.
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

    private final Options options;
    private final ReleaseSort sort;
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
        this.sort = new ReleaseSort(options.memoryBudgetBytes(), options.tempDir());
    }

    /** Reads every release of {@code input} and writes the record package to {@code output} (left open). */
    public static Result compile(InputStream input, OutputStream output, Options options) {
        RecordPackageCompiler compiler = new RecordPackageCompiler(options);
        try (ReleaseSort sort = compiler.sort) {
            ReleaseReader.readRaw(input, compiler::collect);
            return compiler.write(output);
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
        sort.add(release.ocid(), release.json(), null, null);
        releases++;
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

    private Result write(OutputStream output) {
        long[] records = {0};
        try (JsonGenerator out = OcdsJson.MAPPER.createGenerator(output)) {
            writePackageStart(out);
            MergeRules rules = version == null ? null : MergeRules.of(version);
            sort.forEachGroup(group -> {
                writeRecord(out, group, rules);
                records[0]++;
            });
            out.writeEndArray();
            out.writeEndObject();
        }
        return new Result(releases, records[0], sort.spilledRuns());
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

    private void writeRecord(JsonGenerator out, List<ReleaseSort.Entry> group, MergeRules rules) {
        String ocid = group.get(0).ocid();
        List<JsonNode> trees = new ArrayList<>(group.size());
        for (ReleaseSort.Entry entry : group) {
            trees.add(Utf8Tree.read(entry.json()));
        }
        OcdsRecord record = new OcdsRecord(ocid, rules, options.versioned());
        record.addAll(trees);
        out.writeStartObject();
        out.writeStringProperty("ocid", ocid);
        out.writeName("releases");
        out.writeStartArray();
        for (ReleaseSort.Entry entry : group) {
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
}
