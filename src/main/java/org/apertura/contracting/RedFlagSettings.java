package org.apertura.contracting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a red-flag run, as in Cardinal's settings file, with Cardinal's defaults.
 *
 * <p>An indicator runs only if it is in {@code enabled}. A {@code null} threshold means "compute the fence from
 * the quartiles of the data", as Cardinal does when its settings leave it out; {@code null} currency means "the
 * first currency observed". Lists of procurement methods (details) match {@code /tender/procurementMethod} and
 * {@code /tender/procurementMethodDetails}; an empty list of procurement methods filters nothing.
 *
 * @param enabled the indicators to run
 * @param currency the main currency: bids in other currencies are left out of price comparisons (null: first seen)
 * @param excludedProcurementMethodDetails contracting processes left out of every indicator ({@code [exclusions]})
 * @param noPriceComparisonProcurementMethods procedures whose prices are not compared (e.g. predetermined prices)
 * @param priceComparisonProcurementMethods if not empty, the only procedures whose prices are compared
 * @param r003Threshold R003: the shortest acceptable submission period, in whole days (15)
 * @param r003ProcurementMethods R003: the procurement methods to look at (all)
 * @param r003ProcurementMethodDetails R003: thresholds per procurement method details, e.g. per legal procedure
 * @param r018ProcurementMethods R018: the competitive procurement methods ({@code open}, {@code selective})
 * @param r024Threshold R024: the lower fence of the runner-up's margin (null: Q1 − 1.5 IQR)
 * @param r025Percentile R025: the percentile of numbers of valid bids a top tenderer reaches (75)
 * @param r025Threshold R025: the lower fence of the ratio of wins to valid bids (null: Q1 − 1.5 IQR)
 * @param r035Threshold R035: the fewest other tenderers with disqualified bids (1; lower values count as 1)
 * @param r038Threshold R038: the upper fence of the ratio of disqualified to submitted bids (null: Q3 + 1.5 IQR)
 * @param r038MinimumSubmittedBids R038: the fewest submitted bids for a tenderer to be considered (2)
 * @param r038MinimumContractingProcesses R038: the fewest for a buyer or procuring entity to be considered (2)
 * @param r048Digits R048: the digits of an item classification that make its first level (2)
 * @param r048Threshold R048: the upper fence of the variety of first-level classifications (null: Q3 + 1.5 IQR)
 * @param r048MinimumContractingProcesses R048: the fewest awarded processes for a supplier to count in the fence (20)
 * @param r058Threshold R058: the upper fence of the runner-up's margin (null: Q3 + 1.5 IQR)
 */
public record RedFlagSettings(
        Set<Indicator> enabled,
        String currency,
        Set<String> excludedProcurementMethodDetails,
        Set<String> noPriceComparisonProcurementMethods,
        Set<String> priceComparisonProcurementMethods,
        long r003Threshold,
        Set<String> r003ProcurementMethods,
        Map<String, Long> r003ProcurementMethodDetails,
        Set<String> r018ProcurementMethods,
        Double r024Threshold,
        int r025Percentile,
        Double r025Threshold,
        int r035Threshold,
        Double r038Threshold,
        int r038MinimumSubmittedBids,
        int r038MinimumContractingProcesses,
        int r048Digits,
        Integer r048Threshold,
        int r048MinimumContractingProcesses,
        Double r058Threshold) {

    /** The section of Cardinal's settings file that holds R003's thresholds per procurement method details. */
    public static final String R003_DETAILS_SECTION = "R003.procurement_method_details";

    public RedFlagSettings {
        enabled = Set.copyOf(enabled);
        excludedProcurementMethodDetails = Set.copyOf(excludedProcurementMethodDetails);
        noPriceComparisonProcurementMethods = Set.copyOf(noPriceComparisonProcurementMethods);
        priceComparisonProcurementMethods = Set.copyOf(priceComparisonProcurementMethods);
        r003ProcurementMethods = Set.copyOf(r003ProcurementMethods);
        r003ProcurementMethodDetails = Map.copyOf(r003ProcurementMethodDetails);
        r018ProcurementMethods = Set.copyOf(r018ProcurementMethods);
        // Cardinal raises a threshold of 0 to 1: the indicator needs at least one other disqualified tenderer.
        r035Threshold = Math.max(1, r035Threshold);
    }

    /** Cardinal's defaults, with the given indicators enabled. */
    public static RedFlagSettings defaults(Set<Indicator> enabled) {
        return new RedFlagSettings(enabled, null, Set.of(), Set.of(), Set.of(),
                15, Set.of(), Map.of(), Set.of("open", "selective"),
                null, 75, null, 1, null, 2, 2, 2, null, 20, null);
    }

    /**
     * Reads the settings from the sections of a Cardinal settings file (INI): section {@code ""} holds the
     * top-level properties, {@code exclusions} the exclusions, each indicator code its own properties (an empty
     * section enables the indicator with its defaults) and {@value #R003_DETAILS_SECTION} R003's thresholds per
     * procurement method details. Lists are pipe-separated, as in Cardinal.
     *
     * @throws IllegalArgumentException on an unknown section or property, or a value of the wrong type
     */
    public static RedFlagSettings fromSections(Map<String, Map<String, String>> sections) {
        RedFlagSettings d = defaults(Set.of());
        Set<Indicator> enabled = EnumSet.noneOf(Indicator.class);
        String currency = d.currency;
        Set<String> excluded = d.excludedProcurementMethodDetails;
        Set<String> noPriceComparison = d.noPriceComparisonProcurementMethods;
        Set<String> priceComparison = d.priceComparisonProcurementMethods;
        long r003Threshold = d.r003Threshold;
        Set<String> r003Methods = d.r003ProcurementMethods;
        Map<String, Long> r003Details = new HashMap<>();
        Set<String> r018Methods = d.r018ProcurementMethods;
        Double r024Threshold = d.r024Threshold;
        int r025Percentile = d.r025Percentile;
        Double r025Threshold = d.r025Threshold;
        int r035Threshold = d.r035Threshold;
        Double r038Threshold = d.r038Threshold;
        int r038MinimumBids = d.r038MinimumSubmittedBids;
        int r038MinimumProcesses = d.r038MinimumContractingProcesses;
        int r048Digits = d.r048Digits;
        Integer r048Threshold = d.r048Threshold;
        int r048MinimumProcesses = d.r048MinimumContractingProcesses;
        Double r058Threshold = d.r058Threshold;

        for (Map.Entry<String, Map<String, String>> section : sections.entrySet()) {
            String name = section.getKey();
            if (name.equals(R003_DETAILS_SECTION)) {
                enabled.add(Indicator.R003);
                section.getValue().forEach((details, days) -> r003Details.put(details, parseLong(name, details, days)));
                continue;
            }
            if (isIndicator(name)) {
                enabled.add(Indicator.valueOf(name));
            } else if (!name.isEmpty() && !name.equals("exclusions")) {
                throw new IllegalArgumentException("Unknown settings section [" + name + "]");
            }
            for (Map.Entry<String, String> property : section.getValue().entrySet()) {
                String key = property.getKey();
                String value = property.getValue();
                switch (name + "/" + key) {
                    case "/currency" -> currency = value;
                    case "/no_price_comparison_procurement_methods" -> noPriceComparison = pipeSeparated(value);
                    case "/price_comparison_procurement_methods" -> priceComparison = pipeSeparated(value);
                    case "exclusions/procurement_method_details" -> excluded = pipeSeparated(value);
                    case "R003/threshold" -> r003Threshold = parseLong(name, key, value);
                    case "R003/procurement_methods" -> r003Methods = pipeSeparated(value);
                    case "R018/procurement_methods" -> r018Methods = pipeSeparated(value);
                    case "R024/threshold" -> r024Threshold = parseDouble(name, key, value);
                    case "R025/percentile" -> r025Percentile = parseInt(name, key, value);
                    case "R025/threshold" -> r025Threshold = parseDouble(name, key, value);
                    case "R035/threshold" -> r035Threshold = parseInt(name, key, value);
                    case "R038/threshold" -> r038Threshold = parseDouble(name, key, value);
                    case "R038/minimum_submitted_bids" -> r038MinimumBids = parseInt(name, key, value);
                    case "R038/minimum_contracting_processes" -> r038MinimumProcesses = parseInt(name, key, value);
                    case "R048/digits" -> r048Digits = parseInt(name, key, value);
                    case "R048/threshold" -> r048Threshold = parseInt(name, key, value);
                    case "R048/minimum_contracting_processes" -> r048MinimumProcesses = parseInt(name, key, value);
                    case "R058/threshold" -> r058Threshold = parseDouble(name, key, value);
                    default -> throw new IllegalArgumentException("Unknown setting " + key + " in [" + name + "]");
                }
            }
        }
        return new RedFlagSettings(enabled, currency, excluded, noPriceComparison, priceComparison,
                r003Threshold, r003Methods, r003Details, r018Methods, r024Threshold, r025Percentile, r025Threshold,
                r035Threshold, r038Threshold, r038MinimumBids, r038MinimumProcesses, r048Digits, r048Threshold,
                r048MinimumProcesses, r058Threshold);
    }

    /** Whether the given indicator runs. */
    public boolean isEnabled(Indicator indicator) {
        return enabled.contains(indicator);
    }

    /**
     * Splits a pipe-separated list as Rust's {@code split_terminator('|')} does: an empty string is an empty list
     * and one trailing pipe ends the list rather than adding an empty item.
     */
    static Set<String> pipeSeparated(String value) {
        List<String> items = new ArrayList<>(Arrays.asList(value.split("\\|", -1)));
        if (items.get(items.size() - 1).isEmpty()) {
            items.remove(items.size() - 1);
        }
        return Set.copyOf(items);
    }

    private static boolean isIndicator(String name) {
        for (Indicator indicator : Indicator.values()) {
            if (indicator.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static long parseLong(String section, String key, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(section, key, value, "an integer");
        }
    }

    private static int parseInt(String section, String key, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number < 0) {
                throw invalid(section, key, value, "a natural number");
            }
            return number;
        } catch (NumberFormatException e) {
            throw invalid(section, key, value, "a natural number");
        }
    }

    private static double parseDouble(String section, String key, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(section, key, value, "a decimal");
        }
    }

    private static IllegalArgumentException invalid(String section, String key, String value, String expected) {
        return new IllegalArgumentException(
                "Setting " + key + " in [" + section + "] must be " + expected + ", not '" + value + "'");
    }
}
