package org.apertura.contracting;

import tools.jackson.databind.JsonNode;

/**
 * R018, single bid received: a competitive procedure ({@code /tender/procurementMethod} open or selective, by
 * default) in which {@code /tender/numberOfTenderers} is exactly 1.
 *
 * <p>Why look: in a procedure meant to be competitive, a lone bidder can mean competition was suppressed, the ideal
 * outcome for a buyer who had already chosen the winner. Not proof: a niche market, a small contract or a poorly
 * advertised call also draw a single bid.
 */
final class SingleBidReceived implements Calculation {

    private final RedFlagSettings settings;

    SingleBidReceived(RedFlagSettings settings) {
        this.settings = settings;
    }

    @Override
    public void fold(ReleaseView release, FlagAccumulator flags) {
        JsonNode tender = release.tender();
        if (tender == null || !release.matchesProcurementMethod(settings.r018ProcurementMethods())) {
            return;
        }
        JsonNode tenderers = tender.get("numberOfTenderers");
        // Cardinal reads the count as an unsigned integer: 1.0, -1 or a string are not a count of one.
        if (tenderers != null && tenderers.isIntegralNumber() && tenderers.canConvertToLong()
                && tenderers.longValue() == 1) {
            flags.flag(FlagGroup.OCID, release.ocid(), Indicator.R018, 1.0);
        }
    }
}
