package org.apertura.contracting;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.apertura.contracting.ReleaseReader.PackageMetadata;
import org.apertura.contracting.ReleaseReader.RawRelease;
import org.apertura.contracting.StoredRelease.PackageFields;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Hashing;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.Actor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Publishing OCDS releases in: a whole input (release packages, record packages, bare releases, JSON Lines, gzip)
 * read release by release in constant memory, each release checked ({@link OcdsValidation}), authorised
 * ({@link ContractingPolicy}: the caller publishes for the release's buyer), stored as published, merged into
 * its process's record incrementally and written to the ledger.
 *
 * <p>One input is one transaction: once a problem is found nothing more is written and the rest is only checked,
 * so the answer lists every problem (up to {@value #MAX_PROBLEMS}) and the rollback leaves the database as it was.
 * The input is never held whole: rows written before a problem are undone by the rollback, not kept in memory.
 *
 * <p>The buyer is the institution of Apertura's directory whose slug is the {@code identifier.id} of the buyer
 * organisation when its {@code identifier.scheme} (or one of its {@code additionalIdentifiers}) is
 * {@code apertura.ocds.institution-scheme} ({@code APERTURA} by default); the buyer organisation is the party
 * named by {@code buyer.id} or with the role {@code buyer} (1.1), or {@code buyer} itself (1.0). A release without
 * a buyer belongs to the buyer of its process as first published.
 */
@Service
public class OcdsPublication {

    static final int MAX_PROBLEMS = 100;
    /** Releases checked and written together (fewer if they reach {@link #BATCH_BYTES}). */
    static final int BATCH = 500;
    static final long BATCH_BYTES = 16L << 20;
    /**
     * Processes merged and written together in the second step. Two chunks are alive at once (one merged, one
     * written), with their compiled and versioned JSON: at 200, tens of MB the collector kept copying.
     */
    static final int MERGE_CHUNK = 100;
    /**
     * Memory for the releases waiting in the sort by ocid before they spill to a temporary file. Small: at 64 MB
     * the sort's arrays held the heap (512 MB, a third of it the application) above the collector's threshold, so
     * it marked the old generation without pause during the import (docs/adr/0096).
     */
    static final long SORT_BUDGET = 16L << 20;
    public static final String MODULE = "contracting";
    /** The ledger type of entries written before releases were published in batches: one release each. */
    public static final String PUBLISHED = "release.published";
    /** The ledger type of a batch of one buyer's releases: each named by ocid, release id, tags and SHA-256. */
    public static final String PUBLISHED_BATCH = "releases.published";
    /** The subject of a batch entry: the buyer institution (its slug) that published the releases. */
    public static final String BUYER_SUBJECT = "ocds-buyer";
    public static final String SUBJECT = "ocds-process";

    /** What a publication did: releases stored, identical releases already stored, and the processes touched. */
    public record Published(long releasesStored, long releasesUnchanged, List<String> ocids) {
    }

    private final OcdsValidation validation;
    private final StoredReleaseRepository releases;
    private final ProcessRecordRepository records;
    private final JurisdictionService directory;
    private final LedgerService ledger;
    private final ProcessIndex index;
    private final Clock clock;
    private final String institutionScheme;
    private final EntityManager entityManager;
    private final ContractingPolicy policy;
    private final ReleaseRows releaseRows;
    /**
     * The workers of the import's parallel parts (checking a batch, merging a chunk of processes), one per core.
     * Not the common pool: its parallelism is the cores less one, so on two cores a batch was checked by one thread
     * while the caller waited on the database (docs/adr/0094).
     */
    private final ForkJoinPool workers = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
        var worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        worker.setName("ocds-import-" + worker.getPoolIndex());
        return worker;
    }, null, false);

    OcdsPublication(OcdsValidation validation, StoredReleaseRepository releases, ProcessRecordRepository records,
            JurisdictionService directory, LedgerService ledger, ProcessIndex index, Clock clock,
            OcdsProperties settings,
            EntityManager entityManager, NamedParameterJdbcTemplate jdbc, ContractingPolicy policy) {
        this.releaseRows = new ReleaseRows(jdbc.getJdbcTemplate());
        this.policy = policy;
        this.entityManager = entityManager;
        this.index = index;
        this.validation = validation;
        this.releases = releases;
        this.records = records;
        this.directory = directory;
        this.ledger = ledger;
        this.clock = clock;
        this.institutionScheme = settings.institutionScheme();
    }

    @PreDestroy
    void shutDown() {
        workers.shutdown();
    }

    /** The identifier scheme that names an institution of the directory by its slug. */
    public String institutionScheme() {
        return institutionScheme;
    }

    /**
     * Reads, checks and stores every release of the input; refuses it whole ({@link InvalidInputException} with
     * every problem, nothing saved) if any release is invalid, and with 403 if a buyer is not the caller's.
     */
    @Transactional
    public Published publish(InputStream input) {
        return run(input);
    }

    /**
     * Checks the input exactly as {@link #publish} does — schema, rules, buyer, merge into the stored records —
     * and then undoes everything: a preview of what publishing would do or refuse. It runs in a transaction of its
     * own, so the caller's transaction is not rolled back with it.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public Published check(InputStream input) {
        try {
            return run(input);
        } finally {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }

    private Published run(InputStream input) {
        try (Run run = new Run()) {
            return run(run, input);
        }
    }

    private Published run(Run run, InputStream input) {
        try {
            ReleaseReader.readRaw(input, run::take);
            run.flush();
            run.drain();
            run.mergeTouched();
        } catch (OcdsDataException e) {
            try {
                run.flush(); // the releases read before the input broke are checked too
                run.drain();
                Object[] args = e.messageArgs();
                args[0] = new InputPlace(e.place());
                run.problem(new FieldProblem(pointerOf(e.place()), e.messageKey(), args));
            } catch (TooManyProblems full) {
                // the list is full
            }
        } catch (TooManyProblems e) {
            // the list is full: the rest of the input is not read
        }
        if (run.read == 0 && run.problems.isEmpty()) {
            run.problems.add(new FieldProblem("", "contracting.ocds.empty", ""));
        }
        if (!run.problems.isEmpty()) {
            throw new InvalidInputException(run.problems);
        }
        return new Published(run.stored, run.unchanged, List.copyOf(run.ocids));
    }

    private static final class TooManyProblems extends RuntimeException {
        TooManyProblems() {
            super(null, null, false, false);
        }
    }

    /** A release read and checked on its own, waiting for its batch. */
    private static final class Pending {
        final RawRelease raw;
        final String place;
        final String pointer;
        /** The release's id and tags, taken from its tree, which is dropped once checked (see {@link #flush}). */
        String releaseId;
        List<String> tags;
        List<FieldProblem> found;
        BuyerName named;
        String sha256;

        Pending(RawRelease raw) {
            this.raw = raw;
            this.place = raw.place();
            this.pointer = pointerOf(place);
        }
    }

    /** A process already stored before this publication: its buyer and OCDS version. */
    private record StoredProcess(String buyerSlug, String ocdsVersion) {
    }

    /** A process this publication added releases to: whose it is, and whether its record is stored yet. */
    private static final class Touched {
        final OcdsVersion version;
        final String buyerSlug;
        final boolean isNew;

        Touched(OcdsVersion version, String buyerSlug, boolean isNew) {
            this.version = version;
            this.buyerSlug = buyerSlug;
            this.isNew = isNew;
        }
    }

    /** One process merged in the second step: its record, its merge, and what the merge found. */
    private static final class Merged {
        final List<ReleaseSort.Entry> group;
        final Touched touched;
        ProcessRecord record;
        List<JsonNode> earlier;
        final List<FieldProblem> problems = new ArrayList<>();
        /** The supplier rows of its compiled release, taken on the pool (the tree itself is not kept). */
        List<SupplierAward> suppliers = List.of();
        /** A new record's row for COPY (PostgreSQL): its JSON as UTF-8 bytes, never decoded; else null. */
        Object[] row;

        Merged(List<ReleaseSort.Entry> group, Touched touched) {
            this.group = group;
            this.touched = touched;
        }
    }

    /**
     * One publication's state: what was read, the problems so far, the processes touched, and the batch being
     * read. It works in two steps. First, release by release as the input is read, a batch at a time: each
     * release is checked on its own (schema and single-release rules, in parallel), against the stored processes
     * (buyer, version, the same release id with other content) and stored in JDBC batches, each buyer's releases
     * of the batch in one ledger entry; the releases also go to an external sort by ocid ({@link ReleaseSort}).
     * Then, once the input is read whole and nothing was wrong, each process touched is merged ONCE from its new
     * releases (resumed from its stored record), in parallel, checked over the whole process (contracts name an
     * award) and its record and supplier rows written, a few hundred processes at a time.
     */
    private final class Run implements AutoCloseable {
        final List<FieldProblem> problems = new ArrayList<>();
        final Set<String> ocids = new LinkedHashSet<>();
        final Map<String, Touched> touched = new HashMap<>();
        final Map<String, Boolean> institutions = new HashMap<>();
        final Instant now = Instant.now(clock);
        final Actor actor = Actor.current();
        final List<Pending> batch = new ArrayList<>();
        final ReleaseSort sort = new ReleaseSort(SORT_BUDGET, Path.of(System.getProperty("java.io.tmpdir")));
        /** New records go in with COPY (PostgreSQL), their JSON as bytes; on H2 through the entity. */
        final boolean copyRecords = releaseRows.copies();
        long batchBytes;
        /** The batch being checked on the pool while the one before it is stored; null when none. */
        ForkJoinTask<List<Pending>> parsed;
        /** The chunk of processes being merged on the pool while the one before it is written; null when none. */
        ForkJoinTask<List<Merged>> merging;
        PackageMetadata lastPackage;
        long read;
        long stored;
        long unchanged;

        void problem(FieldProblem problem) {
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(new FieldProblem("", "contracting.ocds.tooManyProblems", "", MAX_PROBLEMS));
                throw new TooManyProblems();
            }
            problems.add(problem);
        }

        void take(RawRelease raw) {
            read++;
            batch.add(new Pending(raw));
            batchBytes += raw.json().length;
            if (batch.size() >= BATCH || batchBytes >= BATCH_BYTES) {
                flush();
            }
        }

        /**
         * Starts checking the batch read so far and stores the batch before it. Parsing, the schema check and
         * hashing run on the pool while this thread stores the previous batch (the database's work and the
         * JVM's overlap); batches are stored in input order, so problems are listed in input order.
         */
        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Pending> taken = new ArrayList<>(batch);
            batch.clear();
            batchBytes = 0;
            ForkJoinTask<List<Pending>> parsing = workers.submit(() -> {
                taken.parallelStream().forEach(p -> {
                    // The tree lives only while this release is checked: a batch's trees (several times its JSON)
                    // kept until the batch is stored were most of what each young collection had to copy.
                    JsonNode release = Utf8Tree.read(p.raw.json());
                    p.found = new ArrayList<>(validation.checkRelease(release, p.raw.version(), p.pointer,
                            p.place));
                    p.named = buyerNamed(release, p.raw.version(), p.pointer);
                    p.releaseId = release.path("id").asString();
                    List<String> tags = new ArrayList<>();
                    release.path("tag").forEach(t -> tags.add(t.asString()));
                    p.tags = tags;
                    p.sha256 = Hashing.sha256Hex(p.raw.json());
                });
                return taken;
            });
            drain();
            parsed = parsing;
        }

        /** Stores the batch being checked, once its checks are done. */
        void drain() {
            if (parsed == null) {
                return;
            }
            ForkJoinTask<List<Pending>> parsing = parsed;
            parsed = null;
            store(parsing.join());
        }

        private void store(List<Pending> taken) {
            Map<String, StoredProcess> storedProcesses = new HashMap<>();
            Map<String, String> storedSha = new HashMap<>();
            if (problems.isEmpty()) {
                load(taken, storedProcesses, storedSha);
            }
            List<Object[]> rows = new ArrayList<>();
            Map<String, String> accepted = new HashMap<>();
            for (Pending p : taken) {
                check(p, storedProcesses, storedSha, accepted, rows);
            }
            if (problems.isEmpty() && !rows.isEmpty()) {
                writeBatch(rows);
            }
        }

        /**
         * The stored processes of the batch (buyer and version only) and the SHA-256 of the batch's releases
         * (ocid and release id) already stored, before or earlier in this publication: two queries, each by a
         * unique key, so the planner keeps to the indexes however many rows the import added.
         */
        private void load(List<Pending> taken, Map<String, StoredProcess> storedProcesses,
                Map<String, String> storedSha) {
            storedProcesses.putAll(storedProcesses(taken.stream().map(p -> p.raw.ocid())
                    .filter(o -> o.length() <= 100 && !touched.containsKey(o)).distinct().toList()));
            List<String> ocidsKnown = new ArrayList<>();
            List<String> idsKnown = new ArrayList<>();
            for (Pending p : taken) {
                String ocid = p.raw.ocid();
                if (ocid.length() <= 100 && (touched.containsKey(ocid) || storedProcesses.containsKey(ocid))) {
                    ocidsKnown.add(ocid);
                    idsKnown.add(p.releaseId);
                }
            }
            releaseRows.storedSha(ocidsKnown, idsKnown,
                    row -> storedSha.put(key(row.getString(1), row.getString(2)), row.getString(3)));
        }

        private Map<String, StoredProcess> storedProcesses(List<String> ocids) {
            Map<String, StoredProcess> found = new HashMap<>();
            releaseRows.storedRecords(ocids,
                    row -> found.put(row.getString(1), new StoredProcess(row.getString(2), row.getString(3))));
            return found;
        }

        private void check(Pending p, Map<String, StoredProcess> storedProcesses, Map<String, String> storedSha,
                Map<String, String> accepted, List<Object[]> rows) {
            RawRelease raw = p.raw;
            String place = p.place;
            String pointer = p.pointer;
            PackageMetadata metadata = raw.packageMetadata();
            if (metadata != null && metadata != lastPackage) {
                lastPackage = metadata;
                validation.checkPackage(metadata.fields(), metadata.version(), place).forEach(this::problem);
            }
            List<FieldProblem> found = p.found;
            String ocid = raw.ocid();
            if (ocid.length() > 100) {
                found.add(new FieldProblem(pointer + "/ocid", "contracting.ocds.ocidTooLong",
                        OcdsValidation.where(pointer + "/ocid", place), 100));
            }
            Touched process = touched.get(ocid);
            StoredProcess storedProcess = process != null || ocid.length() > 100 ? null
                    : problems.isEmpty() ? storedProcesses.get(ocid)
                    : storedProcesses(List.of(ocid)).get(ocid);
            String knownBuyer = process != null ? process.buyerSlug
                    : storedProcess != null ? storedProcess.buyerSlug() : null;
            String knownVersion = process != null ? process.version.label()
                    : storedProcess != null ? storedProcess.ocdsVersion() : null;
            String slug = buyer(p.named, knownBuyer, pointer, place, found);
            if (slug != null) {
                // Not the caller's institution: 403, whatever else is wrong; the transaction rolls back.
                policy.allowed(actor, slug).require(ContractingAction.PUBLISH);
            }
            if (knownVersion != null && !knownVersion.equals(raw.version().label())) {
                found.add(new FieldProblem(pointer, "contracting.ocds.versionMismatch",
                        OcdsValidation.where(pointer, place), ocid, knownVersion, raw.version().label()));
            }
            found.forEach(this::problem);
            if (!problems.isEmpty()) {
                return; // nothing more is written; the rest is only checked
            }
            String releaseId = p.releaseId;
            byte[] json = raw.json();
            String sha256 = p.sha256;
            String key = key(ocid, releaseId);
            String inBatch = accepted.get(key);
            String before = inBatch != null ? inBatch : storedSha.get(key);
            if (before != null) {
                if (before.equals(sha256) || inBatch == null && OcdsJson.MAPPER.readTree(releases
                        .findByOcidAndReleaseId(ocid, releaseId).orElseThrow().getReleaseJson())
                        .equals(Utf8Tree.read(json))) {
                    unchanged++;
                    ocids.add(ocid);
                } else {
                    problem(new FieldProblem(pointer + "/id", "contracting.ocds.changedRelease",
                            OcdsValidation.where(pointer + "/id", place), releaseId, ocid));
                }
                return;
            }
            if (process == null) {
                process = new Touched(raw.version(), knownBuyer != null ? knownBuyer : slug, storedProcess == null);
                touched.put(ocid, process);
            }
            accepted.put(key, sha256);
            List<String> tags = p.tags;
            String date = raw.date();
            PackageFields fields = packageFields(metadata);
            rows.add(new Object[] {ocid, releaseId, utc(instant(date)), date, String.join(",", tags),
                raw.version().label(), process.buyerSlug, json, sha256,
                fields.publisher(), fields.uri(), fields.license(), fields.publishedDate(), fields.version(),
                utc(now)});
            sort.add(ocid, json, date, place);
            ocids.add(ocid);
        }

        /** Stores a checked batch's releases, and per buyer one ledger entry naming every release. */
        private void writeBatch(List<Object[]> rows) {
            Map<String, List<Map<String, Object>>> byBuyer = new LinkedHashMap<>();
            Map<String, Set<String>> ocidsByBuyer = new LinkedHashMap<>();
            for (Object[] row : rows) {
                String slug = (String) row[6];
                byBuyer.computeIfAbsent(slug, b -> new ArrayList<>()).add(Map.of("ocid", row[0],
                        "release", row[1], "tags", tagList((String) row[4]), "sha256", row[8]));
                ocidsByBuyer.computeIfAbsent(slug, b -> new LinkedHashSet<>()).add((String) row[0]);
            }
            releaseRows.insert(rows);
            stored += rows.size();
            // Each entry also names the processes its releases belong to, so a process's history finds it.
            byBuyer.forEach((slug, published) -> ledger.append(MODULE, PUBLISHED_BATCH, BUYER_SUBJECT, slug,
                    Map.of("count", published.size(), "releases", published),
                    Map.of(SUBJECT, ocidsByBuyer.get(slug))));
        }

        /**
         * The second step: each process touched, merged once from its new releases in input order (resumed from
         * its stored record; a release dated before the stored ones recompiles from them), a chunk at a time. A
         * chunk is merged on the pool while this thread writes the chunk before it; a chunk with stored records
         * waits until the one before it is written (its records are loaded then, so no flush sees them half-merged).
         */
        void mergeTouched() {
            if (!problems.isEmpty() || touched.isEmpty()) {
                return;
            }
            List<List<ReleaseSort.Entry>> chunk = new ArrayList<>();
            long[] chunkBytes = {0};
            sort.forEachGroup(group -> {
                chunk.add(group);
                group.forEach(e -> chunkBytes[0] += e.json().length);
                if (chunk.size() >= MERGE_CHUNK || chunkBytes[0] >= BATCH_BYTES) {
                    mergeChunk(new ArrayList<>(chunk));
                    chunk.clear();
                    chunkBytes[0] = 0;
                }
            });
            mergeChunk(chunk);
            writeMerged();
        }

        private void mergeChunk(List<List<ReleaseSort.Entry>> groups) {
            if (groups.isEmpty()) {
                return;
            }
            List<Merged> merges = new ArrayList<>(groups.size());
            List<String> storedOcids = new ArrayList<>();
            for (List<ReleaseSort.Entry> group : groups) {
                Merged merged = new Merged(group, touched.get(group.get(0).ocid()));
                merges.add(merged);
                if (!merged.touched.isNew) {
                    storedOcids.add(group.get(0).ocid());
                }
            }
            Map<String, ProcessRecord> storedRecords = new HashMap<>();
            if (!storedOcids.isEmpty()) {
                writeMerged(); // the chunk before is written and cleared before these records are loaded
                records.findAllById(storedOcids).forEach(r -> storedRecords.put(r.getOcid(), r));
            }
            for (Merged merged : merges) {
                String ocid = merged.group.get(0).ocid();
                if (merged.touched.isNew) {
                    merged.record = new ProcessRecord(ocid, merged.touched.version, merged.touched.buyerSlug);
                } else {
                    merged.record = storedRecords.get(ocid);
                    String latest = merged.record.getLastReleaseDate();
                    if (merged.group.stream().anyMatch(e -> latest != null && e.date().compareTo(latest) < 0)) {
                        // Out of date order: the stored releases are read here, in the transaction, for the merge.
                        // Those of this publication are in the group: known by their SHA-256 (ids are unique per ocid).
                        Set<String> added = new java.util.HashSet<>();
                        merged.group.forEach(e -> added.add(Hashing.sha256Hex(e.json())));
                        merged.earlier = releases.findByOcidOrderByReleaseDateAscIdAsc(ocid).stream()
                                .filter(r -> !added.contains(r.getSha256()))
                                .map(r -> OcdsJson.MAPPER.readTree(r.getReleaseJson())).toList();
                    }
                }
            }
            // The merges are independent of each other and touch no database: they run on the pool.
            ForkJoinTask<List<Merged>> next = workers.submit(() -> {
                merges.parallelStream().forEach(this::merge);
                return merges;
            });
            writeMerged();
            merging = next;
        }

        /** Writes the chunk merged last (its records, then their supplier rows), once its merges are done. */
        private void writeMerged() {
            if (merging == null) {
                return;
            }
            List<Merged> merges = merging.join();
            merging = null;
            List<SupplierAward> suppliers = new ArrayList<>();
            List<String> replaced = new ArrayList<>();
            List<Object[]> copied = new ArrayList<>();
            for (Merged one : merges) {
                for (FieldProblem problem : one.problems) {
                    problem(problem);
                }
                if (problems.isEmpty()) {
                    if (one.row != null) {
                        copied.add(one.row);
                        one.row = null;
                    } else if (one.touched.isNew) {
                        entityManager.persist(one.record);
                    } else {
                        replaced.add(one.record.getOcid());
                    }
                    suppliers.addAll(one.suppliers);
                }
            }
            if (problems.isEmpty()) {
                // The records first (the supplier rows point at them); then what is written leaves the persistence
                // context, so memory stays flat whatever the input's size.
                releaseRows.insertRecords(copied);
                entityManager.flush();
                index.indexAll(suppliers, replaced);
                entityManager.clear();
            }
        }

        /** Merges one process's new releases; problems stay with it until they are listed, in ocid order. */
        private void merge(Merged merged) {
            String ocid = merged.group.get(0).ocid();
            MergeRules rules = MergeRules.of(merged.touched.version);
            ProcessRecord record = merged.record;
            OcdsRecord merger;
            String lastDate;
            if (merged.touched.isNew) {
                merger = new OcdsRecord(ocid, rules, true);
                lastDate = null;
            } else {
                List<JsonNode> earlier = merged.earlier;
                merger = OcdsRecord.resume(ocid, rules, OcdsJson.MAPPER.readTree(record.getCompiledJson()),
                        OcdsJson.MAPPER.readTree(record.getVersionedJson()), record.getLastReleaseDate(),
                        () -> earlier == null ? List.of() : earlier);
                lastDate = record.getLastReleaseDate();
            }
            for (ReleaseSort.Entry entry : merged.group) {
                String pointer = pointerOf(entry.place());
                JsonNode release = Utf8Tree.read(entry.json());
                try {
                    merger.add(release);
                } catch (OcdsDataException e) {
                    merged.problems.add(new FieldProblem(pointer, e.messageKey(), e.messageArgs()));
                    return;
                }
                List<FieldProblem> inProcess = validation.checkProcess(merger.compiledAwardIds(), release, pointer,
                        entry.place());
                if (!inProcess.isEmpty()) {
                    merged.problems.addAll(inProcess);
                    return;
                }
                lastDate = lastDate == null || entry.date().compareTo(lastDate) > 0 ? entry.date() : lastDate;
            }
            JsonNode compiled = merger.compiledReleaseView();
            int count = (merged.touched.isNew ? 0 : record.getReleaseCount()) + merged.group.size();
            long read = 0;
            for (ReleaseSort.Entry entry : merged.group) {
                read += entry.json().length;
            }
            if (merged.touched.isNew && copyRecords) {
                // Written with COPY as the bytes the generator wrote: no string decoded here and encoded again by
                // the driver (the JSON columns were most of what the import allocated).
                ReleaseRows.Buffer compiledJson = write(merger, true, read / merged.group.size() * 2);
                ReleaseRows.Buffer versioned = write(merger, false, read + read / 4);
                record.update(null, null, compiled, count, lastDate, now);
                merged.row = record.row(compiledJson, versioned);
            } else {
                record.update(text(write(merger, true, read / merged.group.size() * 2)),
                        text(write(merger, false, read + read / 4)), compiled,
                        count, lastDate, now);
            }
            merged.suppliers = ProcessIndex.supplierAwards(record, compiled);
        }

        @Override
        public void close() {
            sort.close();
        }

        private static List<String> tagList(String tags) {
            return tags.isEmpty() ? List.of() : List.of(tags.split(","));
        }

        private static String key(String ocid, String releaseId) {
            return ocid + '\u0000' + releaseId;
        }

        /**
         * The slug of the release's buyer: named by the release, else the buyer of its process. Adds a problem
         * and gives null when there is none, or it is not an institution of the directory, or it is not the
         * process's buyer.
         */
        private String buyer(BuyerName named, String known, String pointer, String place, List<FieldProblem> found) {
            if (named == null) {
                if (known == null) {
                    found.add(new FieldProblem(pointer + "/buyer", "contracting.ocds.noBuyer",
                            OcdsValidation.where(pointer + "/buyer", place), institutionScheme));
                }
                return known;
            }
            if (named.slug() == null) {
                found.add(new FieldProblem(named.pointer(), "contracting.ocds.buyerNotIdentified",
                        OcdsValidation.where(named.pointer(), place), institutionScheme));
                return null;
            }
            if (!institutions.computeIfAbsent(named.slug(), this::isInstitution)) {
                found.add(new FieldProblem(named.pointer(), "contracting.ocds.unknownInstitution",
                        OcdsValidation.where(named.pointer(), place), named.slug()));
                return null;
            }
            if (known != null && !known.equals(named.slug())) {
                found.add(new FieldProblem(named.pointer(), "contracting.ocds.otherBuyer",
                        OcdsValidation.where(named.pointer(), place), named.slug(), known));
                return known;
            }
            return named.slug();
        }

        private boolean isInstitution(String slug) {
            try {
                directory.institution(slug);
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        }
    }

    /** The buyer organisation a release names: its slug (null if no identifier of the scheme) and where. */
    private record BuyerName(String slug, String pointer) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private BuyerName buyerNamed(JsonNode release, OcdsVersion version, String pointer) {
        JsonNode buyer = release.get("buyer");
        String buyerId = buyer != null && buyer.isObject() ? buyer.path("id").asString(null) : null;
        int i = 0;
        BuyerName byRole = null;
        for (JsonNode party : release.path("parties")) {
            String at = pointer + "/parties/" + i++;
            boolean named = buyerId != null && buyerId.equals(party.path("id").asString(null));
            boolean role = false;
            for (JsonNode r : party.path("roles")) {
                role |= "buyer".equals(r.asString(null));
            }
            if (named) {
                return new BuyerName(slugOf(party), at);
            }
            if (role && byRole == null) {
                byRole = new BuyerName(slugOf(party), at);
            }
        }
        if (byRole != null) {
            return byRole;
        }
        if (buyer != null && buyer.isObject()) {
            // 1.0: the buyer is a whole organisation; 1.1 without its party: its reference may carry nothing more.
            return new BuyerName(slugOf(buyer), pointer + "/buyer");
        }
        return null;
    }

    private String slugOf(JsonNode organisation) {
        List<JsonNode> identifiers = new ArrayList<>();
        identifiers.add(organisation.path("identifier"));
        organisation.path("additionalIdentifiers").forEach(identifiers::add);
        for (JsonNode identifier : identifiers) {
            if (institutionScheme.equals(identifier.path("scheme").asString(null))) {
                String id = identifier.path("id").asString(null);
                if (id != null && !id.isBlank()) {
                    return id.strip();
                }
            }
        }
        return null;
    }

    private static String text(ReleaseRows.Buffer utf8) {
        return utf8.toString(StandardCharsets.UTF_8);
    }

    /**
     * The compiled or versioned release as UTF-8, so the releases' text goes out as the bytes it was read from
     * (Utf8Tree): cheaper than encoding every value into characters. {@code expected} sizes the buffer (the
     * releases merged), so it rarely grows.
     */
    private static ReleaseRows.Buffer write(OcdsRecord merger, boolean compiled, long expected) {
        ReleaseRows.Buffer bytes = new ReleaseRows.Buffer((int) Math.min(Math.max(expected, 1 << 12), 1 << 24));
        try (JsonGenerator out = OcdsJson.MAPPER.createGenerator(bytes)) {
            if (compiled) {
                merger.writeCompiledRelease(out);
            } else {
                merger.writeVersionedRelease(out);
            }
        }
        return bytes;
    }

    private static PackageFields packageFields(PackageMetadata metadata) {
        if (metadata == null) {
            return PackageFields.NONE;
        }
        JsonNode fields = metadata.fields();
        return new PackageFields(PackageFields.cut(fields.path("publisher").path("name").asString(null), 400),
                PackageFields.cut(fields.path("uri").asString(null), 1000),
                PackageFields.cut(fields.path("license").asString(null), 1000),
                PackageFields.cut(fields.path("publishedDate").asString(null), 40),
                metadata.version().label());
    }

    private static Instant instant(String date) {
        try {
            return OcdsDate.parse(date).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH; // never stored: the schema's date-time format refused it first
        }
    }

    /** The JSON pointer part of a place ({@code line 3, column 1 (byte 80), /releases/2} → {@code /releases/2}). */
    static String pointerOf(String place) {
        if (place == null) {
            return "";
        }
        int at = place.indexOf(", /");
        return at < 0 ? (place.startsWith("/") ? place : "") : place.substring(at + 2);
    }
}
