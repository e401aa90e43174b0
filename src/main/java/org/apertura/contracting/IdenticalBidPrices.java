package org.apertura.contracting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * R028, identical bid prices: in one contracting process, submitted bids from different tenderers (as sets of
 * tenderer ids) have the same amount in the same currency. The process and those tenderers are flagged (1.0).
 *
 * <p>Why look: matching prices can mean a buyer leaked a competitor's price to a favoured bidder, or that bidders
 * coordinated. Not proof: reference prices, round figures and catalogue prices also coincide; procedures with
 * prices set by the buyer are left out through {@code no_price_comparison_procurement_methods}.
 */
final class IdenticalBidPrices implements Calculation {

    private final RedFlagSettings settings;

    IdenticalBidPrices(RedFlagSettings settings) {
        this.settings = settings;
    }

    @Override
    public void fold(ReleaseView release, FlagAccumulator flags) {
        if (!release.comparesPrices(settings)) {
            return;
        }
        // currency → amount → the tenderers of the last bid seen at that price
        Map<String, Map<Double, Set<String>>> prices = new HashMap<>();
        for (JsonNode bid : release.submittedBids()) {
            JsonNode tenderers = ReleaseView.array(bid, "tenderers");
            JsonNode value = ReleaseView.object(bid, "value");
            Double amount = ReleaseView.number(value, "amount");
            String currency = ReleaseView.string(value, "currency");
            if (tenderers == null || amount == null || currency == null) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            ReleaseView.addIds(tenderers, ids);
            if (ids.isEmpty()) {
                continue;
            }
            // Adding 0.0 turns -0.0 into 0.0: equal prices, as Cardinal's OrderedFloat compares them.
            Map<Double, Set<String>> byAmount = prices.computeIfAbsent(currency, c -> new HashMap<>());
            Set<String> other = byAmount.put(amount + 0.0, ids);
            // A tenderer may submit several bids at the same price; only different tenderers are a flag.
            if (other != null && !other.equals(ids)) {
                flags.flag(FlagGroup.OCID, release.ocid(), Indicator.R028, 1.0);
                for (String id : ids) {
                    flags.flag(FlagGroup.TENDERER, id, Indicator.R028, 1.0);
                }
                for (String id : other) {
                    flags.flag(FlagGroup.TENDERER, id, Indicator.R028, 1.0);
                }
            }
        }
    }
}
