package org.apertura.contracting;

import jakarta.persistence.EntityManager;
import java.io.StringWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.beans.factory.annotation.Value;
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
    public static final String MODULE = "contracting";
    /** The ledger type of entries written before releases were published in batches: one release each. */
    public static final String PUBLISHED = "release.published";
    /** The ledger type of a batch of one buyer's releases: each named by ocid, release id, tags and SHA-256. */
    public static final String PUBLISHED_BATCH = "releases.published";
    /** The subject of a batch entry: the buyer institution (its slug) that published the releases. */
    public static final String BUYER_SUBJECT = "ocds-buyer";
    public static final String SUBJECT = "ocds-process";
    private static final int[] RELEASE_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE};

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
    private final NamedParameterJdbcTemplate jdbc;
    private final ContractingPolicy policy;

    OcdsPublication(OcdsValidation validation, StoredReleaseRepository releases, ProcessRecordRepository records,
            JurisdictionService directory, LedgerService ledger, ProcessIndex index, Clock clock,
            @Value("${apertura.ocds.institution-scheme:APERTURA}") String institutionScheme,
            EntityManager entityManager, NamedParameterJdbcTemplate jdbc, ContractingPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.entityManager = entityManager;
        this.index = index;
        this.validation = validation;
        this.releases = releases;
        this.records = records;
        this.directory = directory;
        this.ledger = ledger;
        this.clock = clock;
        this.institutionScheme = institutionScheme;
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
        Run run = new Run();
        try {
            ReleaseReader.readRaw(input, run::take);
            run.flush();
        } catch (OcdsDataException e) {
            try {
                run.flush(); // the releases read before the input broke are checked too
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
        JsonNode release;
        List<FieldProblem> found;
        BuyerName named;

        Pending(RawRelease raw) {
            this.raw = raw;
            this.place = raw.place();
            this.pointer = pointerOf(place);
        }
    }

    /** The merge of one process in a batch: its record (new or stored), its merge state, the releases accepted. */
    private static final class Merging {
        final ProcessRecord record;
        final boolean isNew;
        final OcdsRecord merger;
        final List<Object[]> rows = new ArrayList<>();
        String lastDate;

        Merging(ProcessRecord record, boolean isNew, OcdsRecord merger) {
            this.record = record;
            this.isNew = isNew;
            this.merger = merger;
            this.lastDate = isNew ? null : record.getLastReleaseDate();
        }
    }

    /**
     * One publication's state: what was read, the problems so far, the buyers met in it, and the batch being
     * read. Releases are checked on their own as they are read (schema and single-release rules, in parallel),
     * then a batch at a time against the stored records: each process of the batch is read once, merged once
     * and written once, its releases and supplier rows in JDBC batches, and each buyer's releases of the batch
     * in one ledger entry.
     */
    private final class Run {
        final List<FieldProblem> problems = new ArrayList<>();
        final Set<String> ocids = new LinkedHashSet<>();
        final Map<String, String> buyers = new HashMap<>();
        final Map<String, Boolean> institutions = new HashMap<>();
        final Instant now = Instant.now(clock);
        final Actor actor = Actor.current();
        final List<Pending> batch = new ArrayList<>();
        long batchBytes;
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

        /** Checks and writes the batch read so far. */
        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            // Parsing and the schema are the costly part of a release's own checks: they run in parallel.
            batch.parallelStream().forEach(p -> {
                p.release = OcdsJson.MAPPER.readTree(p.raw.json());
                p.found = new ArrayList<>(validation.checkRelease(p.release, p.raw.version(), p.pointer, p.place));
                p.named = buyerNamed(p.release, p.raw.version(), p.pointer);
            });
            List<Pending> taken = new ArrayList<>(batch);
            batch.clear();
            batchBytes = 0;
            Map<String, ProcessRecord> stored = new HashMap<>();
            Map<String, String> storedSha = new HashMap<>();
            if (problems.isEmpty()) {
                load(taken, stored, storedSha);
            }
            Map<String, Merging> merging = new LinkedHashMap<>();
            Map<String, String> accepted = new HashMap<>();
            for (Pending p : taken) {
                check(p, stored, storedSha, merging, accepted);
            }
            if (problems.isEmpty() && !merging.isEmpty()) {
                writeBatch(merging);
            }
        }

        /** The stored records of the batch's processes and the SHA-256 of their stored releases, two queries. */
        private void load(List<Pending> taken, Map<String, ProcessRecord> stored, Map<String, String> storedSha) {
            List<String> batchOcids = taken.stream().map(p -> p.raw.ocid()).filter(o -> o.length() <= 100)
                    .distinct().toList();
            for (int from = 0; from < batchOcids.size(); from += ProcessIndex.IN_LIST) {
                List<String> part = batchOcids.subList(from, Math.min(batchOcids.size(), from + ProcessIndex.IN_LIST));
                records.findAllById(part).forEach(r -> stored.put(r.getOcid(), r));
                List<String> known = part.stream().filter(stored::containsKey).toList();
                if (!known.isEmpty()) {
                    jdbc.query("SELECT ocid, release_id, sha256 FROM ocds_release WHERE ocid IN (:ocids)",
                            Map.of("ocids", known), row -> {
                                storedSha.put(key(row.getString(1), row.getString(2)), row.getString(3));
                            });
                }
            }
        }

        private void check(Pending p, Map<String, ProcessRecord> stored, Map<String, String> storedSha,
                Map<String, Merging> merging, Map<String, String> accepted) {
            RawRelease raw = p.raw;
            String place = p.place;
            String pointer = p.pointer;
            JsonNode release = p.release;
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
            Merging merge = merging.get(ocid);
            ProcessRecord record = merge != null ? merge.record : ocid.length() > 100 ? null
                    : problems.isEmpty() ? stored.get(ocid) : records.findById(ocid).orElse(null);
            String slug = buyer(release, p.named, record, pointer, place, found);
            if (slug != null) {
                // Not the caller's institution: 403, whatever else is wrong; the transaction rolls back.
                policy.allowed(actor, slug).require(ContractingAction.PUBLISH);
            }
            if (record != null && !record.getOcdsVersion().equals(raw.version().label())) {
                found.add(new FieldProblem(pointer, "contracting.ocds.versionMismatch",
                        OcdsValidation.where(pointer, place), ocid, record.getOcdsVersion(), raw.version().label()));
            }
            found.forEach(this::problem);
            if (!problems.isEmpty()) {
                return; // nothing more is written; the rest is only checked
            }
            String releaseId = release.path("id").asString();
            byte[] json = raw.json();
            String sha256 = Hashing.sha256Hex(json);
            String key = key(ocid, releaseId);
            String inBatch = accepted.get(key);
            String before = inBatch != null ? inBatch : storedSha.get(key);
            if (before != null) {
                if (before.equals(sha256) || inBatch == null && OcdsJson.MAPPER.readTree(releases
                        .findByOcidAndReleaseId(ocid, releaseId).orElseThrow().getReleaseJson()).equals(release)) {
                    unchanged++;
                    ocids.add(ocid);
                } else {
                    problem(new FieldProblem(pointer + "/id", "contracting.ocds.changedRelease",
                            OcdsValidation.where(pointer + "/id", place), releaseId, ocid));
                }
                return;
            }
            if (merge == null) {
                MergeRules rules = MergeRules.of(raw.version());
                if (record == null) {
                    merge = new Merging(new ProcessRecord(ocid, raw.version(), slug), true,
                            new OcdsRecord(ocid, rules, true));
                } else {
                    merge = new Merging(record, false, OcdsRecord.resume(ocid, rules,
                            OcdsJson.MAPPER.readTree(record.getCompiledJson()),
                            OcdsJson.MAPPER.readTree(record.getVersionedJson()), record.getLastReleaseDate(),
                            () -> releases.findByOcidOrderByReleaseDateAscIdAsc(ocid).stream()
                                    .map(r -> OcdsJson.MAPPER.readTree(r.getReleaseJson())).toList()));
                }
            }
            try {
                merge.merger.add(release);
            } catch (OcdsDataException e) {
                problem(new FieldProblem(pointer, e.messageKey(), e.messageArgs()));
                return;
            }
            List<FieldProblem> inProcess = validation.checkProcess(merge.merger.compiledAwardIds(), release, pointer,
                    place);
            if (!inProcess.isEmpty()) {
                inProcess.forEach(this::problem);
                return;
            }
            merging.putIfAbsent(ocid, merge);
            accepted.put(key, sha256);
            List<String> tags = new ArrayList<>();
            release.path("tag").forEach(t -> tags.add(t.asString()));
            String date = raw.date();
            PackageFields fields = packageFields(metadata);
            merge.rows.add(new Object[] {ocid, releaseId, utc(instant(date)), date, String.join(",", tags),
                raw.version().label(), merge.record.getBuyerSlug(), new String(json, StandardCharsets.UTF_8), sha256,
                fields.publisher(), fields.uri(), fields.license(), fields.publishedDate(), fields.version(),
                utc(now)});
            merge.lastDate = merge.lastDate == null || date.compareTo(merge.lastDate) > 0 ? date : merge.lastDate;
            buyers.put(ocid, merge.record.getBuyerSlug());
            ocids.add(ocid);
        }

        /**
         * Writes a checked batch: its releases, each process's record merged once, the supplier rows, and per
         * buyer one ledger entry naming every release (ocid, id, tags, SHA-256).
         */
        private void writeBatch(Map<String, Merging> merging) {
            List<Object[]> rows = new ArrayList<>();
            Map<String, List<Map<String, Object>>> byBuyer = new LinkedHashMap<>();
            Map<ProcessRecord, JsonNode> compiledByRecord = new LinkedHashMap<>();
            for (Merging merge : merging.values()) {
                rows.addAll(merge.rows);
                String compiledJson = write(merge.merger, true);
                JsonNode compiled = merge.merger.compiledReleaseView();
                ProcessRecord record = merge.record;
                record.update(compiledJson, write(merge.merger, false), compiled,
                        (merge.isNew ? 0 : record.getReleaseCount()) + merge.rows.size(), merge.lastDate, now);
                if (merge.isNew) {
                    entityManager.persist(record);
                }
                compiledByRecord.put(record, compiled);
                for (Object[] row : merge.rows) {
                    byBuyer.computeIfAbsent(record.getBuyerSlug(), b -> new ArrayList<>()).add(Map.of("ocid", row[0],
                            "release", row[1], "tags", tagList((String) row[4]), "sha256", row[8]));
                }
                stored += merge.rows.size();
            }
            jdbc.getJdbcTemplate().batchUpdate("INSERT INTO ocds_release (ocid, release_id, release_date, date_text, "
                    + "tags, ocds_version, institution_slug, release_json, sha256, package_publisher, package_uri, "
                    + "package_license, package_published_date, package_version, received_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, RELEASE_TYPES);
            byBuyer.forEach((slug, published) -> ledger.append(MODULE, PUBLISHED_BATCH, BUYER_SUBJECT, slug,
                    Map.of("count", published.size(), "releases", published)));
            // The records first (the supplier rows point at them); then what is written leaves the persistence
            // context, so memory stays flat whatever the input's size.
            entityManager.flush();
            index.indexAll(compiledByRecord);
            entityManager.clear();
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
        private String buyer(JsonNode release, BuyerName named, ProcessRecord record, String pointer,
                String place, List<FieldProblem> found) {
            String known = record != null ? record.getBuyerSlug() : buyers.get(release.path("ocid").asString());
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

    private static String write(OcdsRecord merger, boolean compiled) {
        // Characters, not bytes: the text goes to a String column, so it is never decoded from UTF-8.
        StringWriter text = new StringWriter(1 << 14);
        try (JsonGenerator out = OcdsJson.MAPPER.createGenerator(text)) {
            if (compiled) {
                merger.writeCompiledRelease(out);
            } else {
                merger.writeVersionedRelease(out);
            }
        }
        return text.toString();
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
            return OffsetDateTime.parse(date).toInstant();
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
