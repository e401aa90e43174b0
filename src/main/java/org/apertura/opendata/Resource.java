package org.apertura.opendata;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;

/**
 * A resource of a dataset (a CKAN resource, a DCAT distribution): a file kept here, each of its versions downloadable
 * for ever ({@link ResourceVersion}), or a link. Its id is a UUID that never changes, even when its file is replaced;
 * the current version's number, SHA-256, size and media type are kept on it too, for CKAN's resource dict.
 */
@Entity
@Table(name = "opendata_resource")
public class Resource {

    public static final int MAX_NAME = 300;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_URL = 1000;

    @Id
    private String id;
    private Long datasetId;
    private int position;
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    private ResourceKind kind;
    private String url;
    private String format;
    private String mediaType;
    private Integer currentVersion;
    private String sha256;
    private Long byteSize;
    private Instant createdAt;
    private Instant lastModified;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opendata_field", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    private List<DictionaryField> dictionary = new ArrayList<>();
    @Version
    private long version;

    protected Resource() {
    }

    private Resource(Long datasetId, int position, ResourceKind kind, String name, String description, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.datasetId = datasetId;
        this.position = position;
        this.kind = kind;
        this.name = name;
        this.description = description;
        this.createdAt = now;
        this.lastModified = now;
    }

    /** A file resource with its first version's facts (the version itself is saved beside it). */
    static Resource file(Long datasetId, int position, ResourceDraft draft, String fileName, DetectedFormat format,
            String sha256, long size, Instant now) {
        String name = Texts.isBlank(draft.name()) ? fileName : draft.name().strip();
        checkText(name, draft.description());
        Resource resource = new Resource(datasetId, position, ResourceKind.FILE, name,
                Texts.blankToNull(draft.description()), now);
        resource.newVersion(1, format, sha256, size, now);
        return resource;
    }

    /** A link resource. */
    static Resource link(Long datasetId, int position, ResourceDraft draft, Instant now) {
        List<FieldProblem> problems = new ArrayList<>(textProblems(draft.name(), draft.description()));
        if (!Texts.isWebAddress(draft.url(), MAX_URL)) {
            problems.add(new FieldProblem("url", "validation.url"));
        }
        String format = Texts.blankToNull(draft.format());
        if (format != null && (format.length() > 20 || !format.matches("[A-Za-z0-9.+-]+"))) {
            problems.add(new FieldProblem("format", "opendata.error.format"));
        }
        InvalidInputException.throwIfAny(problems);
        Resource resource = new Resource(datasetId, position, ResourceKind.LINK, draft.name().strip(),
                Texts.blankToNull(draft.description()), now);
        resource.url = draft.url().strip();
        resource.format = format == null ? "HTML" : format.toUpperCase(Locale.ROOT);
        return resource;
    }

    private static List<FieldProblem> textProblems(String name, String description) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldProblem.requiredText(name, MAX_NAME, "resourceName", problems);
        FieldProblem.atMost(description, MAX_DESCRIPTION, "resourceDescription", problems);
        return problems;
    }

    private static void checkText(String name, String description) {
        List<FieldProblem> problems = textProblems(name, description);
        InvalidInputException.throwIfAny(problems);
    }

    /**
     * A link to one of this site's own downloads (a platform list's live CSV or JSON): its url is a path of this site
     * ({@code /solicitudes.csv}), which protocols and pages make absolute with the public address.
     */
    static Resource sitePath(Long datasetId, int position, String name, String description, String path,
            DetectedFormat format, Instant now) {
        Resource resource = new Resource(datasetId, position, ResourceKind.LINK, name, description, now);
        resource.url = path;
        resource.format = format.format();
        resource.mediaType = format.mediaType();
        return resource;
    }

    /** Whether its url is a path of this site rather than an address elsewhere. */
    public boolean isSitePath() {
        return url != null && url.startsWith("/");
    }

    /** Records a new current version (the version row itself is kept by the service). */
    void newVersion(int number, DetectedFormat detected, String sha, long size, Instant now) {
        this.currentVersion = number;
        this.format = detected.format();
        this.mediaType = detected.mediaType();
        this.sha256 = sha;
        this.byteSize = size;
        this.lastModified = now;
    }

    /** Renames and describes it (and, for a link, changes its address and format). */
    void describe(ResourceDraft draft, Instant now) {
        List<FieldProblem> problems = new ArrayList<>(textProblems(draft.name(), draft.description()));
        if (kind == ResourceKind.LINK && !Texts.isWebAddress(draft.url(), MAX_URL)) {
            problems.add(new FieldProblem("url", "validation.url"));
        }
        InvalidInputException.throwIfAny(problems);
        this.name = draft.name().strip();
        this.description = Texts.blankToNull(draft.description());
        if (kind == ResourceKind.LINK) {
            this.url = draft.url().strip();
            String format = Texts.blankToNull(draft.format());
            if (format != null) {
                this.format = format.toUpperCase(Locale.ROOT);
            }
        }
        this.lastModified = now;
    }

    /** Replaces the data dictionary whole, after checking every field. */
    void defineDictionary(List<DictionaryField> fields, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            DictionaryField f = fields.get(i);
            if (Texts.isBlank(f.getName()) || f.getName().length() > DictionaryField.MAX_NAME) {
                problems.add(new FieldProblem("fields[" + i + "].name", "validation.required.max",
                        DictionaryField.MAX_NAME));
            }
            if (f.getDescription().map(String::length).orElse(0) > DictionaryField.MAX_DESCRIPTION) {
                problems.add(new FieldProblem("fields[" + i + "].description", "validation.max",
                        DictionaryField.MAX_DESCRIPTION));
            }
            if (f.getUnit().map(String::length).orElse(0) > DictionaryField.MAX_UNIT) {
                problems.add(new FieldProblem("fields[" + i + "].unit", "validation.max", DictionaryField.MAX_UNIT));
            }
            if (f.getAllowedValues().map(String::length).orElse(0) > DictionaryField.MAX_ALLOWED) {
                problems.add(new FieldProblem("fields[" + i + "].allowedValues", "validation.max",
                        DictionaryField.MAX_ALLOWED));
            }
        }
        InvalidInputException.throwIfAny(problems);
        this.dictionary.clear();
        fields.forEach(f -> this.dictionary.add(new DictionaryField(f.getName().strip(), f.getType(),
                Texts.blankToNull(f.getDescription().orElse(null)), Texts.blankToNull(f.getUnit().orElse(null)),
                Texts.blankToNull(f.getAllowedValues().orElse(null)))));
        this.lastModified = now;
    }

    /** The public record written to the ledger. */
    Map<String, Object> publicRecord() {
        Map<String, Object> record = new TreeMap<>();
        record.put("id", id);
        record.put("name", name);
        record.put("kind", kind.name());
        record.put("format", format);
        if (url != null) {
            record.put("url", url);
        }
        if (sha256 != null) {
            record.put("version", currentVersion);
            record.put("sha256", sha256);
            record.put("size", byteSize);
        }
        return record;
    }

    public boolean isFile() {
        return kind == ResourceKind.FILE;
    }

    /** Whether its format is one machines read (CSV, XLSX, JSON, GeoJSON, XML…; not PDF or a web page). */
    public boolean isMachineReadable() {
        return DetectedFormat.isMachineReadable(format);
    }

    public String getId() {
        return id;
    }

    public Long getDatasetId() {
        return datasetId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    public ResourceKind getKind() {
        return kind;
    }

    /** A link's address; empty for a file (its address is the catalog's download route). */
    public Optional<String> getUrl() {
        return Optional.ofNullable(url);
    }

    /** The format's short name in capitals: CSV, XLSX, JSON, GEOJSON, XML, ZIP, PDF, HTML… */
    public String getFormat() {
        return format;
    }

    public Optional<String> getMediaType() {
        return Optional.ofNullable(mediaType);
    }

    /** The current version's number (files only). */
    public Optional<Integer> getCurrentVersion() {
        return Optional.ofNullable(currentVersion);
    }

    /** The current version's SHA-256 (files only; CKAN's {@code hash}). */
    public Optional<String> getSha256() {
        return Optional.ofNullable(sha256);
    }

    /** The current version's size in bytes (files only). */
    public Optional<Long> getByteSize() {
        return Optional.ofNullable(byteSize);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public List<DictionaryField> getDictionary() {
        return List.copyOf(dictionary);
    }

    /** Whether its data dictionary describes every field (the completeness score's "dictionary present"). */
    public boolean hasDictionary() {
        return !dictionary.isEmpty() && dictionary.stream().allMatch(DictionaryField::isDescribed);
    }

    public long getVersion() {
        return version;
    }
}
