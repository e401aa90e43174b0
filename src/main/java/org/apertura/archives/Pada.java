package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An institution's programa anual de desarrollo archivístico for a year (LGA art. 23-25 per the research notes:
 * planning, programming and evaluation; published in the first 30 calendar days of the year) with its activities, and
 * its annual compliance report (art. 26: by the last day of January of the next year), whose figures are generated
 * from what Apertura recorded that year and frozen when it is published. Which of those article numbers the LGA itself
 * gives is flagged "M" (seen in a state law that copies it) in the research notes: to be checked against the LGA text.
 */
@Entity
@Table(name = "archives_pada")
public class Pada {

    /** The PADA is published within this many calendar days of the year's start (art. 23). */
    static final int PUBLISH_WITHIN_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    private int planYear;
    private String objectives;
    private LocalDate publishedOn;
    private LocalDate reportPublishedOn;
    private String reportText;
    private Integer filesOpened;
    private Integer filesClosed;
    private Integer primaryTransfers;
    private Integer secondaryTransfers;
    private Integer disposals;
    private Integer trainings;
    private Integer attendees;
    private Integer activitiesDone;
    private Integer activitiesPlanned;
    private Instant createdAt;
    @Version
    private long version;

    protected Pada() {
    }

    Pada(String institutionSlug, int planYear, String objectives, Instant now) {
        this.institutionSlug = institutionSlug;
        this.planYear = planYear;
        this.objectives = objectives;
        this.createdAt = now;
    }

    void publish(LocalDate on) {
        if (publishedOn != null) {
            throw new IllegalStateException("already published");
        }
        this.publishedOn = on;
    }

    /** Freezes the year's figures and the report's words: the report is published. */
    void publishReport(LocalDate on, String text, PadaReport figures) {
        if (publishedOn == null || reportPublishedOn != null) {
            throw new IllegalStateException("the PADA is not published or its report already is");
        }
        this.reportPublishedOn = on;
        this.reportText = text;
        this.filesOpened = figures.filesOpened();
        this.filesClosed = figures.filesClosed();
        this.primaryTransfers = figures.primaryTransfers();
        this.secondaryTransfers = figures.secondaryTransfers();
        this.disposals = figures.disposals();
        this.trainings = figures.trainings();
        this.attendees = figures.attendees();
        this.activitiesDone = figures.activitiesDone();
        this.activitiesPlanned = figures.activitiesPlanned();
    }

    /** The last day the PADA is on time: the 30th calendar day of its year. */
    public LocalDate getPublishBy() {
        return LocalDate.of(planYear, Month.JANUARY, 1).plusDays(PUBLISH_WITHIN_DAYS - 1L);
    }

    /** The last day its report is on time: the last day of January of the next year. */
    public LocalDate getReportBy() {
        return LocalDate.of(planYear + 1, Month.JANUARY, 31);
    }

    public boolean isPublished() {
        return publishedOn != null;
    }

    public boolean isPublishedOnTime() {
        return publishedOn != null && !publishedOn.isAfter(getPublishBy());
    }

    public boolean isReportPublished() {
        return reportPublishedOn != null;
    }

    public boolean isReportOnTime() {
        return reportPublishedOn != null && !reportPublishedOn.isAfter(getReportBy());
    }

    /** The report's figures as published (empty before). */
    public PadaReport getReport() {
        return reportPublishedOn == null ? null : new PadaReport(filesOpened, filesClosed, primaryTransfers,
                secondaryTransfers, disposals, trainings, attendees, activitiesDone, activitiesPlanned);
    }

    Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("institution", institutionSlug);
        record.put("year", planYear);
        record.put("publishedOn", publishedOn == null ? null : publishedOn.toString());
        if (reportPublishedOn != null) {
            record.put("reportPublishedOn", reportPublishedOn.toString());
            record.put("report", getReport().asMap());
        }
        return record;
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public int getPlanYear() {
        return planYear;
    }

    public String getObjectives() {
        return objectives;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public LocalDate getReportPublishedOn() {
        return reportPublishedOn;
    }

    public String getReportText() {
        return reportText;
    }
}
