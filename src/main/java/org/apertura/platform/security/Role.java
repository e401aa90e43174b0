package org.apertura.platform.security;

/** The roles a person can hold, each within one kind of scope. */
public enum Role {
    /** Runs the platform: directory, accounts, roles. */
    ADMIN(ScopeKind.PLATFORM),
    /** Coordinates an exercise's secretariat (usually the guarantor body). */
    COORDINATOR(ScopeKind.SECRETARIAT),
    /** A member of a secretariat, always of one sector. */
    STL_MEMBER(ScopeKind.SECRETARIAT),
    /** An institution's liaison: reports progress, publishes data. */
    LIAISON(ScopeKind.INSTITUTION),
    /** The institution's Unidad de Transparencia: processes access requests. */
    TRANSPARENCY_UNIT(ScopeKind.INSTITUTION),
    /** The institution's Comité de Transparencia: confirms classifications, extensions, inexistence. */
    COMMITTEE(ScopeKind.INSTITUTION),
    /** Staff of one guarantor authority: resolves the appeals before it and keeps its calendar. */
    GUARANTOR(ScopeKind.GUARANTOR_AUTHORITY),
    /** An institution's archive officer. */
    ARCHIVIST(ScopeKind.INSTITUTION),
    /** Publishes the institution's contracting processes (OCDS releases) as their buyer. */
    PROCUREMENT(ScopeKind.INSTITUTION),
    /** Publishes the institution's budget and its quarterly execution (the CONAC accounting moments). */
    BUDGET(ScopeKind.INSTITUTION),
    /** The institution's área coordinadora de archivos (LGA art. 27-28): records the Grupo Interdisciplinario's acts. */
    COORDINATING_ARCHIVIST(ScopeKind.INSTITUTION),
    /** Publishes the institution's open datasets in the catalog: creates, updates, replaces files, withdraws. */
    DATA_PUBLISHER(ScopeKind.INSTITUTION),
    /** Writes the institution's norms and their citizen versions (docs/adr/0009-who-writes-norms.md). */
    NORMS_EDITOR(ScopeKind.INSTITUTION);

    private final ScopeKind scopeKind;

    Role(ScopeKind scopeKind) {
        this.scopeKind = scopeKind;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    /** Only secretariat members carry a sector; every other role has none. */
    public boolean needsSector() {
        return this == STL_MEMBER;
    }
}
