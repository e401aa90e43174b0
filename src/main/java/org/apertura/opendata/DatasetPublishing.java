package org.apertura.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.security.Actor;
import org.apertura.platform.storage.CappedInputStream;
import org.apertura.platform.storage.FileNames;
import org.apertura.platform.storage.Storage;
import org.apertura.platform.time.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Every write to the catalog, authorised by {@link OpenDataPolicy} (only the institution's DATA_PUBLISHER) and, once a
 * dataset is public, written to the ledger in the same transaction: a dataset created (as a draft), edited, published,
 * withdrawn with a public reason; a file added or replaced (a new version, the old ones kept and downloadable, each
 * public version with its SHA-256 in the ledger); a link added; a resource's data dictionary defined. Bad input
 * changes nothing ({@link InvalidInputException} with every problem). Files are streamed to Storage as they arrive
 * and checked there, in constant memory; a refused file's bytes may stay in Storage, unreferenced.
 */
@Service
public class DatasetPublishing {

    public static final String MODULE = "opendata";
    public static final String SUBJECT_DATASET = "dataset";
    public static final String SUBJECT_RESOURCE = "resource";
    /** Ledger types: a dataset made public, its metadata or resources changed, withdrawn, a file version public. */
    public static final String PUBLISHED = "dataset.published";
    public static final String UPDATED = "dataset.updated";
    public static final String WITHDRAWN = "dataset.withdrawn";
    public static final String VERSION = "resource.version";
    public static final String RESOURCE_UPDATED = "resource.updated";

    private final DatasetRepository datasets;
    private final ResourceRepository resources;
    private final ResourceVersionRepository versions;
    private final OpenDataPolicy policy;
    private final QualityCheck quality;
    private final JurisdictionService directory;
    private final LedgerService ledger;
    private final Storage storage;
    private final Today today;
    private final DataSize maxUpload;
    private final ApplicationEventPublisher events;

    DatasetPublishing(DatasetRepository datasets, ResourceRepository resources, ResourceVersionRepository versions,
            OpenDataPolicy policy, QualityCheck quality, JurisdictionService directory, LedgerService ledger,
            Storage storage, Today today, OpenDataProperties settings,
            ApplicationEventPublisher events) {
        this.events = events;
        this.datasets = datasets;
        this.resources = resources;
        this.versions = versions;
        this.policy = policy;
        this.quality = quality;
        this.directory = directory;
        this.ledger = ledger;
        this.storage = storage;
        this.today = today;
        this.maxUpload = settings.maxUpload();
    }

    /** The largest file accepted. */
    public DataSize maxUpload() {
        return maxUpload;
    }

    /** Creates a draft dataset for an institution; refused unless the person publishes data for it. */
    @Transactional
    public Dataset create(DatasetDraft draft) {
        List<FieldProblem> problems = new ArrayList<>(Dataset.checkName(draft.name()));
        String institution = Texts.blankToNull(draft.institutionSlug());
        if (institution == null || directory.allInstitutions().stream()
                .noneMatch(i -> i.getSlug().equals(institution))) {
            problems.add(new FieldProblem("institution", "opendata.error.institution"));
        }
        problems.addAll(Dataset.check(draft));
        if (problems.stream().noneMatch(p -> p.field().equals("name")) && datasets.existsByName(draft.name().strip())) {
            problems.add(new FieldProblem("name", "opendata.error.nameTaken"));
        }
        InvalidInputException.throwIfAny(problems);
        policy.allowed(Actor.current(), institution).require(OpenDataAction.CREATE);
        return saved(new Dataset(draft, today.now()));
    }

    /** Edits a dataset's metadata (its name and institution stay). */
    @Transactional
    public Dataset update(String name, DatasetDraft draft) {
        Dataset dataset = editable(name);
        dataset.update(draft, today.now());
        saved(dataset);
        if (dataset.isPublic()) {
            ledger.append(MODULE, UPDATED, SUBJECT_DATASET, dataset.getUid(), dataset.publicRecord());
        }
        return dataset;
    }

    /** Publishes a draft: it enters the catalog, and every file version uploaded so far enters the ledger. */
    @Transactional
    public Dataset publish(String name) {
        Dataset dataset = find(name);
        policy.allowed(Actor.current(), dataset).require(OpenDataAction.PUBLISH);
        dataset.publish(today.now());
        saved(dataset);
        Map<String, Object> record = dataset.publicRecord();
        List<Resource> all = resources.findByDatasetIdOrderByPosition(dataset.getId());
        record.put("resources", all.stream().map(Resource::publicRecord).toList());
        ledger.append(MODULE, PUBLISHED, SUBJECT_DATASET, dataset.getUid(), record);
        for (Resource resource : all) {
            for (ResourceVersion version : versions.findByResourceIdAndLedgerSeqIsNullOrderByNumber(resource.getId())) {
                record(dataset, version);
            }
        }
        return dataset;
    }

    /** Withdraws a published dataset with a public reason; its page, resources and every file stay. */
    @Transactional
    public Dataset withdraw(String name, String reason) {
        Dataset dataset = find(name);
        policy.allowed(Actor.current(), dataset).require(OpenDataAction.WITHDRAW);
        dataset.withdraw(reason, today.now());
        saved(dataset);
        ledger.append(MODULE, WITHDRAWN, SUBJECT_DATASET, dataset.getUid(), dataset.publicRecord());
        return dataset;
    }

    /** Adds an uploaded file as a new resource (its version 1, with its quality report when it is a table). */
    @Transactional
    public Resource addFile(String name, ResourceDraft draft, FileUpload upload) {
        Dataset dataset = editable(name);
        String fileName = FileNames.safe(upload.fileName(), "archivo");
        InvalidInputException.throwIf(
                FieldProblem.longerThan(draft.name(), Resource.MAX_NAME, "resourceName", "validation.required.max"));
        Received file = receive(upload, fileName);
        Resource resource = Resource.file(dataset.getId(), nextPosition(dataset), draft, fileName, file.format(),
                file.sha256(), file.size(), today.now());
        resources.saveAndFlush(resource);
        ResourceVersion version = versions.saveAndFlush(new ResourceVersion(resource.getId(), 1, file.sha256(),
                file.size(), file.format().mediaType(), fileName, today.now(), file.report()));
        changed(dataset, version);
        return resource;
    }

    /** Replaces a file resource's file: a new version; every earlier one stays downloadable. */
    @Transactional
    public ResourceVersion replaceFile(String resourceId, FileUpload upload) {
        Resource resource = resource(resourceId);
        Dataset dataset = editable(datasetOf(resource).getName());
        if (!resource.isFile()) {
            throw new InvalidInputException("file", "opendata.error.notAFile");
        }
        String fileName = FileNames.safe(upload.fileName(), "archivo");
        Received file = receive(upload, fileName);
        int number = resource.getCurrentVersion().orElse(0) + 1;
        resource.newVersion(number, file.format(), file.sha256(), file.size(), today.now());
        resources.saveAndFlush(resource);
        ResourceVersion version = versions.saveAndFlush(new ResourceVersion(resource.getId(), number, file.sha256(),
                file.size(), file.format().mediaType(), fileName, today.now(), file.report()));
        changed(dataset, version);
        return version;
    }

    /** Adds a link to data kept elsewhere (an API, a page, a file on another site). */
    @Transactional
    public Resource addLink(String name, ResourceDraft draft) {
        Dataset dataset = editable(name);
        Resource resource = resources.saveAndFlush(Resource.link(dataset.getId(), nextPosition(dataset), draft,
                today.now()));
        resourceChanged(dataset, resource, resource.publicRecord());
        return resource;
    }

    /** Renames or re-describes a resource (and changes a link's address). */
    @Transactional
    public Resource describe(String resourceId, ResourceDraft draft) {
        Resource resource = resource(resourceId);
        Dataset dataset = editable(datasetOf(resource).getName());
        resource.describe(draft, today.now());
        resources.saveAndFlush(resource);
        resourceChanged(dataset, resource, resource.publicRecord());
        return resource;
    }

    /** Defines a resource's data dictionary, replacing the one it had. */
    @Transactional
    public Resource defineDictionary(String resourceId, List<DictionaryField> fields) {
        Resource resource = resource(resourceId);
        Dataset dataset = editable(datasetOf(resource).getName());
        resource.defineDictionary(fields, today.now());
        resources.saveAndFlush(resource);
        Map<String, Object> record = resource.publicRecord();
        record.put("dictionary", resource.getDictionary().stream().map(f -> f.getName() + ":" + f.getType().name())
                .toList());
        resourceChanged(dataset, resource, record);
        return resource;
    }

    /**
     * Registers and publishes one of Apertura's public lists (by the platform itself, not a person: no policy), with
     * its live downloads as links and their dictionaries; in the ledger like any published dataset.
     */
    @Transactional
    Dataset registerPlatformList(String sourceKey, DatasetDraft draft, List<PlatformLists.PlatformResource> links) {
        Dataset dataset = datasets.saveAndFlush(new Dataset(draft, DatasetKind.PLATFORM_LIST, sourceKey, today.now()));
        int position = 0;
        for (PlatformLists.PlatformResource link : links) {
            Resource resource = Resource.sitePath(dataset.getId(), position++, link.name(), null, link.path(),
                    link.format(), today.now());
            if (!link.dictionary().isEmpty()) {
                resource.defineDictionary(link.dictionary(), today.now());
            }
            resources.saveAndFlush(resource);
        }
        dataset.publish(today.now());
        saved(dataset);
        Map<String, Object> record = dataset.publicRecord();
        record.put("resources", resources.findByDatasetIdOrderByPosition(dataset.getId()).stream()
                .map(Resource::publicRecord).toList());
        ledger.append(MODULE, PUBLISHED, SUBJECT_DATASET, dataset.getUid(), record);
        return dataset;
    }

    // ---- internals

    /** Saves a dataset and tells the catalog's copies (the search index) to refresh it once this commits. */
    private Dataset saved(Dataset dataset) {
        Dataset saved = datasets.saveAndFlush(dataset);
        events.publishEvent(new DatasetChanged(saved.getId()));
        return saved;
    }

    private void resourceChanged(Dataset dataset, Resource resource, Map<String, Object> record) {
        dataset.touch(today.now());
        saved(dataset);
        if (dataset.isPublic()) {
            ledger.append(MODULE, RESOURCE_UPDATED, SUBJECT_RESOURCE, resource.getId(), record);
        }
    }

    private void changed(Dataset dataset, ResourceVersion version) {
        dataset.touch(today.now());
        saved(dataset);
        if (dataset.isPublic()) {
            record(dataset, version);
        }
    }

    private void record(Dataset dataset, ResourceVersion version) {
        LedgerEntry entry = ledger.append(MODULE, VERSION, SUBJECT_RESOURCE, version.getResourceId(),
                version.publicRecord(dataset.getName()));
        version.recordedAs(entry.getSeq());
        versions.saveAndFlush(version);
    }

    private Dataset find(String name) {
        return datasets.findByName(name == null ? "" : name).orElseThrow(() -> new NotFoundException("dataset " + name));
    }

    private Dataset editable(String name) {
        Dataset dataset = find(name);
        policy.allowed(Actor.current(), dataset).require(OpenDataAction.EDIT);
        return dataset;
    }

    private Resource resource(String id) {
        return resources.findById(id == null ? "" : id).orElseThrow(() -> new NotFoundException("resource " + id));
    }

    private Dataset datasetOf(Resource resource) {
        return datasets.findById(resource.getDatasetId()).orElseThrow();
    }

    private int nextPosition(Dataset dataset) {
        return resources.findByDatasetIdOrderByPosition(dataset.getId()).stream().mapToInt(Resource::getPosition)
                .max().orElse(-1) + 1;
    }

    /** A file received: stored under its SHA-256, its size, its format from content and its quality report. */
    private record Received(String sha256, long size, DetectedFormat format, QualityReport report) {
    }

    private Received receive(FileUpload upload, String fileName) {
        if (upload == null || upload.content() == null) {
            throw new InvalidInputException("file", "opendata.error.noFile");
        }
        CappedInputStream counted = new CappedInputStream(upload.content(), maxUpload.toBytes());
        String sha;
        try {
            sha = storage.store(counted);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CappedInputStream.OverLimit) {
                throw tooLarge();
            }
            throw e;
        }
        if (counted.count() == 0) {
            throw new InvalidInputException("file", "opendata.error.noFile");
        }
        byte[] head = head(sha);
        Optional<DetectedFormat> detected = FileFormats.detect(head, fileName);
        if (FileFormats.namedAsCsv(fileName) && detected.filter(DetectedFormat.CSV::equals).isEmpty()) {
            throw new InvalidInputException("file", "opendata.error.notCsv");
        }
        DetectedFormat format = detected.orElseThrow(() -> new InvalidInputException("file",
                "opendata.error.fileType"));
        QualityReport report = null;
        long size = counted.count();
        if (format.isTable()) {
            boolean utf8 = true;
            boolean converted = false;
            if (format.equals(DetectedFormat.CSV)) {
                try (InputStream in = storage.open(sha).orElseThrow()) {
                    utf8 = QualityCheck.isUtf8(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (!utf8 && upload.convertLatin1()) {
                    try (InputStream in = storage.open(sha).orElseThrow();
                            CappedInputStream utf = new CappedInputStream(QualityCheck.latin1ToUtf8(in), Long.MAX_VALUE)) {
                        sha = storage.store(utf);
                        size = utf.count();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    utf8 = true;
                    converted = true;
                }
            }
            try (InputStream in = storage.open(sha).orElseThrow()) {
                report = quality.check(in, format, utf8, converted);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Received(sha, size, format, report);
    }

    /** The refusal of a file over the limit, with the limit in words (e.g. "1 GB"). */
    public InvalidInputException tooLarge() {
        return new InvalidInputException("file", "opendata.error.tooLarge", sizeInWords(maxUpload.toBytes()));
    }

    /** A size as people say it: 1 GB, 500 MB, 12 kB. */
    public static String sizeInWords(long bytes) {
        return org.apertura.platform.storage.FileSizes.inWords(bytes);
    }

    private byte[] head(String sha) {
        try (InputStream in = storage.open(sha).orElseThrow()) {
            return in.readNBytes(FileFormats.HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
