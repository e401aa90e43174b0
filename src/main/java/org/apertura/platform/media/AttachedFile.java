package org.apertura.platform.media;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A picture or a document attached to something people propose ({@link Attachments}, ADR 0080), as each module's
 * table of files records it: stored in platform storage under its SHA-256 without its hidden data, with the label its
 * author wrote — a picture's alternative text, a document's title — which is required, since a picture nobody can
 * read about excludes those who do not see it. Each module's entity adds what it belongs to.
 */
@MappedSuperclass
public abstract class AttachedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Attachments.Kind kind;
    private String sha256;
    private String contentType;
    private long sizeBytes;
    private String label;
    private Integer pages;
    private Instant addedAt;

    protected AttachedFile() {
    }

    protected AttachedFile(Attachments.Checked checked, String sha256, Instant now) {
        this.kind = checked.kind();
        this.sha256 = sha256;
        this.contentType = checked.type();
        this.sizeBytes = checked.bytes().length;
        this.label = checked.label().strip();
        this.pages = checked.pages();
        this.addedAt = now;
    }

    public boolean isImage() {
        return kind == Attachments.Kind.IMAGE;
    }

    /** The message key of its type in words («documento PDF», «imagen JPEG»). */
    public String getTypeKey() {
        return "media.type." + contentType.substring(contentType.indexOf('/') + 1);
    }

    /** Its size as people say it (240 kB). */
    public String getSizeInWords() {
        return org.apertura.platform.storage.FileSizes.inWords(sizeBytes);
    }

    /** The file as its ledger entries record it: id, kind, type, size, SHA-256 and label — never who uploaded it. */
    public Map<String, Object> record() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("kind", kind.name());
        record.put("type", contentType);
        record.put("size", sizeBytes);
        record.put("sha256", sha256);
        record.put("label", label);
        return record;
    }

    public Long getId() {
        return id;
    }

    public Attachments.Kind getKind() {
        return kind;
    }

    public String getSha256() {
        return sha256;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getLabel() {
        return label;
    }

    public Integer getPages() {
        return pages;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
