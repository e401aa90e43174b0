package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/** Where a recurso de inconformidad stands (LGTAIP 2025 arts. 166–179). */
@Labels("inconformity.stage")
public enum InconformityStage {
    /** Received; the federal authority examines it (art. 166): prevents, admits or dismisses. */
    FILED,
    /** Prevented once (art. 167): the appellant has up to fifteen days; the resolution term is interrupted. */
    PREVENTED,
    /** Admitted: the local authority's report and the appellant's allegations (art. 171), then the resolution. */
    ADMITTED,
    /** Dismissed as improper (desechado, art. 181) or not filed for an unanswered prevention (art. 167). Closed. */
    DISMISSED,
    /** Sobreseído once admitted (art. 182). Closed. */
    DISCONTINUED,
    /** The appellant withdrew before admission (after it, it is sobreseído, art. 182 fr. I). Closed. */
    WITHDRAWN,
    /** Resolved confirming the local authority (art. 173 fr. II). Closed. */
    CONFIRMED,
    /** Revoked or modified (art. 173 fr. III): the local authority issues a new ruling (art. 175). */
    NEW_RULING_PENDING,
    /** The new ruling was issued and notified (art. 176): the obligated subject complies (art. 177). */
    COMPLIANCE_PENDING,
    /** The subject reported compliance to the local authority (art. 178), which follows it (art. 179). Closed. */
    COMPLIANCE_REPORTED;

    /** Whether someone still has something to do. */
    public boolean isOpen() {
        return this == FILED || this == PREVENTED || this == ADMITTED || this == NEW_RULING_PENDING
                || this == COMPLIANCE_PENDING;
    }
}
