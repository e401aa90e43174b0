package org.apertura.opendata;

import org.apertura.platform.web.Labels;

/** Where a dataset is in its life: drafts are seen only by their publishers; a withdrawn dataset stays readable. */
@Labels("opendata.state")
public enum DatasetState {
    /** Being prepared by its institution's publishers; not public, not harvested. */
    DRAFT,
    /** Public: in the catalog, the CKAN API, DCAT and data.json. */
    PUBLISHED,
    /** No longer maintained or offered in searches, with a public reason; its page and every file stay (permanence). */
    WITHDRAWN
}
