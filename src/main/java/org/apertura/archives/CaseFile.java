package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A case file (expediente): documents about one matter, opened in a series of the catálogo in force, which gives it
 * its vigencias, destino final and classification. Closing freezes its extreme dates and its count of documents and
 * starts the retention clock ({@link Retention}); after that nothing is added.
 */
@Entity
@Table(name = "archives_file")
public class CaseFile {

    /** The first reserve term, in years (LGTAIP 2025 art. 104). */
    static final int RESERVE_YEARS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    private Long nodeId;
    private String seriesCode;
    private String reference;
    private String title;
    private String subject;
    private String unit;
    @Enumerated(EnumType.STRING)
    private Classification classification;
    private LocalDate reservedSince;
    private LocalDate reservedUntil;
    private Long disposalId;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private String location;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private LocalDate earliestOn;
    private LocalDate latestOn;
    private int documentCount;
    private LocalDate transferDueOn;
    private LocalDate disposalDueOn;
    private String autoKey;
    private Instant createdAt;
    @Version
    private long version;

    protected CaseFile() {
    }

    CaseFile(String institutionSlug, ClassificationNode series, String reference, String title, String subject,
            String unit, LocalDate openedOn, String autoKey, Instant now) {
        this.institutionSlug = institutionSlug;
        this.nodeId = series.getId();
        this.seriesCode = series.getCode();
        this.reference = reference;
        this.title = title;
        this.subject = subject;
        this.unit = unit;
        this.classification = series.getClassification();
        if (classification == Classification.RESERVED) {
            // reserved from its opening for the longest first term, five years (LGTAIP 2025 art. 104)
            this.reservedSince = openedOn;
            this.reservedUntil = Retention.yearsAfter(openedOn, RESERVE_YEARS);
        }
        this.stage = Stage.TRAMITE;
        this.openedOn = openedOn;
        this.autoKey = autoKey;
        this.createdAt = now;
    }

    /**
     * Whether the file's reserve still runs on {@code day}: it is classified reserved and its term has not ended
     * before that day (the last day of the term still counts); once it ends its information is public (LGTAIP 2025
     * art. 104 fr. II). A reserved file without an end day recorded is taken as still reserved.
     */
    public boolean reserveRunsOn(LocalDate day) {
        return classification == Classification.RESERVED && (reservedUntil == null || !reservedUntil.isBefore(day));
    }

    /** Counts a document added to the open file. */
    void documentAdded() {
        if (!isOpen()) {
            throw new IllegalStateException("a closed file takes no documents");
        }
        documentCount++;
    }

    /** Closes the file: freezes its dates and count and the days its vigencias end. */
    void close(LocalDate on, LocalDate earliest, LocalDate latest, int documents, ClassificationNode series) {
        this.closedOn = on;
        this.earliestOn = earliest;
        this.latestOn = latest;
        this.documentCount = documents;
        this.transferDueOn = Retention.transferDue(on, series.getYearsActive());
        this.disposalDueOn = Retention.disposalDue(on, series.getYearsActive(), series.getYearsSemiactive());
    }

    /** Moves the file to another stage and location (transfers and baja). */
    void moveTo(Stage stage, String location) {
        this.stage = stage;
        this.location = location;
    }

    /** The baja documental executed: the file remains as a metadata stub naming its disposal. */
    void disposedBy(Long disposalId) {
        this.stage = Stage.BAJA;
        this.location = null;
        this.disposalId = disposalId;
    }

    /** What the public may know of the file: its reference, series, dates and stage; its title unless confidential. */
    Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("institution", institutionSlug);
        record.put("reference", reference);
        record.put("series", seriesCode);
        record.put("title", isTitlePublic() ? title : null);
        record.put("classification", classification.name());
        record.put("openedOn", openedOn.toString());
        if (closedOn != null) {
            record.put("closedOn", closedOn.toString());
            record.put("documents", documentCount);
            record.put("transferDueOn", transferDueOn.toString());
            record.put("disposalDueOn", disposalDueOn.toString());
        }
        record.put("stage", stage.name());
        return record;
    }

    /**
     * Whether the title may be shown to everyone: the names of reserved files are public in their index (LGTAIP 2025
     * art. 105); a confidential file's title can carry the personal data it protects (art. 115), so it is not.
     */
    public boolean isTitlePublic() {
        return classification != Classification.CONFIDENTIAL;
    }

    /** Given baja: only its metadata remain. */
    public boolean isDisposed() {
        return stage == Stage.BAJA;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public boolean isRestricted() {
        return classification.isRestricted();
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public Long getNodeId() {
        return nodeId;
    }

    public String getSeriesCode() {
        return seriesCode;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getSubject() {
        return subject;
    }

    public String getUnit() {
        return unit;
    }

    public Classification getClassification() {
        return classification;
    }

    public LocalDate getReservedSince() {
        return reservedSince;
    }

    public Long getDisposalId() {
        return disposalId;
    }

    public LocalDate getReservedUntil() {
        return reservedUntil;
    }

    public Stage getStage() {
        return stage;
    }

    public String getLocation() {
        return location;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public LocalDate getEarliestOn() {
        return earliestOn;
    }

    public LocalDate getLatestOn() {
        return latestOn;
    }

    public int getDocumentCount() {
        return documentCount;
    }

    public LocalDate getTransferDueOn() {
        return transferDueOn;
    }

    public LocalDate getDisposalDueOn() {
        return disposalDueOn;
    }

    public String getAutoKey() {
        return autoKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
