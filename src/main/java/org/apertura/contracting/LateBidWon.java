package org.apertura.contracting;

import java.util.HashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * R030, late bid won: a valid bid is dated after the submission deadline ({@code /tender/tenderPeriod/endDate})
 * and one of its tenderers supplies an active award. The process and that tenderer are flagged (1.0).
 *
 * <p>Why look: accepting a bid after the deadline lets a favoured bidder see, or be told, the other offers first.
 * Not proof: deadlines get extended without the data saying so, and bid dates may record an evaluation step
 * rather than receipt.
 *
 * <p>As in Cardinal, the dates are compared as strings, which is chronological for timestamps written alike
 * (same offset, same precision), as OCDS data normally are.
 */
final class LateBidWon implements Calculation {

    @Override
    public void fold(ReleaseView release, FlagAccumulator flags) {
        String deadline = ReleaseView.string(ReleaseView.object(release.tender(), "tenderPeriod"), "endDate");
        JsonNode awards = release.awards();
        JsonNode bids = release.bidDetails();
        if (deadline == null || awards == null || bids == null) {
            return;
        }
        Set<String> suppliers = new HashSet<>();
        for (JsonNode award : awards) {
            JsonNode awardSuppliers = ReleaseView.array(award, "suppliers");
            if (awardSuppliers != null && ReleaseView.hasStatus(award, "active")) {
                ReleaseView.addIds(awardSuppliers, suppliers);
            }
        }
        for (JsonNode bid : bids) {
            String date = ReleaseView.string(bid, "date");
            JsonNode tenderers = ReleaseView.array(bid, "tenderers");
            if (date == null || tenderers == null || !ReleaseView.hasStatus(bid, "valid")
                    || date.compareTo(deadline) <= 0) {
                continue;
            }
            for (JsonNode tenderer : tenderers) {
                String id = ReleaseView.string(tenderer, "id");
                if (id != null && suppliers.contains(id)) {
                    flags.flag(FlagGroup.OCID, release.ocid(), Indicator.R030, 1.0);
                    flags.flag(FlagGroup.TENDERER, id, Indicator.R030, 1.0);
                }
            }
        }
    }
}
