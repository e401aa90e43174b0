package org.apertura.participation;

import org.apertura.platform.web.Labels;

/** Why someone reports a debate or one of its comments to the moderators: a short list, and a note if they wish. */
@Labels("participation.report.reason")
public enum ReportReason {
    SPAM, OFFENSIVE, PERSONAL_DATA, OFF_TOPIC, OTHER
}
