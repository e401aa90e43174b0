/**
 * Infographics (theme l): pictures and leaflets generated from the data, accessible by construction. Here, the
 * citizen versions of norms — an institution's normative instruments (leyes, reglamentos, manuales, lineamientos,
 * reglas de operación) with a structured, versioned citizen version, its plain-language page, its process diagram
 * (SVG with a text version) — and the printable tríptico leaflets of a norm, a commitment, a plan and a call.
 * The access-to-information and appeal procedures are citizen versions generated from the law rule sets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Infographics",
        allowedDependencies = {"platform", "ledger", "jurisdiction", "plainlanguage", "actionplan", "cocreation"})
package org.apertura.infographics;
