package org.apertura.contracting;

/**
 * R024, price close to winning bid: the runner-up's margin over the winning bid (see {@link WinningMargins}) is at
 * or below the lower fence, Q1 − 1.5 IQR of all margins (or the configured threshold). The winner and the
 * runner-up are flagged too (value 0.0).
 *
 * <p>Why look: colluding bidders can fake competition with a cover bid priced just above their partner's. Not
 * proof: in a competitive market for a standard good, honest prices converge.
 */
final class PriceCloseToWinningBid implements Calculation {

    private final Double threshold;
    private final WinningMargins margins;

    PriceCloseToWinningBid(Double threshold, WinningMargins margins) {
        this.threshold = threshold;
        this.margins = margins;
    }

    @Override
    public void finish(FlagAccumulator flags) {
        double lowerFence;
        double q1;
        if (threshold == null) {
            Quartiles quartiles = Quartiles.of(margins.ratios());
            quartiles.record(flags, Indicator.R024, "");
            lowerFence = quartiles.lowerFence();
            q1 = quartiles.q1();
        } else {
            lowerFence = threshold;
            q1 = 1.0; // as in Cardinal: a configured fence is not subject to the quartile guard below
        }
        flags.meta(Indicator.R024, "lower_fence", lowerFence);
        // Margins are never negative. When a quarter or more of them are zero, the fence is zero or below and
        // would flag every zero margin as an outlier, so Cardinal flags nothing (nor with an empty population).
        if (!(q1 > 0.0 && lowerFence > 0.0)) {
            return;
        }
        margins.byOcid().forEach((ocid, margin) -> {
            if (margin.ratio() <= lowerFence) {
                flags.flag(FlagGroup.OCID, ocid, Indicator.R024, margin.ratio());
                flags.flag(FlagGroup.TENDERER, margin.winner(), Indicator.R024, 0.0);
                flags.flag(FlagGroup.TENDERER, margin.runnerUp(), Indicator.R024, 0.0);
            }
        });
    }
}
