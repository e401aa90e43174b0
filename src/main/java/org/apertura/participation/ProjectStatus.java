package org.apertura.participation;

import org.apertura.platform.web.Labels;

/** Where a project stands after the institution's technical review; unfeasible ones stay public with the reason. */
@Labels("participation.status")
public enum ProjectStatus {
    PROPOSED, FEASIBLE, UNFEASIBLE
}
