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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A baja documental: its inventory (items), the unit's confirmation, the Grupo's dictamen and acta, its outcome. */
@Entity
@Table(name = "archives_disposal")
public class Disposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    private int number;
    @Enumerated(EnumType.STRING)
    private DisposalStatus status;
    private LocalDate proposedOn;
    private LocalDate confirmedOn;
    private String confirmedBy;
    private String dictamen;
    private String actNumber;
    private LocalDate approvedOn;
    private String members;
    private Long sessionId;
    private LocalDate executedOn;
    private String refusal;
    private Instant createdAt;
    @Version
    private long version;

    protected Disposal() {
    }

    Disposal(String institutionSlug, int number, LocalDate proposedOn, Instant now) {
        this.institutionSlug = institutionSlug;
        this.number = number;
        this.status = DisposalStatus.PROPOSED;
        this.proposedOn = proposedOn;
        this.createdAt = now;
    }

    void confirm(LocalDate on, String by) {
        require(DisposalStatus.PROPOSED);
        this.status = DisposalStatus.CONFIRMED;
        this.confirmedOn = on;
        this.confirmedBy = by;
    }

    /** Records the Grupo Interdisciplinario's dictamen and the session whose acta approved the baja. */
    void approve(String dictamen, GroupSession session) {
        require(DisposalStatus.CONFIRMED);
        this.status = DisposalStatus.APPROVED;
        this.dictamen = dictamen;
        this.sessionId = session.getId();
        this.actNumber = session.getActNumber();
        this.approvedOn = session.getHeldOn();
        this.members = String.join("\n", session.getAttendeeList());
    }

    void executed(LocalDate on) {
        require(DisposalStatus.APPROVED);
        this.status = DisposalStatus.EXECUTED;
        this.executedOn = on;
    }

    void refused(LocalDate on, List<HeldFile> held) {
        require(DisposalStatus.APPROVED);
        this.status = DisposalStatus.REFUSED;
        this.executedOn = on;
        List<String> lines = new ArrayList<>();
        for (HeldFile h : held) {
            lines.add(h.reference() + "\t" + h.kind().name() + "\t" + (h.reason() == null ? "" : h.reason()) + "\t"
                    + (h.until() == null ? "" : h.until().toString()));
        }
        String text = String.join("\n", lines);
        this.refusal = text.length() > 8000 ? text.substring(0, 8000) : text;
    }

    private void require(DisposalStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("disposal is " + status + ", not " + expected);
        }
    }

    Map<String, Object> publicRecord(List<String> references) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("institution", institutionSlug);
        record.put("number", number);
        record.put("status", status.name());
        record.put("dictamen", dictamen);
        record.put("act", actNumber);
        record.put("approvedOn", approvedOn == null ? null : approvedOn.toString());
        record.put("members", getMemberList());
        record.put("files", references);
        return record;
    }

    /** The holds that refused it at execution, as they were recorded. */
    public List<HeldFile> getRefusals() {
        if (refusal == null || refusal.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(refusal.split("\n")).map(line -> line.split("\t", -1))
                .map(p -> new HeldFile(null, p[0], HoldKind.valueOf(p[1]), p[2].isEmpty() ? null : p[2],
                        p.length > 3 && !p[3].isEmpty() ? LocalDate.parse(p[3]) : null))
                .toList();
    }

    public boolean isExecuted() {
        return status == DisposalStatus.EXECUTED;
    }

    public boolean isRefused() {
        return status == DisposalStatus.REFUSED;
    }

    public boolean isPublic() {
        return status == DisposalStatus.APPROVED || status == DisposalStatus.EXECUTED
                || status == DisposalStatus.REFUSED;
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

    public DisposalStatus getStatus() {
        return status;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public String getDictamen() {
        return dictamen;
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

    /** The Grupo's session that approved it (none before approval, or for one approved before sessions were kept). */
    public Long getSessionId() {
        return sessionId;
    }

    public LocalDate getExecutedOn() {
        return executedOn;
    }
}
