package org.apertura.contracting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * R035, all except winning bid disqualified: exactly one tenderer has valid bids, it is the supplier of every
 * active award, and at least {@code threshold} (1) other tenderers had bids disqualified. The value for the process
 * is the number of other tenderers disqualified; the winner is flagged with 0.0. Processes with a pending or
 * invalid award are left out, as their outcome may change.
 *
 * <p>Why look: a buyer can hand the contract to a chosen bidder by disqualifying everyone else. Not proof: bids
 * are often disqualified for honest reasons such as missing documents or failing the technical requirements.
 */
final class AllExceptWinningBidDisqualified implements Calculation {

    private final int threshold;

    AllExceptWinningBidDisqualified(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public void fold(ReleaseView release, FlagAccumulator flags) {
        List<JsonNode> activeAwards = release.activeAwardsIfAllFinal().orElse(null);
        if (activeAwards == null) {
            return;
        }
        Set<String> suppliers = new HashSet<>();
        for (JsonNode award : activeAwards) {
            JsonNode awardSuppliers = ReleaseView.array(award, "suppliers");
            if (awardSuppliers != null) {
                ReleaseView.addIds(awardSuppliers, suppliers);
            }
        }
        Set<String> valid = new HashSet<>();
        Set<String> disqualified = new HashSet<>();
        for (JsonNode bid : release.bidDetails()) {
            JsonNode tenderers = ReleaseView.array(bid, "tenderers");
            if (tenderers == null) {
                continue;
            }
            if (ReleaseView.hasStatus(bid, "valid")) {
                ReleaseView.addIds(tenderers, valid);
            } else if (ReleaseView.hasStatus(bid, "disqualified")) {
                ReleaseView.addIds(tenderers, disqualified);
            }
        }
        // Several valid tenderers or winners are left out: a buyer may legitimately split an award among them.
        if (valid.size() != 1 || !valid.equals(suppliers)) {
            return;
        }
        disqualified.removeAll(valid);
        if (disqualified.size() >= threshold) {
            flags.flag(FlagGroup.OCID, release.ocid(), Indicator.R035, disqualified.size());
            flags.flag(FlagGroup.TENDERER, valid.iterator().next(), Indicator.R035, 0.0);
        }
    }
}
