package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A verification visit to an institution's archives (the "verification" theme n asks for; the research notes place the
 * archival audits with the OIC, LGA art. 12, flagged "M"): who visited and when, the checklist (instruments approved
 * and published, areas of the sistema institucional designated, inventories up to date, files with their carátula,
 * no primary transfer overdue), the findings and follow-up, and the compliance figure: the share of the checklist met.
 * The first and last items are computed from what Apertura records on the visit's day; the others the visitor
 * observes.
 */
@Entity
@Table(name = "archives_visit")
public class Visit {

    /** The checklist, in the order pages show it. */
    public static final List<String> CHECKLIST = List.of("instruments", "areas", "inventories", "covers",
            "transfers");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    private LocalDate visitedOn;
    private String visitor;
    private boolean instrumentsOk;
    private boolean areasOk;
    private boolean inventoriesOk;
    private boolean coversOk;
    private boolean transfersOk;
    private String findings;
    private String followUp;
    private int compliance;
    private Instant createdAt;

    protected Visit() {
    }

    Visit(String institutionSlug, LocalDate visitedOn, String visitor, boolean instrumentsOk, boolean areasOk,
            boolean inventoriesOk, boolean coversOk, boolean transfersOk, String findings, String followUp,
            Instant now) {
        this.institutionSlug = institutionSlug;
        this.visitedOn = visitedOn;
        this.visitor = visitor;
        this.instrumentsOk = instrumentsOk;
        this.areasOk = areasOk;
        this.inventoriesOk = inventoriesOk;
        this.coversOk = coversOk;
        this.transfersOk = transfersOk;
        this.findings = findings;
        this.followUp = followUp;
        this.compliance = compliance(instrumentsOk, areasOk, inventoriesOk, coversOk, transfersOk);
        this.createdAt = now;
    }

    /** The share of the checklist met, in whole percent. */
    static int compliance(boolean... items) {
        int met = 0;
        for (boolean item : items) {
            met += item ? 1 : 0;
        }
        return Math.round(100f * met / items.length);
    }

    /** Each checklist item and whether it was met. */
    public Map<String, Boolean> getChecklist() {
        Map<String, Boolean> list = new LinkedHashMap<>();
        list.put("instruments", instrumentsOk);
        list.put("areas", areasOk);
        list.put("inventories", inventoriesOk);
        list.put("covers", coversOk);
        list.put("transfers", transfersOk);
        return list;
    }

    Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("institution", institutionSlug);
        record.put("visitedOn", visitedOn.toString());
        record.put("visitor", visitor);
        record.put("checklist", getChecklist());
        record.put("findings", findings);
        record.put("compliance", compliance);
        return record;
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionSlug() {
        return institutionSlug;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getVisitor() {
        return visitor;
    }

    public String getFindings() {
        return findings;
    }

    public String getFollowUp() {
        return followUp;
    }

    public int getCompliance() {
        return compliance;
    }
}
