package org.apertura.actionplan;

import org.apertura.platform.Texts;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/**
 * Evidence that a milestone was done: a stored file (kept with its SHA-256), a link or a dataset. It is
 * reviewed, with a reason, by a secretariat member of another sector than the institution that submitted it.
 */
@Entity
@Table(name = "evidence")
public class Evidence {

    /**
     * What the evidence is; a PROCESS is a contracting process published on this site, by its ocid (the
     * contracting module answers what it is now, {@link org.apertura.platform.web.LinkedRecords}).
     */
    @org.apertura.platform.web.Labels("evidence.kind")
    public enum Kind { FILE, LINK, DATASET, PROCESS }

    /** Where its review stands. */
    @org.apertura.platform.web.Labels("evidence.status")
    public enum Status { SUBMITTED, ACCEPTED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long milestoneId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String title;
    private String url;
    private String recordId;
    private String fileName;
    private String contentType;
    private Long sizeBytes;
    private String sha256;
    private String submittedBy;
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String reviewer;
    private String reviewerSector;
    private String reviewReason;
    private Instant reviewedAt;
    @Version
    private long version;

    protected Evidence() {
    }

    private Evidence(Long milestoneId, Kind kind, String title, String submittedBy, Instant now) {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new InvalidInputException("title", "validation.required.max", 300);
        }
        this.milestoneId = milestoneId;
        this.kind = kind;
        this.title = title.strip();
        this.submittedBy = submittedBy;
        this.submittedAt = now;
        this.status = Status.SUBMITTED;
    }

    /** Evidence is reviewed once, while it awaits review (the guard PlanPolicy offers the review form by). */
    Optional<FieldProblem> reviewRefused() {
        return status != Status.SUBMITTED ? Optional.of(new FieldProblem("review", "evidence.error.reviewed"))
                : Optional.empty();
    }

    static Evidence file(Long milestoneId, String title, String fileName, String contentType, long size, String sha256,
            String submittedBy, Instant now) {
        Evidence evidence = new Evidence(milestoneId, Kind.FILE, title, submittedBy, now);
        evidence.fileName = safeName(fileName);
        evidence.contentType = contentType;
        evidence.sizeBytes = size;
        evidence.sha256 = sha256;
        return evidence;
    }

    /** Evidence that is a record of this site (a contracting process): its identifier and its public page. */
    static Evidence record(Long milestoneId, String title, String recordId, String path, String submittedBy,
            Instant now) {
        Evidence evidence = new Evidence(milestoneId, Kind.PROCESS, title, submittedBy, now);
        evidence.recordId = recordId;
        evidence.url = path;
        return evidence;
    }

    static Evidence link(Long milestoneId, Kind kind, String title, String url, String submittedBy, Instant now) {
        if (kind == Kind.FILE || kind == Kind.PROCESS) {
            throw new InvalidInputException("kind", "validation.required");
        }
        if (!Texts.isWebAddress(url, 1000)) {
            throw new InvalidInputException("url", "validation.url");
        }
        Evidence evidence = new Evidence(milestoneId, kind, title, submittedBy, now);
        evidence.url = url.strip();
        return evidence;
    }

    /** Records the review; a reason is always required, and evidence is reviewed once. */
    void review(boolean accept, String reason, String reviewerName, String sector, Instant now) {
        InvalidInputException.throwIf(reviewRefused());
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInputException("reason", "evidence.error.reason");
        }
        this.status = accept ? Status.ACCEPTED : Status.REJECTED;
        this.reviewer = reviewerName;
        this.reviewerSector = sector;
        this.reviewReason = reason.strip();
        this.reviewedAt = now;
    }

    Map<String, Object> publicRecord(String commitmentCode, String milestoneTitle) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("commitment", commitmentCode);
        record.put("milestone", milestoneTitle);
        record.put("kind", kind);
        record.put("title", title);
        record.put("url", url);
        if (recordId != null) {
            record.put("record", recordId);
        }
        record.put("fileName", fileName);
        record.put("sizeBytes", sizeBytes);
        record.put("sha256", sha256);
        record.put("submittedBy", submittedBy);
        record.put("status", status);
        record.put("reviewer", reviewer);
        record.put("reviewerSector", reviewerSector);
        record.put("reviewReason", reviewReason);
        return record;
    }

    private static String safeName(String name) {
        return org.apertura.platform.storage.FileNames.safe(name, "archivo");
    }

    public Long getId() {
        return id;
    }

    /** The identifier of the record the evidence is (a contracting process's ocid); null for other kinds. */
    public String getRecordId() {
        return recordId;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getReviewerSector() {
        return reviewerSector;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
