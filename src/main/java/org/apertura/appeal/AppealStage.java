package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/** Where an appeal stands before its guarantor. */
@Labels("appeal.stage")
public enum AppealStage {
    /** Filed; the guarantor admits it, dismisses it or asks once for clarification (art. 153 fr. I, art. 147). */
    FILED,
    /** The guarantor asked once for clarification: the appellant replies in time or it is dismissed (art. 147). */
    CLARIFICATION_REQUESTED,
    /** Admitted: the parties' allegations, then the resolution within its term (arts. 148, 153). */
    ADMITTED,
    /** Dismissed before admission (desechado, art. 158). Closed. */
    DISMISSED,
    /** Resolved without compliance to follow (confirmed, dismissed or moot). Closed. */
    RESOLVED,
    /** The appellant withdrew (desistimiento); once admitted, the appeal is sobreseído (art. 159 fr. I). Closed. */
    WITHDRAWN,
    /** Modified or revoked: the institution must comply (art. 154). */
    COMPLIANCE_PENDING,
    /** The institution reported compliance; the appellant may object, then the guarantor verifies (arts. 192–193). */
    COMPLIANCE_REPORTED,
    /** The guarantor found the resolution complied with (acuerdo de cumplimiento); archived. */
    COMPLIED,
    /**
     * The guarantor found it not complied with (acuerdo de incumplimiento, art. 193 fr. I): the superior of whoever
     * must comply has five days to do so (fr. II) and the unit reports again; not a dead end.
     */
    NOT_COMPLIED;

    /** Whether the guarantor or the institution still has something to do. */
    public boolean isOpen() {
        return this == FILED || this == CLARIFICATION_REQUESTED || this == ADMITTED || this == COMPLIANCE_PENDING
                || this == COMPLIANCE_REPORTED || this == NOT_COMPLIED;
    }
}
