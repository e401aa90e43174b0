package org.apertura.national;

import org.apertura.platform.web.Labels;

/**
 * What travelled from one instance to another with a kit (docs/KITS.md), as the adopter's ledger records it: a
 * commitment ({@code actionplan/commitment.imported}), a call for proposals ({@code cocreation/call.imported}), a
 * challenge ({@code challenge/challenge.imported}), a norm's citizen version ({@code infographics/norm.imported}) or an
 * archival catalog ({@code archives/instrument.approved} of a version adapted from a kit: an imported catalog is a
 * private draft until the institution's Grupo Interdisciplinario approves it, and only then public).
 */
@Labels("national.reuseKind")
public enum ReuseKind {
    COMMITMENT("actionplan", "commitment.imported", "/compromisos/"),
    CALL("cocreation", "call.imported", "/convocatorias/"),
    CHALLENGE("challenge", "challenge.imported", "/retos/"),
    NORM("infographics", "norm.imported", "/normas/"),
    CATALOG("archives", "instrument.approved", "/archivos/", "institution", "institutionName");

    private final String module;
    private final String type;
    private final String pages;
    private final String addressField;
    private final String titleField;

    ReuseKind(String module, String type, String pages) {
        this(module, type, pages, "slug", "title");
    }

    ReuseKind(String module, String type, String pages, String addressField, String titleField) {
        this.module = module;
        this.type = type;
        this.pages = pages;
        this.addressField = addressField;
        this.titleField = titleField;
    }

    /** The field of the entry's record with the adopted thing's address (all but commitments). */
    String addressField() {
        return addressField;
    }

    /** The field of the entry's record with the adopted thing's title. */
    String titleField() {
        return titleField;
    }

    /** The kind an adopter's ledger entry records, or null when the entry records no adoption. */
    static ReuseKind of(String module, String type) {
        for (ReuseKind kind : values()) {
            if (kind.module.equals(module) && kind.type.equals(type)) {
                return kind;
            }
        }
        return null;
    }

    /** Where the adopted thing's page is on the adopter's site, before its id (commitments) or address (the others). */
    String pages() {
        return pages;
    }
}
