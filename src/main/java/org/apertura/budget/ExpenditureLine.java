package org.apertura.budget;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One budget line as imported: the components of its clave presupuestaria (administrative, programmatic, economic,
 * functional, source of financing, geographic) and its moments (LGCG art. 38), cumulative to the snapshot's quarter.
 *
 * @param functionCode finalidad.función.subfunción as given ({@code 2.5.1}, or {@code 2.5} without subfunción)
 */
public record ExpenditureLine(int line, String unitCode, String unitName, String programmeKey, String programmeName,
        String objective, String partida, String expenseType, String functionCode, String sourceCode, String geoCode,
        BigDecimal approved, BigDecimal expansions, BigDecimal reductions, BigDecimal modified, BigDecimal committed,
        BigDecimal accrued, BigDecimal exercised, BigDecimal paid, Set<LineWarning> warnings) {

    public String chapter() {
        return Catalogues.chapterOf(partida);
    }

    public String concept() {
        return Catalogues.conceptOf(partida);
    }

    public String generic() {
        return Catalogues.genericOf(partida);
    }

    /** finalidad.función, the level the explorer groups by. */
    public String functionKey() {
        return functionCode.length() > 3 ? functionCode.substring(0, 3) : functionCode;
    }
}
