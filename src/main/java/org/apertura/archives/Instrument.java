package org.apertura.archives;

import jakarta.persistence.Embedded;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.kits.AdaptedFrom;
import org.apertura.platform.kits.Adaptation;

/**
 * One version of an institution's archival instruments (CGCA and catálogo de disposición, LGA art. 13), numbered
 * per institution. Imported as a draft; the Grupo Interdisciplinario's act (LGA art. 50-54: its number, date and
 * members) approves it, and from then on it is the version in force, public, until a newer one is approved.
 */
@Entity
@Table(name = "archives_instrument")
public class Instrument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    private int number;
    @Enumerated(EnumType.STRING)
    private InstrumentStatus status;
    private String fileName;
    private String fileSha256;
    private int seriesCount;
    private Instant importedAt;
    private String actNumber;
    private LocalDate approvedOn;
    private String members;
    private Instant approvedAt;
    private Long sessionId;
    @Embedded
    private AdaptedFrom adaptedFrom;
    @Version
    private long version;

    protected Instrument() {
    }

    Instrument(String institutionSlug, int number, String fileName, String fileSha256, int seriesCount, Instant now) {
        this.institutionSlug = institutionSlug;
        this.number = number;
        this.status = InstrumentStatus.DRAFT;
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.seriesCount = seriesCount;
        this.importedAt = now;
    }

    /** Records the Grupo Interdisciplinario's approval in one of its sessions; only a draft can be approved. */
    void approve(GroupSession session, Instant now) {
        if (status != InstrumentStatus.DRAFT) {
            throw new IllegalStateException("only a draft is approved");
        }
        this.status = InstrumentStatus.APPROVED;
        this.sessionId = session.getId();
        this.actNumber = session.getActNumber();
        this.approvedOn = session.getHeldOn();
        this.members = String.join("\n", session.getAttendeeList());
        this.approvedAt = now;
    }

    /** Records the kit this draft was adapted from (set when it is imported from another government's kit). */
    void adaptedFrom(Adaptation origin) {
        this.adaptedFrom = AdaptedFrom.of(origin);
    }

    /** The kit this version was adapted from, or null when the archive wrote it. */
    public Adaptation getAdaptation() {
        return AdaptedFrom.adaptation(adaptedFrom);
    }

    void supersede() {
        this.status = InstrumentStatus.SUPERSEDED;
    }

    /** What the ledger keeps of an approval: public facts only. */
    Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("institution", institutionSlug);
        record.put("version", number);
        record.put("act", actNumber);
        record.put("approvedOn", approvedOn == null ? null : approvedOn.toString());
        record.put("members", getMemberList());
        record.put("series", seriesCount);
        record.put("fileSha256", fileSha256);
        Adaptation origin = getAdaptation();
        if (origin != null) {
            // the approval makes the adoption public: a national node reads it as a catalog that travelled
            record.put("adaptedFrom", origin.publicRecord());
        }
        return record;
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public int getNumber() {
        return number;
    }

    public InstrumentStatus getStatus() {
        return status;
    }

    public boolean isDraft() {
        return status == InstrumentStatus.DRAFT;
    }

    public boolean isPublic() {
        return status != InstrumentStatus.DRAFT;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public int getSeriesCount() {
        return seriesCount;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getActNumber() {
        return actNumber;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public List<String> getMemberList() {
        return members == null ? List.of() : Arrays.asList(members.split("\n"));
    }

    /** The Grupo's session that approved it (none for a draft, or an approval recorded before sessions were kept). */
    public Long getSessionId() {
        return sessionId;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
