package org.apertura.jurisdiction;

import org.apertura.platform.web.Labels;

/** The three orders of government in Mexico: the federation, the states (entidades federativas), municipalities. */
@Labels("jurisdiction.level")
public enum JurisdictionLevel {
    FEDERAL(null),
    STATE(FEDERAL),
    MUNICIPALITY(STATE);

    private final JurisdictionLevel parentLevel;

    JurisdictionLevel(JurisdictionLevel parentLevel) {
        this.parentLevel = parentLevel;
    }

    /** The level a jurisdiction of this level must hang from, or null for the federation. */
    public JurisdictionLevel parentLevel() {
        return parentLevel;
    }
}
