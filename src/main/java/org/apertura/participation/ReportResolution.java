package org.apertura.participation;

import org.apertura.platform.web.Labels;

/** How a moderator resolved the reports of an item: the item was hidden with a public reason, or they were dismissed. */
@Labels("participation.report.resolution")
public enum ReportResolution {
    HIDDEN, DISMISSED
}
