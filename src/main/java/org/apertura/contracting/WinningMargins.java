package org.apertura.contracting;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The margin of the runner-up over the winner in each contracting process whose award criterion looks like price
 * only, shared by R024 (margin too thin) and R058 (margin too wide). Cardinal's {@code SecondLowestBidRatio}.
 *
 * <p>A process counts only in the simple case: all awards final, one active award, one supplier, bids by one
 * tenderer each, prices comparable (not predetermined), amounts in the main currency, and the winning bid no higher
 * than the lowest losing one (otherwise the criterion was not price only). If the winner bid more than once, its
 * lowest bid counts.
 */
final class WinningMargins implements Calculation {

    private final RedFlagSettings settings;
    private final Map<String, WinningMargin> byOcid = new LinkedHashMap<>();

    WinningMargins(RedFlagSettings settings) {
        this.settings = settings;
    }

    @Override
    public void fold(ReleaseView release, FlagAccumulator flags) {
        if (!release.comparesPrices(settings)) {
            return;
        }
        String supplier = release.soleSupplierOfSoleAward().orElse(null);
        if (supplier == null) {
            return;
        }
        String winner = null;
        double winningAmount = 0;
        String runnerUp = null;
        double runnerUpAmount = 0;
        for (JsonNode bid : release.bidDetails()) {
            JsonNode value = ReleaseView.object(bid, "value");
            Double amount = ReleaseView.number(value, "amount");
            String currency = ReleaseView.string(value, "currency");
            String tenderer = ReleaseView.soleTenderer(bid);
            if (!ReleaseView.hasStatus(bid, "valid") || amount == null || currency == null || tenderer == null
                    || !flags.isMainCurrency(currency)) {
                continue;
            }
            if (tenderer.equals(supplier)) {
                if (winner == null || amount < winningAmount) {
                    winner = tenderer;
                    winningAmount = amount;
                }
            } else if (runnerUp == null || amount < runnerUpAmount) {
                runnerUp = tenderer;
                runnerUpAmount = amount;
            }
        }
        if (winner != null && runnerUp != null && runnerUpAmount >= winningAmount) {
            byOcid.put(release.ocid(), new WinningMargin((runnerUpAmount - winningAmount) / winningAmount,
                    winner, runnerUp));
        }
    }

    /** The margins by ocid, once every release has been folded. */
    Map<String, WinningMargin> byOcid() {
        return byOcid;
    }

    /** The ratios alone, the population whose quartiles R024 and R058 use. */
    Collection<Double> ratios() {
        return byOcid.values().stream().map(WinningMargin::ratio).toList();
    }
}
