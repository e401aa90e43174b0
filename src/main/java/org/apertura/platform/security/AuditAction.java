package org.apertura.platform.security;

/** What the staff audit log records (never public: administrators read it; the public ledger is apart). */
@org.apertura.platform.web.Labels("audit.action")
public enum AuditAction {
    /** A person holding a role completed sign-in (both steps). */
    STAFF_SIGNED_IN,
    /** A wrong code at the second step of sign-in. */
    SECOND_STEP_FAILED,
    /** A recovery code was used to sign in. */
    RECOVERY_CODE_USED,
    TWO_STEP_ENABLED,
    TWO_STEP_DISABLED,
    /** An administrator turned off someone's two-step sign-in (a lost phone). */
    TWO_STEP_RESET,
    RECOVERY_CODES_RENEWED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    /** Someone downloaded or read a list holding personal data (e.g. private contacts). */
    PRIVATE_DATA_EXPORTED,
    /** A moderator reviewed a reported comment and kept it visible. */
    REPORTED_COMMENT_KEPT
}
