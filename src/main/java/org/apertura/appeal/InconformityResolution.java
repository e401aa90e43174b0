package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/** What the federal authority's resolution does (LGTAIP 2025 art. 173). */
@Labels("inconformity.resolution")
public enum InconformityResolution {
    /** Fr. I: desecha (art. 181, or art. 167 for an unanswered prevention). */
    DISMISSED,
    /** Fr. I: sobresee (art. 182). */
    DISCONTINUED,
    /** Fr. II: confirms the local authority's resolution. */
    CONFIRMED,
    /** Fr. III: revokes it; the local authority rules anew (art. 175). */
    REVOKED,
    /** Fr. III: modifies it; the local authority rules anew (art. 175). */
    MODIFIED;

    /** Whether the local authority must issue a new ruling (art. 175 ¶1). */
    public boolean ordersNewRuling() {
        return this == REVOKED || this == MODIFIED;
    }
}
