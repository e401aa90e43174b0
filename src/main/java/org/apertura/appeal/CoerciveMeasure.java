package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/**
 * The medidas de apremio a guarantor authority may impose to have its determinations complied with (LGTAIP 2025 art.
 * 196): "I. Amonestación pública, o II. Multa, de ciento cincuenta hasta mil quinientas veces la Unidad de Medida y
 * Actualización vigente al momento en que se cometa el incumplimiento". A resolution of a recurso de inconformidad
 * that orders a new ruling must itself state which apply: "Estas medidas de apremio deben establecerse en la propia
 * resolución" (art. 180).
 */
@Labels("inconformity.measure")
public enum CoerciveMeasure {
    /** Fr. I. */
    PUBLIC_REPRIMAND("art. 196 fr. I"),
    /** Fr. II: 150 to 1,500 UMA (doubled on recidivism, art. 198 ¶1). */
    FINE("art. 196 fr. II");

    private final String article;

    CoerciveMeasure(String article) {
        this.article = article;
    }

    /** The law and article, e.g. "LGTAIP 2025 art. 196 fr. I". */
    public String basis() {
        return InconformityTerm.LAW + " " + article;
    }
}
