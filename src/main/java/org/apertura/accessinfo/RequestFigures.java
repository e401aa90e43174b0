package org.apertura.accessinfo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The public figures of a set of requests, as a pure function: received, answered, answered on time (and
 * its share), the median business days to answer, extensions, overdue, and how many ended in each outcome.
 */
public record RequestFigures(String group, long received, long answered, long answeredOnTime, BigDecimal shareOnTime,
        BigDecimal medianDaysToAnswer, long extended, long overdue, long open, long notFiled,
        Map<Outcome, Long> outcomes, long appeals, long appealsOpen, Map<String, Long> appealResolutions,
        long appealsConfirmed, long appealsModifiedOrRevoked) {

    public static RequestFigures of(String group, Collection<AccessRequest> requests, java.time.LocalDate today) {
        return of(group, requests, RequestAppeals.NONE.tallies().of(requests), today);
    }

    /**
     * The figures of the requests and of the appeals filed against them (tallied by the appeal module, each
     * resolution by its name: {@link RequestAppeals.Tally}).
     */
    public static RequestFigures of(String group, Collection<AccessRequest> requests, RequestAppeals.Tally appeals,
            java.time.LocalDate today) {
        long answered = 0;
        long onTime = 0;
        long extended = 0;
        long overdue = 0;
        long open = 0;
        long notFiled = 0;
        List<Integer> days = new ArrayList<>();
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, 0L);
        }
        for (AccessRequest r : requests) {
            if (r.getStage() == Stage.ANSWERED) {
                answered++;
                if (Boolean.TRUE.equals(r.getAnsweredOnTime())) {
                    onTime++;
                }
                if (r.getBusinessDaysToAnswer() != null) {
                    days.add(r.getBusinessDaysToAnswer());
                }
                outcomes.merge(r.getOutcome(), 1L, Long::sum);
            }
            if (r.isExtended()) {
                extended++;
            }
            if (r.isOverdue(today)) {
                overdue++;
            }
            if (r.getStage().isUnderWay()) {
                open++;
            }
            if (r.getStage() == Stage.NOT_FILED) {
                notFiled++;
            }
        }
        return new RequestFigures(group, requests.size(), answered, onTime, share(onTime, answered), median(days),
                extended, overdue, open, notFiled, outcomes, appeals.filed(), appeals.open(), appeals.resolutions(),
                appeals.confirmed(), appeals.modifiedOrRevoked());
    }

    /** A share in percent with one decimal; null when there is nothing to divide by. */
    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The median (the mean of the middle two for an even count); null for none. */
    static BigDecimal median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1,
                        RoundingMode.HALF_UP);
        return median.setScale(1, RoundingMode.HALF_UP);
    }
}
