package org.apertura.national;

import org.apertura.platform.web.Labels;

/**
 * What travelled from one instance to another with a kit (docs/KITS.md), as the adopter's ledger records it: a
 * commitment ({@code actionplan/commitment.imported}), a call for proposals ({@code cocreation/call.imported}), a
 * challenge ({@code challenge/challenge.imported}) or a norm's citizen version ({@code infographics/norm.imported}).
 */
@Labels("national.reuseKind")
public enum ReuseKind {
    COMMITMENT("actionplan", "commitment.imported", "/compromisos/"),
    CALL("cocreation", "call.imported", "/convocatorias/"),
    CHALLENGE("challenge", "challenge.imported", "/retos/"),
    NORM("infographics", "norm.imported", "/normas/");

    private final String module;
    private final String type;
    private final String pages;

    ReuseKind(String module, String type, String pages) {
        this.module = module;
        this.type = type;
        this.pages = pages;
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
