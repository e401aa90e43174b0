package org.apertura.archives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session of the Grupo Interdisciplinario with its minutes (acta): its number, the day it was held, who attended
 * (name and post, as the minutes name them) and what it agreed. The área coordinadora convenes it and keeps the minutes
 * (LGA art. 51, unverified). Written once; public. A session recorded by an approval of the instruments, rather than
 * on the Grupo's page, has no agreements of its own: what it approved is read from the approvals that name it.
 */
@Entity
@Table(name = "archives_group_session")
public class GroupSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String institutionSlug;
    private int number;
    private String actNumber;
    private LocalDate heldOn;
    private String attendees;
    private String agreements;
    private Instant createdAt;

    protected GroupSession() {
    }

    GroupSession(String institutionSlug, int number, String actNumber, LocalDate heldOn, List<String> attendees,
            String agreements, Instant now) {
        this.institutionSlug = institutionSlug;
        this.number = number;
        this.actNumber = actNumber;
        this.heldOn = heldOn;
        this.attendees = String.join("\n", attendees);
        this.agreements = agreements;
        this.createdAt = now;
    }

    Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("institution", institutionSlug);
        record.put("session", number);
        record.put("act", actNumber);
        record.put("heldOn", heldOn.toString());
        record.put("attendees", getAttendeeList());
        record.put("agreements", agreements);
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

    public String getActNumber() {
        return actNumber;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public List<String> getAttendeeList() {
        return Arrays.asList(attendees.split("\n"));
    }

    public String getAgreements() {
        return agreements;
    }
}
