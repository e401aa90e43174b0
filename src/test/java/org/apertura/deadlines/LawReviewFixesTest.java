package org.apertura.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The low-priority fixes of the legal review of 2026-12 (§8.4), worked by hand from the law texts. */
class LawReviewFixesTest {

    final LawRules rules = new LawRules();

    @Test
    void theMovingMondaysApplyFrom2006AndTheFixedDatesBefore() {
        // LFT art. 74 fr. II, III, VI as reformed (DOF 17-01-2006): first Monday of February, third of March and
        // third of November. 2006-02-06 is the first Monday of February 2006.
        assertThat(NationalCalendar.isBusinessDay(LocalDate.of(2006, 2, 6))).isFalse();
        assertThat(NationalCalendar.isBusinessDay(LocalDate.of(2006, 3, 20))).isFalse();
        assertThat(NationalCalendar.isBusinessDay(LocalDate.of(2006, 11, 20))).isFalse();
        // Before the reform the days were fixed: 5 February, 21 March, 20 November. In 2005 the first Monday of
        // February (7 February) was a working day and 21 March (a Monday) was the rest day.
        assertThat(NationalCalendar.isBusinessDay(LocalDate.of(2005, 2, 7))).isTrue();
        assertThat(NationalCalendar.isBusinessDay(LocalDate.of(2005, 3, 21))).isFalse();
        assertThat(NationalCalendar.isBusinessDay(LocalDate.of(2005, 11, 21))).isTrue();
        assertThat(NationalCalendar.isBusinessDay(LocalDate.of(2004, 2, 5))).isFalse();
    }

    @Test
    void everyRuleSetCitesTheDismissalArticle() {
        // LGTAIP 2025 art. 158: "El recurso será desechado por improcedente cuando: I. Sea extemporáneo…".
        assertThat(rules.byCode("LGTAIP-2025").orElseThrow().provision(Provision.DISMISSAL)).isEqualTo("art. 158");
        assertThat(rules.byCode("LGTAIP-2015").orElseThrow().provision(Provision.DISMISSAL)).isEqualTo("art. 155");
    }
}
