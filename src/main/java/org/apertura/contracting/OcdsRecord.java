package org.apertura.contracting;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The merge state of one contracting process (one {@code ocid}): its releases in date order, its compiled release
 * and, if asked for, its versioned release, kept up to date release by release. A release dated no earlier than
 * the latest is merged into the current state; an earlier one makes it recompile from its releases.
 */
public final class OcdsRecord {

    private static final Comparator<JsonNode> BY_DATE = Comparator.comparing(OcdsRecord::dateOf);

    private final String ocid;
    private final MergeRules rules;
    private final boolean versioned;
    private final List<JsonNode> releases = new ArrayList<>();
    private CompiledTree compiled;
    private VersionedTree versionedTree;
    private int recompilations;
    /** For a resumed record: the date of its latest release and how to fetch its releases, until fetched. */
    private String resumedLatest;
    private Supplier<? extends Collection<JsonNode>> earlier;

    public OcdsRecord(String ocid, OcdsVersion version, boolean versioned) {
        this(ocid, MergeRules.of(version), versioned);
    }

    public OcdsRecord(String ocid, MergeRules rules, boolean versioned) {
        this.ocid = ocid;
        this.rules = rules;
        this.versioned = versioned;
        reset();
    }

    /** Merges the releases (of one ocid, in any order) from scratch, as the reference implementation does. */
    public static OcdsRecord of(Collection<JsonNode> releases, MergeRules rules, boolean versioned) {
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("No release to merge");
        }
        OcdsRecord record = new OcdsRecord(ocidOf(releases.iterator().next()), rules, versioned);
        record.addAll(releases);
        return record;
    }

    /**
     * Resumes a record from what it wrote before: its compiled release, its versioned release (if it keeps one)
     * and the date of its latest release, so that a new release is merged into it without merging the earlier
     * ones again. Only a release dated before {@code latestDate} makes it fetch them ({@code earlierReleases},
     * called at most once) and recompile.
     */
    public static OcdsRecord resume(String ocid, MergeRules rules, JsonNode compiledRelease,
            JsonNode versionedRelease, String latestDate, Supplier<? extends Collection<JsonNode>> earlierReleases) {
        OcdsRecord record = new OcdsRecord(ocid, rules, versionedRelease != null);
        record.compiled.seed(compiledRelease);
        if (versionedRelease != null) {
            record.versionedTree.seed(versionedRelease);
        }
        record.resumedLatest = latestDate;
        record.earlier = earlierReleases;
        return record;
    }

    /** Adds one release of this ocid; out of date order it recompiles. */
    public void add(JsonNode release) {
        addAll(List.of(release));
    }

    /** Adds releases of this ocid; they are sorted by date (ties keep their order) and merged in one go. */
    public void addAll(Collection<JsonNode> more) {
        List<JsonNode> sorted = new ArrayList<>(more.size());
        for (JsonNode release : more) {
            check(release);
            sorted.add(release);
        }
        sorted.sort(BY_DATE);
        String latest = releases.isEmpty() ? resumedLatest : dateOf(releases.get(releases.size() - 1));
        boolean inOrder = latest == null || sorted.isEmpty() || dateOf(sorted.get(0)).compareTo(latest) >= 0;
        if (!inOrder && earlier != null) {
            List<JsonNode> fetched = new ArrayList<>(earlier.get());
            fetched.forEach(this::check);
            fetched.sort(BY_DATE);
            fetched.addAll(releases);
            releases.clear();
            releases.addAll(fetched);
            earlier = null;
        }
        if (inOrder) {
            for (JsonNode release : sorted) {
                releases.add(release);
                merge(release);
            }
        } else {
            for (JsonNode release : sorted) {
                releases.add(upperBound(dateOf(release)), release);
            }
            recompilations++;
            reset();
            releases.forEach(this::merge);
        }
    }

    public String ocid() {
        return ocid;
    }

    /**
     * The releases merged so far, oldest first (ties in the order they were added); for a resumed record, those
     * added since it was resumed, unless an earlier one made it fetch them all.
     */
    public List<JsonNode> releases() {
        return Collections.unmodifiableList(releases);
    }

    /** How many times a release older than the latest made the record recompile from scratch. */
    public int recompilations() {
        return recompilations;
    }

    /**
     * The ids of the awards the compiled release shows now (an award without an id counts as {@code ""}), read
     * from the merge state without writing the release out.
     */
    public java.util.Set<String> compiledAwardIds() {
        return compiled.awardIds();
    }

    /**
     * The compiled release as a tree built from the merge state, without writing and parsing it; it shares the
     * releases' nodes, so it must only be read.
     */
    JsonNode compiledReleaseView() {
        return compiled.toNode();
    }

    public JsonNode compiledRelease() {
        return toTree(true);
    }

    /** The versioned release; only if the record was created with {@code versioned}. */
    public JsonNode versionedRelease() {
        requireVersioned();
        return toTree(false);
    }

    /** Writes the compiled release to a generator, without building a tree. */
    public void writeCompiledRelease(JsonGenerator out) {
        compiled.write(out);
    }

    public void writeVersionedRelease(JsonGenerator out) {
        requireVersioned();
        versionedTree.write(out);
    }

    private void requireVersioned() {
        if (!versioned) {
            throw new IllegalStateException("This record keeps no versioned release");
        }
    }

    private JsonNode toTree(boolean compiledRelease) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = OcdsJson.MAPPER.createGenerator(bytes)) {
            (compiledRelease ? compiled : versionedTree).write(out);
        }
        return OcdsJson.MAPPER.readTree(bytes.toByteArray());
    }

    private void merge(JsonNode release) {
        compiled.add(release);
        if (versioned) {
            versionedTree.add(release);
        }
    }

    private void reset() {
        compiled = new CompiledTree(rules);
        versionedTree = versioned ? new VersionedTree(rules) : null;
    }

    private int upperBound(String date) {
        int at = releases.size();
        while (at > 0 && dateOf(releases.get(at - 1)).compareTo(date) > 0) {
            at--;
        }
        return at;
    }

    private void check(JsonNode release) {
        String releaseOcid = ocidOf(release);
        if (!releaseOcid.equals(ocid)) {
            throw new OcdsDataException("contracting.ocds.otherOcid", releaseOcid, ocid);
        }
        JsonNode date = release.get("date");
        if (date == null || date.isNull()) {
            throw new OcdsDataException("contracting.ocds.missingDate", releaseOcid);
        }
        if (!date.isString()) {
            throw new OcdsDataException("contracting.ocds.dateNotString", releaseOcid);
        }
    }

    private static String ocidOf(JsonNode release) {
        JsonNode ocid = release.get("ocid");
        if (!release.isObject() || ocid == null || !ocid.isString()) {
            throw new OcdsDataException("contracting.ocds.missingOcid", "?");
        }
        return ocid.stringValue();
    }

    private static String dateOf(JsonNode release) {
        return release.get("date").stringValue();
    }
}
