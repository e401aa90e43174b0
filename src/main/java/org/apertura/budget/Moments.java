package org.apertura.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * The moments of spending (LGCG art. 38; CONAC Normas y Metodología para la Determinación de los Momentos Contables de
 * los Egresos), as totals: aprobado, modificado, comprometido, devengado, ejercido and pagado.
 */
public record Moments(BigDecimal approved, BigDecimal modified, BigDecimal committed, BigDecimal accrued,
        BigDecimal exercised, BigDecimal paid) {

    public static final Moments ZERO = new Moments(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO);

    /** The moments in order, for charts and tables. */
    public List<BigDecimal> inOrder() {
        return List.of(approved, modified, committed, accrued, exercised, paid);
    }

    public Moments plus(Moments other) {
        return new Moments(approved.add(other.approved), modified.add(other.modified), committed.add(other.committed),
                accrued.add(other.accrued), exercised.add(other.exercised), paid.add(other.paid));
    }

    /** Paid as a share of modified, in whole percent (0 when nothing was budgeted). */
    public int paidPercent() {
        return modified.signum() <= 0 ? 0 : paid.multiply(BigDecimal.valueOf(100))
                .divide(modified, 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    /** The message keys of the moments, in order ({@code budget.moment.approved}, …). */
    public static final List<String> KEYS = List.of("approved", "modified", "committed", "accrued", "exercised", "paid");
}
