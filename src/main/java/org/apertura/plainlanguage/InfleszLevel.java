package org.apertura.plainlanguage;

import java.math.BigDecimal;

/**
 * The INFLESZ scale over the Szigriszt-Pazos index (Barrio-Cantalejo et al., An. Sist. Sanit. Navar.
 * 2008;31(2):135-52). Bands include their lower bound: 40 is "algo difícil", 55 "normal", 65 "bastante
 * fácil"; 80 is still "bastante fácil" and only above 80 is "muy fácil".
 */
public enum InfleszLevel {
    VERY_DIFFICULT("muy difícil"),
    SOMEWHAT_DIFFICULT("algo difícil"),
    NORMAL("normal"),
    FAIRLY_EASY("bastante fácil"),
    VERY_EASY("muy fácil");

    private final String label;

    InfleszLevel(String label) {
        this.label = label;
    }

    /** The scale's own Spanish label. */
    public String label() {
        return label;
    }

    public static InfleszLevel of(BigDecimal szigrisztPazos) {
        double value = szigrisztPazos.doubleValue();
        if (value < 40) {
            return VERY_DIFFICULT;
        }
        if (value < 55) {
            return SOMEWHAT_DIFFICULT;
        }
        if (value < 65) {
            return NORMAL;
        }
        if (value <= 80) {
            return FAIRLY_EASY;
        }
        return VERY_EASY;
    }
}
