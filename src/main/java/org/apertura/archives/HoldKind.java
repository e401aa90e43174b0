package org.apertura.archives;

import org.apertura.platform.web.Labels;

/**
 * Why a file cannot be transferred out or disposed now. Computed from the file: its vigencias have not both ended
 * (or it is still open), or its reserve term runs (reserved up to five years from classification, extendable,
 * LGTAIP 2025 art. 104; LGA art. 55 per the research notes). Placed on it: an open access-to-information request or
 * appeal about it, a litigation or audit hold with its reason.
 */
@Labels("archives.hold")
public enum HoldKind {
    VIGENCIA, RESERVE_TERM, ACCESS_REQUEST, APPEAL, LITIGATION, AUDIT
}
