package org.apertura.contracting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * R048, heterogeneous supplier: the variety of a supplier, the number of distinct first-level item classifications
 * (the first {@code digits}, 2, of {@code /awards[]/items[]/classification/id}) across its active awards, is at or
 * above the upper fence, Q3 + 1.5 IQR of the varieties of suppliers awarded in at least
 * {@code minimum_contracting_processes} (20) processes (or the configured threshold). The value is the variety.
 * Awards to several suppliers are left out, as it is unknown who supplies which item.
 *
 * <p>Why look: a company that supplies anything at all, from medicines to road works, may be a front or an
 * intermediary extracting rent rather than a specialist giving value for money. Not proof: wholesalers and
 * general contractors are diverse by trade.
 *
 * <p>As in Cardinal, there is no guard on the fence: if most suppliers have the same variety, all of them reach
 * the fence and are flagged. A supplier counts as awarded in a process only if an item it supplies there has a
 * classification id.
 */
final class HeterogeneousSupplier implements Calculation {

    private final RedFlagSettings settings;
    private final Map<String, Integer> processesBySupplier = new HashMap<>();
    private final Map<String, Set<String>> classesBySupplier = new HashMap<>();

    HeterogeneousSupplier(RedFlagSettings settings) {
        this.settings = settings;
    }

    @Override
    public void fold(ReleaseView release, FlagAccumulator flags) {
        JsonNode awards = release.awards();
        if (awards == null) {
            return;
        }
        Set<String> seenHere = new HashSet<>();
        for (JsonNode award : awards) {
            JsonNode items = ReleaseView.array(award, "items");
            JsonNode suppliers = ReleaseView.array(award, "suppliers");
            if (items == null || suppliers == null || suppliers.size() != 1
                    || !ReleaseView.hasStatus(award, "active")) {
                continue;
            }
            String supplier = ReleaseView.string(suppliers.get(0), "id");
            if (supplier == null) {
                continue;
            }
            for (JsonNode item : items) {
                String classification = ReleaseView.string(ReleaseView.object(item, "classification"), "id");
                if (classification == null) {
                    continue;
                }
                if (seenHere.add(supplier)) {
                    processesBySupplier.merge(supplier, 1, Integer::sum);
                }
                classesBySupplier.computeIfAbsent(supplier, s -> new HashSet<>())
                        .add(firstLevel(classification, settings.r048Digits()));
            }
        }
    }

    @Override
    public void finish(FlagAccumulator flags) {
        Map<String, Double> varieties = new HashMap<>();
        processesBySupplier.forEach((supplier, processes) -> {
            if (processes >= settings.r048MinimumContractingProcesses()) {
                varieties.put(supplier, (double) classesBySupplier.get(supplier).size());
            }
        });
        double upperFence;
        if (settings.r048Threshold() == null) {
            Quartiles quartiles = Quartiles.of(varieties.values());
            quartiles.record(flags, Indicator.R048, "");
            upperFence = quartiles.upperFence();
        } else {
            upperFence = settings.r048Threshold();
        }
        flags.meta(Indicator.R048, "upper_fence", upperFence);
        varieties.forEach((supplier, variety) -> {
            if (variety >= upperFence) {
                flags.flag(FlagGroup.TENDERER, supplier, Indicator.R048, variety);
            }
        });
    }

    /** The first {@code digits} characters (code points, as Rust's {@code chars()}) of a classification id. */
    private static String firstLevel(String classification, int digits) {
        int length = classification.codePointCount(0, classification.length());
        return classification.substring(0, classification.offsetByCodePoints(0, Math.min(digits, length)));
    }
}
