package org.apertura.platform.security;

/**
 * The staff audit log, apart from the public ledger: who did what to whom, when and from where, for administrators.
 * Any module records here what a person with a role did that must be accountable but is not public — above all an
 * export of personal data. The person acting is taken from the request (nobody for the system).
 */
public interface AuditTrail {

    /** Records an action, about an account (or null) with a short detail that holds no secret. */
    void record(AuditAction action, Long subjectAccountId, String detail);
}
