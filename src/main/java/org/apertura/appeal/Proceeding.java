package org.apertura.appeal;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.apertura.deadlines.Deadlines;

/**
 * What the two remedies of this module record alike, each in its own table: the recurso de revisión ({@link Appeal},
 * LGTAIP 2025 arts. 142–160) and the recurso de inconformidad ({@link Inconformity}, arts. 162–183). Both are filed
 * against a request's institution, by its requester, who is never named here; both are prevented, admitted, alleged,
 * extended, closed, resolved and complied with. Only the columns that mean the same in both live here; the rules
 * that set them stay in each remedy, citing its own articles.
 */
@MappedSuperclass
public abstract class Proceeding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Version
    long version;
    String folio;
    Long requestId;
    String requestFolio;
    Long institutionId;
    String institutionSlug;
    Instant filedAt;
    LocalDate filedOn;
    /**
     * Filed after its term: kept for the authority to dismiss, never refused (recurso de revisión: arts. 153 fr. I,
     * 158 fr. I; inconformidad: art. 181 fr. I).
     */
    boolean filedLate;
    String reasons;
    /** The calendar version its running deadlines were last computed on. */
    String calendarVersion;
    LocalDate admittedOn;
    LocalDate allegationsDue;
    boolean extended;
    String extensionReason;
    /** The close of instruction (recurso de revisión: art. 153 fr. VI, VIII; inconformidad: art. 171 ¶2). */
    LocalDate instructionClosedOn;
    String resolutionText;
    LocalDate resolvedOn;
    Boolean resolvedOnTime;
    String complianceReport;
    LocalDate complianceReportedOn;
    Boolean complianceOnTime;
    /**
     * A remedy filed in writing where the law also takes it, and forwarded through the platform: the day it was
     * received, the day the forwarding was due, the day forwarded and whether that was late; null for a remedy filed
     * on the platform. An appeal filed before the Transparency Unit that knew of the request (art. 144 ¶1, "o ante la
     * Unidad de Transparencia"), which forwards it (¶2); an inconformidad filed before the local authority (art. 164
     * ¶2).
     */
    LocalDate writtenOn;
    LocalDate forwardDue;
    LocalDate forwardedOn;
    Boolean forwardedLate;

    protected Proceeding() {
    }

    /**
     * Records a remedy filed in writing on {@code writtenOn} with an authority that may receive it and forwarded
     * through the platform {@code today}: the forwarding is due {@code days} business days after the receipt, on that
     * authority's calendar ({@code receiver}), and is late after that. Recurso de revisión: the Transparency Unit
     * forwards it (art. 144 ¶2); inconformidad: the local authority, "al día siguiente de su recepción" (art. 164 ¶2).
     */
    final void forwarded(LocalDate writtenOn, LocalDate today, Deadlines receiver, int days) {
        this.writtenOn = writtenOn;
        forwardDue = receiver.due(receiver.received(writtenOn), days);
        forwardedOn = today;
        forwardedLate = today.isAfter(forwardDue);
    }

    /** The public note of the forwarding step: where it was {@code received}, when the forwarding was due and done. */
    final String forwardingNote(String received) {
        return received + " el " + Appeal.day(writtenOn) + "; debía remitirse a más tardar el " + Appeal.day(forwardDue)
                + "; remitido el " + Appeal.day(forwardedOn) + ".";
    }

    public Long getId() {
        return id;
    }

    public String getFolio() {
        return folio;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getRequestFolio() {
        return requestFolio;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public boolean isFiledLate() {
        return filedLate;
    }

    public String getReasons() {
        return reasons;
    }

    public String getCalendarVersion() {
        return calendarVersion;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public LocalDate getAllegationsDue() {
        return allegationsDue;
    }

    public boolean isExtended() {
        return extended;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public LocalDate getInstructionClosedOn() {
        return instructionClosedOn;
    }

    public String getResolutionText() {
        return resolutionText;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public Boolean getResolvedOnTime() {
        return resolvedOnTime;
    }

    public String getComplianceReport() {
        return complianceReport;
    }

    public LocalDate getComplianceReportedOn() {
        return complianceReportedOn;
    }

    public Boolean getComplianceOnTime() {
        return complianceOnTime;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public LocalDate getForwardDue() {
        return forwardDue;
    }

    public LocalDate getForwardedOn() {
        return forwardedOn;
    }

    public Boolean getForwardedLate() {
        return forwardedLate;
    }
}
