package org.apertura.contracting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * R038, excessive disqualified bids: across all processes, the ratio of disqualified to submitted bids of a buyer,
 * a procuring entity or a tenderer is at or above the upper fence, Q3 + 1.5 IQR of the ratios in its group (or
 * the configured threshold). The value is the ratio. Tenderers with fewer than {@code minimum_submitted_bids} (2)
 * submitted bids are left out of the group, and so are buyers and procuring entities below
 * {@code minimum_contracting_processes} (2), which Cardinal, and so this class, compares with the number of bids
 * they received, not of their processes.
 *
 * <p>Why look: a buyer can clear the way for chosen bidders by disqualifying the others, and a colluding bidder
 * can fake competition with bids meant to be disqualified. Not proof: some sectors, or some organizations'
 * demanding requirements, disqualify many bids for honest reasons.
 */
final class ExcessiveDisqualifiedBids implements Calculation {

    private final RedFlagSettings settings;
    private final Map<String, Tally> buyers = new HashMap<>();
    private final Map<String, Tally> procuringEntities = new HashMap<>();
    private final Map<String, Tally> tenderers = new HashMap<>();

    ExcessiveDisqualifiedBids(RedFlagSettings settings) {
        this.settings = settings;
    }

    @Override
    public void fold(ReleaseView release, FlagAccumulator flags) {
        List<JsonNode> submitted = release.submittedBids();
        if (submitted.isEmpty()) {
            return;
        }
        int disqualified = 0;
        for (JsonNode bid : submitted) {
            int isDisqualified = ReleaseView.hasStatus(bid, "disqualified") ? 1 : 0;
            disqualified += isDisqualified;
            JsonNode bidTenderers = ReleaseView.array(bid, "tenderers");
            if (bidTenderers != null) {
                for (JsonNode tenderer : bidTenderers) {
                    tally(tenderers, ReleaseView.string(tenderer, "id"), isDisqualified, 1);
                }
            }
        }
        tally(buyers, ReleaseView.string(ReleaseView.object(release.release(), "buyer"), "id"),
                disqualified, submitted.size());
        tally(procuringEntities, ReleaseView.string(ReleaseView.object(release.tender(), "procuringEntity"), "id"),
                disqualified, submitted.size());
    }

    @Override
    public void finish(FlagAccumulator flags) {
        flagOutliers(flags, FlagGroup.BUYER, buyers, settings.r038MinimumContractingProcesses());
        flagOutliers(flags, FlagGroup.PROCURING_ENTITY, procuringEntities,
                settings.r038MinimumContractingProcesses());
        flagOutliers(flags, FlagGroup.TENDERER, tenderers, settings.r038MinimumSubmittedBids());
    }

    private static void tally(Map<String, Tally> tallies, String id, int disqualified, int submitted) {
        if (id != null) {
            tallies.computeIfAbsent(id, i -> new Tally()).add(disqualified, submitted);
        }
    }

    private void flagOutliers(FlagAccumulator flags, FlagGroup group, Map<String, Tally> tallies, int minimum) {
        Map<String, Double> ratios = new HashMap<>();
        tallies.forEach((id, tally) -> {
            if (tally.total() >= minimum) {
                ratios.put(id, tally.ratio());
            }
        });
        if (ratios.isEmpty()) {
            return;
        }
        String prefix = group.jsonName() + "_";
        double upperFence;
        if (settings.r038Threshold() == null) {
            Quartiles quartiles = Quartiles.of(ratios.values());
            quartiles.record(flags, Indicator.R038, prefix);
            upperFence = quartiles.upperFence();
        } else {
            upperFence = settings.r038Threshold();
        }
        flags.meta(Indicator.R038, prefix + "upper_fence", upperFence);
        // Ratios are never negative; a fence of zero (most organizations disqualify nothing) would flag them all.
        if (upperFence > 0.0) {
            ratios.forEach((id, ratio) -> {
                if (ratio >= upperFence) {
                    flags.flag(group, id, Indicator.R038, ratio);
                }
            });
        }
    }
}
