package org.apertura.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.apertura.platform.security.AuditAction;
import org.apertura.platform.security.Role;

/** One line of the staff audit log: when, who acted (null for the system), on whom, what, from which address. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant happenedAt;
    private Long actorAccountId;
    private Long subjectAccountId;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String scopeId;
    private String detail;
    private String address;

    protected AuditEvent() {
    }

    AuditEvent(Instant happenedAt, Long actorAccountId, Long subjectAccountId, AuditAction action, String detail,
            String address) {
        this.happenedAt = happenedAt;
        this.actorAccountId = actorAccountId;
        this.subjectAccountId = subjectAccountId;
        this.action = action;
        this.detail = detail == null || detail.isBlank() ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        this.address = address == null ? null : address.length() > 64 ? address.substring(0, 64) : address;
    }

    /** A role given or taken away, in a scope. */
    AuditEvent withRole(Role role, String scopeId) {
        this.role = role;
        this.scopeId = scopeId;
        return this;
    }

    public Role getRole() {
        return role;
    }

    public String getScopeId() {
        return scopeId;
    }


    public Long getId() {
        return id;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public Long getSubjectAccountId() {
        return subjectAccountId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public String getAddress() {
        return address;
    }
}
