package org.apertura.contracting;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * R025, excessive unsuccessful bids: a top tenderer (its number of valid bids at or above the 75th percentile)
 * whose ratio of wins to valid bids is at or below the lower fence, Q1 − 1.5 IQR of all tenderers' ratios (or the
 * configured threshold). The value is the ratio.
 *
 * <p>Why look: in bid rigging, companies take turns to win and submit losing cover bids the rest of the time, so a
 * very active bidder that almost never wins may be lending its name to fake competition. Not proof: a new or
 * uncompetitive company also loses often.
 *
 * <p>Only the simple case counts, as for {@link WinningMargins}: all awards final, one active award with one
 * supplier, bids by one tenderer each. A tenderer counts once per process however many bids it made.
 */
final class ExcessiveUnsuccessfulBids implements Calculation {

    private final RedFlagSettings settings;
    private final Map<String, Tally> winsByTenderer = new HashMap<>();

    ExcessiveUnsuccessfulBids(RedFlagSettings settings) {
        this.settings = settings;
    }

    @Override
    public void fold(ReleaseView release, FlagAccumulator flags) {
        String supplier = release.soleSupplierOfSoleAward().orElse(null);
        if (supplier == null) {
            return;
        }
        Set<String> tenderers = new LinkedHashSet<>();
        for (JsonNode bid : release.bidDetails()) {
            String tenderer = ReleaseView.soleTenderer(bid);
            if (tenderer != null && ReleaseView.hasStatus(bid, "valid")) {
                tenderers.add(tenderer);
            }
        }
        for (String tenderer : tenderers) {
            winsByTenderer.computeIfAbsent(tenderer, t -> new Tally()).add(tenderer.equals(supplier) ? 1 : 0, 1);
        }
    }

    @Override
    public void finish(FlagAccumulator flags) {
        double topBidders = Quartiles.percentile(
                winsByTenderer.values().stream().map(tally -> (double) tally.total()).toList(),
                settings.r025Percentile());
        double lowerFence;
        double q1;
        if (settings.r025Threshold() == null) {
            Quartiles quartiles = Quartiles.of(winsByTenderer.values().stream().map(Tally::ratio).toList());
            quartiles.record(flags, Indicator.R025, "");
            lowerFence = quartiles.lowerFence();
            q1 = quartiles.q1();
        } else {
            lowerFence = settings.r025Threshold();
            q1 = 1.0; // as in Cardinal: a configured fence is not subject to the quartile guard below
        }
        flags.meta(Indicator.R025, "upper_fence", topBidders);
        flags.meta(Indicator.R025, "lower_fence", lowerFence);
        // Ratios are never negative. When a quarter or more of tenderers never win, the fence is zero or below and
        // would flag many of the top tenderers, so Cardinal flags nothing.
        if (!(q1 > 0.0 && lowerFence > 0.0)) {
            return;
        }
        winsByTenderer.forEach((tenderer, tally) -> {
            if (tally.total() >= topBidders && tally.ratio() <= lowerFence) {
                flags.flag(FlagGroup.TENDERER, tenderer, Indicator.R025, tally.ratio());
            }
        });
    }
}
