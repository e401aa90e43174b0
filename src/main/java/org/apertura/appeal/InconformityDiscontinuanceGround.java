package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/** Why an admitted recurso de inconformidad is sobreseído (LGTAIP 2025 art. 182 fr. I–IV). */
@Labels("inconformity.discontinuance")
public enum InconformityDiscontinuanceGround {
    /** Fr. I: the appellant expressly withdraws (recorded by the appellant's own act). */
    WITHDRAWN("art. 182 fr. I"),
    /** Fr. II: the appellant died. */
    DEATH("art. 182 fr. II"),
    /** Fr. III: the obligated subject modified or revoked its act so the remedy has no matter. */
    MOOT("art. 182 fr. III"),
    /** Fr. IV: a ground of improcedence appeared after admission. */
    IMPROPER("art. 182 fr. IV");

    private final String article;

    InconformityDiscontinuanceGround(String article) {
        this.article = article;
    }

    public String basis() {
        return InconformityTerm.LAW + " " + article;
    }
}
