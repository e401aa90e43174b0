package org.apertura.budget;

import java.math.BigDecimal;
import java.util.Set;

/** One revenue line by CRI with the revenue moments: estimado, modificado, devengado, recaudado (LGCG art. 38). */
public record RevenueLine(int line, String criCode, String name, String sourceCode, BigDecimal estimated,
        BigDecimal modified, BigDecimal accrued, BigDecimal collected, Set<LineWarning> warnings) {
}
