package org.apertura.opendata;

import org.apertura.platform.web.Labels;

/** The orders a search can be sorted in (CKAN's {@code sort}: metadata_modified desc, name asc, title_string asc, id asc…). */
@Labels("opendata.sort")
public enum CatalogSort {
    /** Most recently changed first (CKAN's default after relevance). */
    MODIFIED_DESC,
    /** Newest first by creation. */
    CREATED_DESC,
    /** By name, A to Z. */
    NAME,
    /** By title, A to Z. */
    TITLE,
    /** By CKAN id (a stable order for harvesters paging through everything). */
    ID
}
