package org.apertura.contracting;

import jakarta.persistence.EntityManager;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.Authority;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.apertura.platform.security.Authorities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Publishing OCDS releases in: a whole input (release packages, record packages, bare releases, JSON Lines, gzip)
 * read release by release in constant memory, each release checked ({@link OcdsValidation}), authorised (the
 * caller holds {@code PROCUREMENT@INSTITUTION:{slug}} of the release's buyer), stored as published, merged into
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
    /** Releases written between two flushes of the persistence context. */
    static final int FLUSH_EVERY = 500;
    public static final String MODULE = "contracting";
    public static final String PUBLISHED = "release.published";
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

    OcdsPublication(OcdsValidation validation, StoredReleaseRepository releases, ProcessRecordRepository records,
            JurisdictionService directory, LedgerService ledger, ProcessIndex index, Clock clock,
            @Value("${apertura.ocds.institution-scheme:APERTURA}") String institutionScheme,
            EntityManager entityManager) {
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
        } catch (OcdsDataException e) {
            Object[] args = e.messageArgs();
            args[0] = new InputPlace(e.place());
            run.problem(new FieldProblem(pointerOf(e.place()), e.messageKey(), args));
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

    /** One publication's state: what was read, the problems so far, and the buyers met in it. */
    private final class Run {
        final List<FieldProblem> problems = new ArrayList<>();
        final Set<String> ocids = new LinkedHashSet<>();
        final Map<String, String> buyers = new HashMap<>();
        final Instant now = Instant.now(clock);
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
            String place = raw.place();
            String pointer = pointerOf(place);
            JsonNode release = OcdsJson.MAPPER.readTree(raw.json());
            PackageMetadata metadata = raw.packageMetadata();
            if (metadata != null && metadata != lastPackage) {
                lastPackage = metadata;
                validation.checkPackage(metadata.fields(), metadata.version(), place).forEach(this::problem);
            }
            List<FieldProblem> found = new ArrayList<>(validation.checkRelease(release, raw.version(), pointer, place));
            String ocid = raw.ocid();
            if (ocid.length() > 100) {
                found.add(new FieldProblem(pointer + "/ocid", "contracting.ocds.ocidTooLong",
                        OcdsValidation.where(pointer + "/ocid", place), 100));
            }
            ProcessRecord record = ocid.length() > 100 ? null : records.findById(ocid).orElse(null);
            String slug = buyer(release, raw.version(), record, pointer, place, found);
            if (slug != null) {
                // Not the caller's institution: 403, whatever else is wrong; the transaction rolls back.
                Authorities.require(Authority.of(Role.PROCUREMENT, slug));
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
            // A process without a record has no release stored yet: they are written together.
            StoredRelease existing = record == null ? null
                    : releases.findByOcidAndReleaseId(ocid, releaseId).orElse(null);
            if (existing != null) {
                if (existing.getSha256().equals(sha256)
                        || OcdsJson.MAPPER.readTree(existing.getReleaseJson()).equals(release)) {
                    unchanged++;
                    ocids.add(ocid);
                } else {
                    problem(new FieldProblem(pointer + "/id", "contracting.ocds.changedRelease",
                            OcdsValidation.where(pointer + "/id", place), releaseId, ocid));
                }
                return;
            }
            merge(raw, release, record, slug, pointer, place, sha256);
        }

        private void merge(RawRelease raw, JsonNode release, ProcessRecord existing, String slug, String pointer,
                String place, String sha256) {
            String ocid = raw.ocid();
            MergeRules rules = MergeRules.of(raw.version());
            OcdsRecord merger;
            ProcessRecord record = existing;
            if (record == null) {
                record = new ProcessRecord(ocid, raw.version(), slug);
                merger = new OcdsRecord(ocid, rules, true);
            } else {
                merger = OcdsRecord.resume(ocid, rules, OcdsJson.MAPPER.readTree(record.getCompiledJson()),
                        OcdsJson.MAPPER.readTree(record.getVersionedJson()), record.getLastReleaseDate(),
                        () -> releases.findByOcidOrderByReleaseDateAscIdAsc(ocid).stream()
                                .map(r -> OcdsJson.MAPPER.readTree(r.getReleaseJson())).toList());
            }
            JsonNode compiled;
            String compiledJson;
            try {
                merger.add(release);
                compiledJson = write(merger, true);
                compiled = OcdsJson.MAPPER.readTree(compiledJson);
            } catch (OcdsDataException e) {
                problem(new FieldProblem(pointer, e.messageKey(), e.messageArgs()));
                return;
            }
            List<FieldProblem> found = validation.checkProcess(compiled, release, pointer, place);
            if (!found.isEmpty()) {
                found.forEach(this::problem);
                return;
            }
            List<String> tags = new ArrayList<>();
            release.path("tag").forEach(t -> tags.add(t.asString()));
            String date = raw.date();
            releases.save(new StoredRelease(ocid, release.path("id").asString(), instant(date), date,
                    String.join(",", tags), raw.version(), record.getBuyerSlug(),
                    new String(raw.json(), StandardCharsets.UTF_8), sha256, packageFields(raw.packageMetadata()), now));
            String last = existing == null || date.compareTo(existing.getLastReleaseDate()) > 0 ? date
                    : existing.getLastReleaseDate();
            record.update(compiledJson, write(merger, false), compiled,
                    existing == null ? 1 : existing.getReleaseCount() + 1, last, now);
            records.save(record);
            index.index(record, compiled);
            buyers.put(ocid, record.getBuyerSlug());
            ledger.append(MODULE, PUBLISHED, SUBJECT, ocid,
                    Map.of("release", release.path("id").asString(), "tags", tags, "sha256", sha256));
            stored++;
            ocids.add(ocid);
            if (stored % FLUSH_EVERY == 0) {
                // Constant memory for any input: what is written leaves the persistence context (still uncommitted).
                entityManager.flush();
                entityManager.clear();
            }
        }

        /**
         * The slug of the release's buyer: named by the release, else the buyer of its process. Adds a problem
         * and gives null when there is none, or it is not an institution of the directory, or it is not the
         * process's buyer.
         */
        private String buyer(JsonNode release, OcdsVersion version, ProcessRecord record, String pointer,
                String place, List<FieldProblem> found) {
            String known = record != null ? record.getBuyerSlug() : buyers.get(release.path("ocid").asString());
            BuyerName named = buyerNamed(release, version, pointer);
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
            try {
                directory.institution(named.slug());
            } catch (NotFoundException e) {
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
    }

    /** The buyer organisation a release names: its slug (null if no identifier of the scheme) and where. */
    private record BuyerName(String slug, String pointer) {
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = OcdsJson.MAPPER.createGenerator(bytes)) {
            if (compiled) {
                merger.writeCompiledRelease(out);
            } else {
                merger.writeVersionedRelease(out);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
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
