package org.apertura.contracting;

import tools.jackson.databind.JsonNode;

/**
 * R036, lowest bid disqualified: the process has an active award and a valid bid with an amount, and its lowest
 * submitted bid (in the main currency; the first of equal lowest bids) was disqualified.
 *
 * <p>Why look: where the award criterion is price, disqualifying the cheapest offer is how a buyer can steer the
 * contract to a dearer favourite. Not proof: the cheapest bid may have failed the requirements, or the award
 * criteria may not be price only; procedures with prices set by the buyer are left out.
 */
final class LowestBidDisqualified implements Calculation {

    private final RedFlagSettings settings;

    LowestBidDisqualified(RedFlagSettings settings) {
        this.settings = settings;
    }

    @Override
    public void fold(ReleaseView release, FlagAccumulator flags) {
        JsonNode awards = release.awards();
        if (!release.comparesPrices(settings) || awards == null || !hasActiveAward(awards)) {
            return;
        }
        Double lowest = null;
        boolean lowestIsDisqualified = false;
        boolean hasValidBidWithAmount = false;
        for (JsonNode bid : release.submittedBids()) {
            JsonNode value = ReleaseView.object(bid, "value");
            Double amount = ReleaseView.number(value, "amount");
            String currency = ReleaseView.string(value, "currency");
            if (amount == null || currency == null || !flags.isMainCurrency(currency)) {
                continue;
            }
            if (lowest == null || amount < lowest) {
                lowest = amount;
                lowestIsDisqualified = ReleaseView.hasStatus(bid, "disqualified");
            }
            hasValidBidWithAmount |= ReleaseView.hasStatus(bid, "valid");
        }
        if (hasValidBidWithAmount && lowestIsDisqualified) {
            flags.flag(FlagGroup.OCID, release.ocid(), Indicator.R036, 1.0);
        }
    }

    private static boolean hasActiveAward(JsonNode awards) {
        for (JsonNode award : awards) {
            if (ReleaseView.hasStatus(award, "active")) {
                return true;
            }
        }
        return false;
    }
}
