package org.apertura.opendata;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One version of a file resource, kept for ever ("permanence"): its number (1, 2, …), the SHA-256 its bytes are
 * stored under, its size, the media type detected from its content, the name it was uploaded with, when, and (for
 * a CSV or XLSX) its quality report. Versions are never changed or deleted; replacing a file adds one.
 */
@Entity
@Table(name = "opendata_version")
public class ResourceVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String resourceId;
    private int number;
    private String sha256;
    private long byteSize;
    private String mediaType;
    private String fileName;
    private Instant uploadedAt;
    private String qualityReport;
    private Long ledgerSeq;

    protected ResourceVersion() {
    }

    ResourceVersion(String resourceId, int number, String sha256, long byteSize, String mediaType, String fileName,
            Instant uploadedAt, QualityReport report) {
        this.resourceId = resourceId;
        this.number = number;
        this.sha256 = sha256;
        this.byteSize = byteSize;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.uploadedAt = uploadedAt;
        this.qualityReport = report == null ? null : report.toJson();
    }

    /** Notes the ledger entry that made it public. */
    void recordedAs(long seq) {
        this.ledgerSeq = seq;
    }

    Map<String, Object> publicRecord(String datasetName) {
        Map<String, Object> record = new TreeMap<>();
        record.put("dataset", datasetName);
        record.put("resource", resourceId);
        record.put("version", number);
        record.put("sha256", sha256);
        record.put("size", byteSize);
        record.put("mediaType", mediaType);
        record.put("fileName", fileName);
        return record;
    }

    public Long getId() {
        return id;
    }

    public String getResourceId() {
        return resourceId;
    }

    public int getNumber() {
        return number;
    }

    public String getSha256() {
        return sha256;
    }

    public long getByteSize() {
        return byteSize;
    }

    /** The size as people say it (1 MB, 12 kB). */
    public String getSizeInWords() {
        return org.apertura.platform.storage.FileSizes.inWords(byteSize);
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    /** The quality report of a table file (CSV, XLSX); empty for other formats. */
    public Optional<QualityReport> getQualityReport() {
        return Optional.ofNullable(qualityReport).map(QualityReport::fromJson);
    }

    /** The ledger entry that made this version public; empty while its dataset is a draft. */
    public Optional<Long> getLedgerSeq() {
        return Optional.ofNullable(ledgerSeq);
    }
}
