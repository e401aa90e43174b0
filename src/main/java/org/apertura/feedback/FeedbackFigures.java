package org.apertura.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The public figures of a set of feedback: how much was received, the share that found the information
 * useful, the share of comments answered, how many still wait, and the median time from a comment to its
 * reply. Shares are percentages with one decimal (half up) and absent when there is nothing to divide by;
 * the median of an even number of times is the mean of the two middle ones.
 */
public record FeedbackFigures(long received, long useful, long comments, long answered, Duration medianTimeToAnswer) {

    /** What the figures need of one piece of feedback. {@code timeToAnswer} is null until it is answered. */
    public record Fact(boolean useful, boolean commented, Duration timeToAnswer) {
    }

    public static FeedbackFigures of(Collection<Fact> facts) {
        List<Duration> times = facts.stream().map(Fact::timeToAnswer).filter(Objects::nonNull).sorted().toList();
        return new FeedbackFigures(facts.size(), facts.stream().filter(Fact::useful).count(),
                facts.stream().filter(Fact::commented).count(), times.size(), median(times));
    }

    static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /** Percentage of feedback that found the information useful, or null when none was received. */
    public BigDecimal shareUseful() {
        return percent(useful, received);
    }

    /** Percentage of comments with their public reply, or null when there is no comment. */
    public BigDecimal shareAnswered() {
        return percent(answered, comments);
    }

    /** Comments still waiting for their public reply. */
    public long awaitingReply() {
        return comments - answered;
    }

    /** The median time to answer in hours with one decimal, or null when nothing was answered. */
    public BigDecimal medianHoursToAnswer() {
        return medianTimeToAnswer == null ? null
                : BigDecimal.valueOf(medianTimeToAnswer.getSeconds()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }

    /** The median time to answer as people read it, or null when nothing was answered. */
    public Span medianSpan() {
        return medianTimeToAnswer == null ? null : Span.of(medianTimeToAnswer);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : plain(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    /** 50.0 as 50, 12.5 as 12.5. */
    static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * A duration as people read it: minutes under an hour, whole hours under a day, days otherwise (with
     * one decimal under ten days). Messages {@code feedback.duration.<unit>} take the amount.
     */
    public record Span(Unit unit, BigDecimal amount) {

        public enum Unit { MINUTES, HOURS, DAYS }

        public static Span of(Duration duration) {
            long seconds = Math.max(0, duration.getSeconds());
            if (seconds < 3600) {
                return new Span(Unit.MINUTES, BigDecimal.valueOf(Math.max(1, Math.round(seconds / 60.0))));
            }
            BigDecimal hours = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 0, RoundingMode.HALF_UP);
            if (hours.compareTo(BigDecimal.valueOf(24)) < 0) {
                return new Span(Unit.HOURS, hours);
            }
            BigDecimal days = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(86_400), 1, RoundingMode.HALF_UP);
            if (days.compareTo(BigDecimal.TEN) >= 0) {
                days = days.setScale(0, RoundingMode.HALF_UP);
            }
            return new Span(Unit.DAYS, plain(days));
        }
    }
}
