package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/**
 * Why an admitted appeal is discontinued (sobreseído) without a ruling on the merits: LGTAIP 2025 art. 159
 * fractions I–IV, in the law's order (text in the bundles, {@code appeal.discontinuance.<NAME>}).
 */
@Labels("appeal.discontinuance")
public enum DiscontinuanceGround {
    /** Fr. I: the appellant withdraws. */
    WITHDRAWN,
    /** Fr. II: the appellant dies, or the legal person is dissolved. */
    DEATH_OR_DISSOLUTION,
    /** Fr. III: the subject modifies or revokes its act so that nothing is left to decide. */
    MOOT,
    /** Fr. IV: a ground of improcedence appears after admission. */
    SUPERVENING_IMPROCEDENCE;

    /** The fraction of art. 159 in Roman numerals. */
    public String fraction() {
        return org.apertura.platform.Roman.fraction(this);
    }
}
