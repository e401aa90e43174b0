package org.apertura.contracting;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The state one run of the indicators shares: the flags raised so far, the quartiles used and the main currency. */
final class FlagAccumulator {

    private final Map<FlagGroup, Map<String, Map<Indicator, Double>>> results = new EnumMap<>(FlagGroup.class);
    private final Map<Indicator, Map<String, Double>> meta = new EnumMap<>(Indicator.class);
    private String mainCurrency;

    /** @param currency the main currency from the settings, or null to take the first currency observed */
    FlagAccumulator(String currency) {
        this.mainCurrency = currency;
    }

    /** Raises (or overwrites) a flag with the indicator's value for an identifier in a group. */
    void flag(FlagGroup group, String id, Indicator indicator, double value) {
        results.computeIfAbsent(group, g -> new LinkedHashMap<>())
                .computeIfAbsent(id, i -> new EnumMap<>(Indicator.class))
                .put(indicator, value);
    }

    /** Records a statistic the indicator used (a quartile or a fence), output under {@code Meta}. */
    void meta(Indicator indicator, String key, double value) {
        meta.computeIfAbsent(indicator, i -> new LinkedHashMap<>()).put(key, value);
    }

    /**
     * Whether an amount in this currency may be compared with the others. The first currency observed becomes the
     * main one if the settings name none, as in Cardinal; amounts in other currencies are left out, not converted.
     */
    boolean isMainCurrency(String currency) {
        if (mainCurrency == null) {
            mainCurrency = currency;
        }
        return mainCurrency.equals(currency);
    }

    /** The flags and statistics gathered so far. */
    RedFlagReport report() {
        return new RedFlagReport(results, meta);
    }
}
