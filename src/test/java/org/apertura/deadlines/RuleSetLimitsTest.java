package org.apertura.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.platform.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * What the rule sets carry besides the terms (issue 20): the reserve grounds and maximum per law, the appeal
 * causes a state adds, the "up to" terms that one act may set shorter, never longer, and the general law labelled
 * as the fallback of a state's own law. Numbers read from shared/reference/law/LGTAIP-2025.md; the 2015 and
 * Durango ones are marked unverified in law-rules.tsv.
 */
class RuleSetLimitsTest {

    final LawRules rules = new LawRules();
    final RuleSet lgtaip2025 = rules.byCode("LGTAIP-2025").orElseThrow();
    final RuleSet lgtaip2015 = rules.byCode("LGTAIP-2015").orElseThrow();
    final RuleSet durango = rules.byCode("DGO-LTAIP-2016").orElseThrow();

    @Test
    void theReserveGroundsAndMaximumFollowTheLawOfTheAct() {
        // 2025: art. 112 fr. I–XVII; "hasta por un periodo de cinco años" (art. 104 ¶2).
        assertThat(lgtaip2025.reserveGrounds()).isEqualTo(17);
        assertThat(lgtaip2025.limit(RuleSet.Limit.RESERVE_GROUNDS).article()).isEqualTo("art. 112");
        assertThat(lgtaip2025.maxReserveYears()).isEqualTo(5);
        assertThat(lgtaip2025.limit(RuleSet.Limit.RESERVE_YEARS).article()).isEqualTo("art. 104 ¶2");
        // 2015: art. 113 fr. I–XIII, five years in art. 101 (review 2026-12 §1.2, from memory).
        assertThat(lgtaip2015.reserveGrounds()).isEqualTo(13);
        assertThat(lgtaip2015.limit(RuleSet.Limit.RESERVE_GROUNDS).article()).isEqualTo("art. 113");
        assertThat(lgtaip2015.maxReserveYears()).isEqualTo(5);
        // An act of 2024 is classified under the 2015 law's 13 grounds, one of 2026 under the 2025 law's 17.
        assertThat(rules.forAct(null, LocalDate.parse("2024-06-03")).reserveGrounds()).isEqualTo(13);
        assertThat(rules.forAct(null, LocalDate.parse("2026-06-01")).reserveGrounds()).isEqualTo(17);
    }

    @Test
    void durangosLawAddsAFourteenthAppealCauseMarkedUnverified() {
        // Art. 145 has 13 causes (fr. I–XIII); the IDAIP's page lists a 14th for Durango.
        assertThat(lgtaip2025.appealCauses()).isEqualTo(13);
        assertThat(lgtaip2025.extraCauses()).isEmpty();
        assertThat(durango.appealCauses()).isEqualTo(14);
        assertThat(durango.extraCauses()).singleElement().satisfies(c -> {
            assertThat(c.fraction()).isEqualTo("XIV");
            assertThat(c.text()).isEqualTo("La inconformidad con las razones que motivan una prórroga");
            assertThat(c.article()).startsWith("sin verificar");
        });
        for (Term term : Term.values()) {
            if (RuleSet.OPTIONAL.contains(term) && !durango.sets(term)) {
                continue; // an admission slot only where a state law sets one (neither general law does)
            }
            assertThat(durango.term(term).article()).as(term.name()).startsWith("sin verificar");
            // Until verified, its terms are the 2015 general law's (the floor).
            assertThat(durango.term(term).businessDays()).as(term.name())
                    .isEqualTo(lgtaip2015.term(term).businessDays());
        }
        assertThat(durango.generalLaw()).isFalse();
    }

    @Test
    void anUpToTermMayBeSetShorterNeverLonger() {
        // Art. 134 ¶2: "podrá ampliarse hasta por diez días más"; art. 130 ¶1: "en un término de hasta diez días".
        RuleSet.TermRule extension = lgtaip2025.term(Term.EXTENSION);
        assertThat(extension.upTo()).isTrue();
        assertThat(lgtaip2025.days(Term.EXTENSION, null)).isEqualTo(10);
        assertThat(lgtaip2025.days(Term.EXTENSION, 5)).isEqualTo(5);
        assertThat(lgtaip2025.days(Term.CLARIFICATION_REPLY, 1)).isEqualTo(1);
        assertThat(lgtaip2025.refusal(Term.EXTENSION, 10, "extensionDays")).isEmpty();
        FieldProblem longer = lgtaip2025.refusal(Term.EXTENSION, 11, "extensionDays").orElseThrow();
        assertThat(longer.field()).isEqualTo("extensionDays");
        assertThat(longer.messageKey()).isEqualTo("lawrules.error.upTo");
        assertThat(longer.args()).containsExactly(10, "LGTAIP 2025 art. 134 ¶2");
        assertThat(lgtaip2025.refusal(Term.CLARIFICATION_REPLY, 0, "replyDays")).isPresent();
        assertThatThrownBy(() -> lgtaip2025.days(Term.EXTENSION, 11)).isInstanceOf(IllegalArgumentException.class);
        // Art. 147 (appellant: "no podrá exceder de cinco días") and art. 148 (extension "hasta por… veinte días").
        assertThat(lgtaip2025.term(Term.APPEAL_CLARIFICATION_REPLY).upTo()).isTrue();
        assertThat(lgtaip2025.term(Term.APPEAL_RESOLUTION_EXTENSION).upTo()).isTrue();
    }

    @Test
    void aTermTheLawFixesCannotBeShortened() {
        // Art. 134 ¶1: the answer term is the institution's maximum, not one a unit grants to someone else;
        // art. 144: the appeal window is the requester's 15 days.
        assertThat(lgtaip2025.term(Term.ANSWER).upTo()).isFalse();
        assertThat(lgtaip2025.refusal(Term.ANSWER, 15, "days").orElseThrow().messageKey())
                .isEqualTo("lawrules.error.fixedTerm");
        assertThat(lgtaip2025.refusal(Term.APPEAL, 10, "days")).isPresent();
        assertThat(lgtaip2025.refusal(Term.APPEAL, null, "days")).isEmpty();
    }

    @Test
    void theGeneralLawIsTheFallbackOfAStateOrMunicipalProcedureOnly() {
        assertThat(LawRules.fallback(lgtaip2025, JurisdictionLevel.STATE)).isTrue();
        assertThat(LawRules.fallback(lgtaip2025, JurisdictionLevel.MUNICIPALITY)).isTrue();
        assertThat(LawRules.fallback(lgtaip2025, JurisdictionLevel.FEDERAL)).isFalse();
        assertThat(LawRules.fallback(durango, JurisdictionLevel.STATE)).isFalse();
    }
}
