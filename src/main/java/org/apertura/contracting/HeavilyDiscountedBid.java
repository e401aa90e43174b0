package org.apertura.contracting;

/**
 * R058, heavily discounted bid: the runner-up's margin over the winning bid (see {@link WinningMargins}) is at or
 * above the upper fence, Q3 + 1.5 IQR of all margins (or the configured threshold). The winner is flagged too
 * (value 0.0).
 *
 * <p>Why look: a bid far below every other can be a "lemon", priced to win where quality criteria are weak and
 * made up later through amendments or poor delivery. Not proof: an efficient supplier, a new technology or a data
 * error (a misplaced decimal) also produce a large gap.
 */
final class HeavilyDiscountedBid implements Calculation {

    private final Double threshold;
    private final WinningMargins margins;

    HeavilyDiscountedBid(Double threshold, WinningMargins margins) {
        this.threshold = threshold;
        this.margins = margins;
    }

    @Override
    public void finish(FlagAccumulator flags) {
        double upperFence;
        if (threshold == null) {
            Quartiles quartiles = Quartiles.of(margins.ratios());
            quartiles.record(flags, Indicator.R058, "");
            upperFence = quartiles.upperFence();
        } else {
            upperFence = threshold;
        }
        flags.meta(Indicator.R058, "upper_fence", upperFence);
        // Margins are never negative; a fence of zero would flag every process (most margins being zero).
        if (!(upperFence > 0.0)) {
            return;
        }
        margins.byOcid().forEach((ocid, margin) -> {
            if (margin.ratio() >= upperFence) {
                flags.flag(FlagGroup.OCID, ocid, Indicator.R058, margin.ratio());
                flags.flag(FlagGroup.TENDERER, margin.winner(), Indicator.R058, 0.0);
            }
        });
    }
}
