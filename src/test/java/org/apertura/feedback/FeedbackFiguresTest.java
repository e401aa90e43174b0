package org.apertura.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apertura.feedback.FeedbackFigures.Fact;
import org.apertura.feedback.FeedbackFigures.Span;
import org.junit.jupiter.api.Test;

/** The public figures, computed exactly: shares with one decimal, the median of the times to answer. */
class FeedbackFiguresTest {

    private static Fact vote(boolean useful) {
        return new Fact(useful, false, null);
    }

    private static Fact awaiting(boolean useful) {
        return new Fact(useful, true, null);
    }

    private static Fact answered(boolean useful, Duration after) {
        return new Fact(useful, true, after);
    }

    @Test
    void sharesAndTheMedianOfAnOddNumberOfAnswers() {
        FeedbackFigures f = FeedbackFigures.of(List.of(vote(true), vote(true), vote(false), awaiting(false),
                answered(true, Duration.ofHours(50)), answered(false, Duration.ofHours(2)),
                answered(true, Duration.ofHours(30))));
        assertThat(f.received()).isEqualTo(7);
        assertThat(f.useful()).isEqualTo(4);
        assertThat(f.shareUseful()).isEqualByComparingTo("57.1");
        assertThat(f.comments()).isEqualTo(4);
        assertThat(f.answered()).isEqualTo(3);
        assertThat(f.shareAnswered()).isEqualByComparingTo("75");
        assertThat(f.shareAnswered().toPlainString()).isEqualTo("75");
        assertThat(f.awaitingReply()).isEqualTo(1);
        assertThat(f.medianTimeToAnswer()).isEqualTo(Duration.ofHours(30));
        assertThat(f.medianHoursToAnswer()).isEqualByComparingTo("30.0");
        assertThat(f.medianSpan()).isEqualTo(new Span(Span.Unit.DAYS, new java.math.BigDecimal("1.3")));
    }

    @Test
    void theMedianOfAnEvenNumberIsTheMeanOfTheTwoInTheMiddle() {
        FeedbackFigures f = FeedbackFigures.of(List.of(answered(true, Duration.ofHours(10)),
                answered(true, Duration.ofMinutes(30)), answered(true, Duration.ofHours(100)),
                answered(true, Duration.ofHours(4))));
        assertThat(f.medianTimeToAnswer()).isEqualTo(Duration.ofHours(7));
        assertThat(f.shareUseful().toPlainString()).isEqualTo("100");
        assertThat(f.shareAnswered().toPlainString()).isEqualTo("100");
    }

    @Test
    void nothingToDivideByGivesNoShareAndNoMedian() {
        FeedbackFigures none = FeedbackFigures.of(List.of());
        assertThat(none.received()).isZero();
        assertThat(none.shareUseful()).isNull();
        assertThat(none.shareAnswered()).isNull();
        assertThat(none.medianTimeToAnswer()).isNull();
        assertThat(none.medianSpan()).isNull();
        FeedbackFigures votesOnly = FeedbackFigures.of(List.of(vote(false), vote(true), vote(false)));
        assertThat(votesOnly.shareUseful()).isEqualByComparingTo("33.3");
        assertThat(votesOnly.shareAnswered()).isNull();
        assertThat(votesOnly.awaitingReply()).isZero();
    }

    @Test
    void timesAsPeopleReadThem() {
        assertThat(Span.of(Duration.ofSeconds(20))).isEqualTo(new Span(Span.Unit.MINUTES, java.math.BigDecimal.ONE));
        assertThat(Span.of(Duration.ofMinutes(59))).isEqualTo(new Span(Span.Unit.MINUTES, new java.math.BigDecimal("59")));
        assertThat(Span.of(Duration.ofMinutes(90))).isEqualTo(new Span(Span.Unit.HOURS, new java.math.BigDecimal("2")));
        assertThat(Span.of(Duration.ofHours(23))).isEqualTo(new Span(Span.Unit.HOURS, new java.math.BigDecimal("23")));
        assertThat(Span.of(Duration.ofHours(48))).isEqualTo(new Span(Span.Unit.DAYS, new java.math.BigDecimal("2")));
        assertThat(Span.of(Duration.ofHours(36))).isEqualTo(new Span(Span.Unit.DAYS, new java.math.BigDecimal("1.5")));
        assertThat(Span.of(Duration.ofHours(24 * 12 + 13))).isEqualTo(new Span(Span.Unit.DAYS, new java.math.BigDecimal("13")));
    }
}
