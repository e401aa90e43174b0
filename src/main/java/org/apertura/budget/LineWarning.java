package org.apertura.budget;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a line's figures break among the rules of the CONAC accounting moments (LGCG art. 38 and the CONAC Normas y
 * Metodología para la Determinación de los Momentos Contables de los Egresos): shown on the line and in the import
 * report as a warning, never corrected.
 */
@org.apertura.platform.web.Labels("budget.warning")
public enum LineWarning {
    /** Modificado is not aprobado + ampliaciones − reducciones. */
    MODIFIED_SUM,
    /** Comprometido is more than modificado. */
    OVER_MODIFIED,
    /** Devengado is more than comprometido. */
    OVER_COMMITTED,
    /** Ejercido is more than devengado. */
    OVER_ACCRUED,
    /** Pagado is more than ejercido. */
    OVER_EXERCISED,
    /** An amount is negative. */
    NEGATIVE;

    /** The message key of its explanation. */
    public String messageKey() {
        return "budget.warning." + name();
    }

    public static String write(Set<LineWarning> warnings) {
        return warnings.isEmpty() ? null : warnings.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<LineWarning> read(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.noneOf(LineWarning.class);
        }
        return Arrays.stream(text.split(",")).map(LineWarning::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LineWarning.class)));
    }
}
