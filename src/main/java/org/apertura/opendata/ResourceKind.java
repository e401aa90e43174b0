package org.apertura.opendata;

import org.apertura.platform.web.Labels;

/** A resource is a file kept here (every version of it) or a link to data elsewhere. */
@Labels("opendata.resourceKind")
public enum ResourceKind {
    FILE,
    LINK
}
