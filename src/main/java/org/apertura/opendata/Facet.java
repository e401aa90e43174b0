package org.apertura.opendata;

/** The fields a search counts its results by (CKAN's facet.field: organization, groups, res_format, license_id, tags). */
public enum Facet {
    INSTITUTION,
    THEME,
    FORMAT,
    LICENCE,
    KEYWORD
}
