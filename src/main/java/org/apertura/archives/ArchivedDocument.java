package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A document of a case file: a file kept in Storage under its SHA-256, or a link to a record already published on
 * Apertura (minutes, an answer, a public version), filed by hand or by the platform itself ({@code sourceKey} names
 * the record so it is filed once).
 */
@Entity
@Table(name = "archives_document")
public class ArchivedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fileId;
    private int position;
    private String title;
    private LocalDate datedOn;
    private String sha256;
    private String fileName;
    private String mediaType;
    private Long sizeBytes;
    private String link;
    private String sourceKey;
    private Instant addedAt;

    protected ArchivedDocument() {
    }

    ArchivedDocument(Long fileId, int position, String title, LocalDate datedOn, String sha256, String fileName,
            String mediaType, Long sizeBytes, String link, String sourceKey, Instant now) {
        this.fileId = fileId;
        this.position = position;
        this.title = title;
        this.datedOn = datedOn;
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.link = link;
        this.sourceKey = sourceKey;
        this.addedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getFileId() {
        return fileId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDatedOn() {
        return datedOn;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getLink() {
        return link;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
