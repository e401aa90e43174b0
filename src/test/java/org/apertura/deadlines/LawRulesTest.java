package org.apertura.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.apertura.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The shipped rule sets, without Spring: every set has every term, and the general law is picked by date. */
class LawRulesTest {

    final LawRules rules = new LawRules();

    @Test
    void everySetHasEveryTermWithAnArticle() {
        assertThat(rules.all()).extracting(RuleSet::code).containsExactly("LGTAIP-2025", "LGTAIP-2015", "VARIANTE-15-10",
                "DGO-LTAIP-2016");
        for (RuleSet set : rules.all()) {
            for (Term term : Term.values()) {
                if (RuleSet.OPTIONAL.contains(term) && !set.sets(term)) {
                    continue;
                }
                assertThat(set.term(term)).as(set.code() + " " + term).isNotNull();
                assertThat(set.term(term).article()).as(set.code() + " " + term).isNotBlank();
            }
        }
        // The only optional term is the admission slot a state law may set; the general law sets none (art. 153 fr. I).
        assertThat(RuleSet.OPTIONAL).containsExactly(Term.APPEAL_ADMISSION);
        assertThat(rules.byCode("LGTAIP-2025").orElseThrow().sets(Term.APPEAL_ADMISSION)).isFalse();
        assertThat(rules.byCode("LGTAIP-2015").orElseThrow().sets(Term.APPEAL_ADMISSION)).isFalse();
    }

    @Test
    void theStateVariantIsHonestlyAnExampleAndDiffersOnlyInTheAnswerAndTheAdmissionSlot() {
        RuleSet variant = rules.byCode("VARIANTE-15-10").orElseThrow();
        RuleSet general = rules.byCode("LGTAIP-2025").orElseThrow();
        assertThat(variant.name()).contains("Ejemplo").contains("no es la ley de ningún estado");
        assertThat(variant.term(Term.ANSWER).businessDays()).isEqualTo(15);
        assertThat(variant.term(Term.EXTENSION).businessDays()).isEqualTo(10);
        // Besides the answer, the example sets an admission term (3 days) to show the slot a state law may fill.
        assertThat(variant.term(Term.APPEAL_ADMISSION).businessDays()).isEqualTo(3);
        for (Term term : Term.values()) {
            if (term != Term.ANSWER && term != Term.APPEAL_ADMISSION) {
                assertThat(variant.term(term).businessDays()).as(term.name())
                        .isEqualTo(general.term(term).businessDays());
            }
        }
    }

    @Test
    void withoutAnAdoptionTheGeneralLawInForceThatDayApplies() {
        assertThat(rules.forAct(null, LocalDate.parse("2025-03-21")).code()).isEqualTo("LGTAIP-2025");
        assertThat(rules.forAct(null, LocalDate.parse("2025-03-20")).code()).isEqualTo("LGTAIP-2015");
        assertThat(rules.forAct(null, LocalDate.parse("2015-05-05")).code()).isEqualTo("LGTAIP-2015");
    }

    @Test
    void actsBeforeAnyModelledLawGetNoRuleSetRatherThanAWrongOne() {
        // The LGTAIP 2015 governs from 5 May 2015 (DOF 04-05-2015, in force the next day); the day before, none.
        assertThat(rules.choose(null, LocalDate.parse("2015-05-04"))).isEmpty();
        assertThat(rules.choose(null, LocalDate.parse("2010-01-01"))).isEmpty();
        assertThat(rules.firstModelledDay()).isEqualTo("2015-05-05");
        assertThatThrownBy(() -> rules.forAct(null, LocalDate.parse("2010-01-01")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("noRuleSet");
    }
}
