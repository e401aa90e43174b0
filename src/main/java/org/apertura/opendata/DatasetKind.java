package org.apertura.opendata;

import org.apertura.platform.web.Labels;

/** Where a dataset comes from. */
@Labels("opendata.kind")
public enum DatasetKind {
    /** Files uploaded (or links added) by an institution's publishers. */
    UPLOADED,
    /** One of Apertura's own public lists ({@code PublicDataset.Source}), registered at startup with live CSV and JSON. */
    PLATFORM_LIST
}
