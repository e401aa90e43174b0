package org.apertura.contracting;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

/**
 * R003, short submission period: the contracting process gave bidders fewer whole days to submit
 * ({@code /tender/tenderPeriod/endDate − startDate}) than the threshold (15 days, or the one set for its
 * procurement method details, e.g. what the law allows for that procedure).
 *
 * <p>Why look: a buyer can favour a bidder it told in advance while giving everyone else too little time to
 * prepare a competitive bid. Not proof: urgency, emergencies and simple purchases have legitimately short
 * periods, and the dates may be published inaccurately.
 */
final class ShortSubmissionPeriod implements Calculation {

    private static final long SECONDS_PER_DAY = 86_400;

    private final RedFlagSettings settings;

    ShortSubmissionPeriod(RedFlagSettings settings) {
        this.settings = settings;
    }

    @Override
    public void fold(ReleaseView release, FlagAccumulator flags) {
        JsonNode tender = release.tender();
        if (tender == null || !release.matchesProcurementMethod(settings.r003ProcurementMethods())) {
            return;
        }
        JsonNode period = ReleaseView.object(tender, "tenderPeriod");
        OffsetDateTime start = dateTime(ReleaseView.string(period, "startDate"));
        OffsetDateTime end = dateTime(ReleaseView.string(period, "endDate"));
        if (start == null || end == null) {
            return;
        }
        String details = ReleaseView.string(tender, "procurementMethodDetails");
        long threshold = details != null && settings.r003ProcurementMethodDetails().containsKey(details)
                ? settings.r003ProcurementMethodDetails().get(details)
                : settings.r003Threshold();
        if (wholeDays(Duration.between(start, end)) < threshold) {
            flags.flag(FlagGroup.OCID, release.ocid(), Indicator.R003, 1.0);
        }
    }

    /** Whole days, truncated toward zero as chrono's {@code num_days} does (a negative period stays negative). */
    static long wholeDays(Duration duration) {
        long seconds = duration.getSeconds();
        // Duration keeps a non-negative nano part; a negative duration with nanos is one second closer to zero.
        if (seconds < 0 && duration.getNano() > 0) {
            seconds++;
        }
        return seconds / SECONDS_PER_DAY;
    }

    private static OffsetDateTime dateTime(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
