package org.apertura.secretariat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.identity.Sector;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/**
 * A person on a body, in a public capacity: name, sector, organisation, role and term. Linked to an
 * account when the person has one; a name alone is enough.
 */
@Entity
@Table(name = "body_member")
public class BodyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long bodyId;
    private Long accountId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Sector sector;
    private String organisation;
    @Enumerated(EnumType.STRING)
    private MemberRole role;
    private LocalDate termStart;
    private LocalDate termEnd;
    private Instant createdAt;

    protected BodyMember() {
    }

    BodyMember(Long bodyId, Long accountId, String name, Sector sector, String organisation, MemberRole role,
            LocalDate termStart, LocalDate termEnd, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 120) {
            problems.add(new FieldProblem("name", "validation.required.max", 120));
        }
        FieldProblem.required(sector, "sector", problems);
        if (organisation == null || organisation.isBlank() || organisation.length() > 200) {
            problems.add(new FieldProblem("organisation", "validation.required.max", 200));
        }
        FieldProblem.required(role, "role", problems);
        if (termStart == null) {
            problems.add(new FieldProblem("termStart", "validation.date"));
        } else if (termEnd != null && termEnd.isBefore(termStart)) {
            problems.add(new FieldProblem("termEnd", "member.error.termEnd"));
        }
        InvalidInputException.throwIfAny(problems);
        this.bodyId = bodyId;
        this.accountId = accountId;
        this.name = name.strip();
        this.sector = sector;
        this.organisation = organisation.strip();
        this.role = role;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.createdAt = now;
    }

    /** Whether the member's term covers the day. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(termStart) && (termEnd == null || !day.isAfter(termEnd));
    }

    Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", name);
        record.put("sector", sector);
        record.put("organisation", organisation);
        record.put("role", role);
        record.put("termStart", termStart);
        record.put("termEnd", termEnd);
        return record;
    }

    public Long getId() {
        return id;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public Sector getSector() {
        return sector;
    }

    public String getOrganisation() {
        return organisation;
    }

    public MemberRole getRole() {
        return role;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }
}
