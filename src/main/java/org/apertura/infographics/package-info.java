/**
 * Infografías / Infographics (theme l): pictures and leaflets generated from the data, accessible by construction.
 * <ul>
 * <li>Charts and cards: this module serves the files of every chart (SVG, PNG, CSV, the embed snippet's image) and the
 * 1200×630 share cards with their Open Graph and Twitter tags. Modules build their charts and card facts from their own
 * figures with {@code platform.chart} and offer them as {@code ChartSource} and {@code ShareCardSource} beans
 * (docs/adr/0008-server-side-svg-charts.md).</li>
 * <li>Citizen versions of norms: an institution's normative instruments (leyes, reglamentos, manuales, lineamientos,
 * reglas de operación) with a structured, versioned citizen version, its plain-language page, its process diagram (SVG
 * with a text version), and the printable tríptico leaflets of a norm, a commitment, a plan and a call. The
 * access-to-information and appeal procedures are citizen versions generated from the law rule sets
 * (docs/adr/0009-who-writes-norms.md).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Infografías / Infographics",
        allowedDependencies = {"platform", "ledger", "jurisdiction", "deadlines", "plainlanguage", "actionplan", "cocreation"})
package org.apertura.infographics;
