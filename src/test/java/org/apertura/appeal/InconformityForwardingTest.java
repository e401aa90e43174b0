package org.apertura.appeal;

import static org.apertura.appeal.AppealRulesTest.D;
import static org.apertura.appeal.AppealRulesTest.NOW;
import static org.apertura.appeal.AppealRulesTest.keys;
import static org.apertura.appeal.InconformityRulesTest.DAYS;
import static org.apertura.appeal.InconformityRulesTest.DRAFT;
import static org.apertura.appeal.InconformityRulesTest.admittedOnJune19;
import static org.apertura.appeal.InconformityRulesTest.confirmed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The acts of ADR 0046 on the recurso de inconformidad, worked by hand from shared/reference/law/LGTAIP-2025.md on the
 * national calendar (June–August 2026 has no national rest day): a written filing before the local authority, which
 * forwards it the day after (art. 164 ¶2), and the medidas de apremio a resolution states (art. 180; art. 196). The
 * appeal of {@link InconformityRulesTest#confirmed()} was confirmed on Monday 15 June: its window runs from Tuesday 16
 * June for fifteen days, to Monday 6 July (art. 164 ¶1).
 */
class InconformityForwardingTest {

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    static Inconformity forwarded(LocalDate writtenOn, LocalDate today) {
        return Inconformity.file("ri-1", confirmed(), true, 99L, "federal", "mexico", DRAFT, writtenOn, today, NOW, D,
                D);
    }

    @Test
    void theForwardingIsDataWithItsArticle() {
        assertThat(InconformityTerm.FORWARDING.days()).isEqualTo(1);
        assertThat(InconformityTerm.FORWARDING.basis()).isEqualTo("LGTAIP 2025 art. 164 ¶2");
        assertThat(CoerciveMeasure.PUBLIC_REPRIMAND.basis()).isEqualTo("LGTAIP 2025 art. 196 fr. I");
        assertThat(CoerciveMeasure.FINE.basis()).isEqualTo("LGTAIP 2025 art. 196 fr. II");
    }

    @Test
    void aWrittenFilingOnTheLastDayIsOnTimeAndTheFederalTermsRunFromTheForwarding() {
        // Received in writing on Mon 6 July, the window's last day; due forwarded Tue 7 July, forwarded that day.
        Inconformity i = forwarded(day(7, 6), day(7, 7));
        assertThat(i.getFiledOn()).isEqualTo(day(7, 6));
        assertThat(i.isFiledLate()).isFalse();
        assertThat(i.getForwardDue()).isEqualTo(day(7, 7));
        assertThat(i.getForwardedOn()).isEqualTo(day(7, 7));
        assertThat(i.getForwardedLate()).isFalse();
        // Art. 166, 167: the federal authority's five days to prevent run from its receipt, Tue 7 July: 8, 9, 10, 13,
        // 14 July. Art. 168 ¶1: thirty days from then: 8–10 (3), 13–17 (8), 20–24 (13), 27–31 (18), 3–7 Aug (23),
        // 10–14 (28), 17, 18 (30): Tue 18 August.
        assertThat(i.getPreventionIssueDue()).isEqualTo(day(7, 14));
        assertThat(i.getResolutionDue()).isEqualTo(day(8, 18));
        InconformityStep step = i.forwardedStep("Autoridad local");
        assertThat(step.getType()).isEqualTo(InconformityStepType.FORWARDED);
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 164 ¶2");
        assertThat(step.getCapacity()).isEqualTo(InconformityCapacity.LOCAL_AUTHORITY);
        assertThat(step.getNote()).contains("06/07/2026", "07/07/2026");
        // An online filing has no forwarding step.
        assertThat(InconformityRulesTest.filed(confirmed(), DRAFT, day(6, 17)).forwardedStep("x")).isNull();
    }

    @Test
    void aForwardingAfterTheNextBusinessDayIsFlaggedButTheFilingKeepsItsOwnDay() {
        // Received Fri 3 July: due forwarded Mon 6 July; forwarded Wed 8 July, late. The filing itself was on time.
        Inconformity late = forwarded(day(7, 3), day(7, 8));
        assertThat(late.getForwardDue()).isEqualTo(day(7, 6));
        assertThat(late.getForwardedLate()).isTrue();
        assertThat(late.isFiledLate()).isFalse();
        assertThat(late.forwardedStep("L").getType()).isEqualTo(InconformityStepType.FORWARDED_LATE);
        // Received on Saturday 4 July: taken as received Mon 6 July, due forwarded Tue 7 July.
        assertThat(forwarded(day(7, 4), day(7, 7)).getForwardDue()).isEqualTo(day(7, 7));
        // Received Tue 7 July, after the window: taken, marked late, for the federal authority to dismiss (art. 181
        // fr. I); forwarded the next day, on time.
        Inconformity out = forwarded(day(7, 7), day(7, 8));
        assertThat(out.isFiledLate()).isTrue();
        assertThat(out.getForwardedLate()).isFalse();
    }

    @Test
    void aWrittenDayInTheFutureOrBeforeTheResolutionIsRefused() {
        assertThat(keys(() -> forwarded(day(7, 9), day(7, 8)))).contains("inconformity.validation.writtenOn");
        assertThat(keys(() -> forwarded(day(6, 12), day(7, 8)))).contains("inconformity.validation.writtenOn");
    }

    @Test
    void onlyTheLocalAuthoritysStaffForwardAndAnExistingRemedyIsNeverForwardedAgain() {
        InconformityPolicy policy = new InconformityPolicy();
        assertThat(policy.onAppeal(Actor.holding(Authority.of(Role.GUARANTOR, "local")), "local")
                .may(InconformityAction.FORWARD_WRITTEN)).isTrue();
        assertThat(policy.onAppeal(Actor.holding(Authority.of(Role.GUARANTOR, "federal")), "local").any()).isFalse();
        assertThat(policy.onAppeal(Actor.anonymous(), "local").any()).isFalse();
        assertThat(InconformityPolicy.refusal(forwarded(day(7, 6), day(7, 7)), InconformityAction.FORWARD_WRITTEN,
                day(7, 7))).isPresent();
    }

    @Test
    void aResolutionThatOrdersANewRulingStatesItsCoerciveMeasures() {
        // Art. 180: "Estas medidas de apremio deben establecerse en la propia resolución".
        Inconformity i = admittedOnJune19();
        assertThat(keys(() -> i.resolve(InconformityResolution.MODIFIED, Set.of(), "Se modifica.", day(7, 1), NOW,
                "F", DAYS))).containsExactly("inconformity.validation.measures");
        assertThat(keys(() -> i.resolve(InconformityResolution.CONFIRMED, Set.of(CoerciveMeasure.FINE), "Se confirma.",
                day(7, 1), NOW, "F", DAYS))).containsExactly("inconformity.validation.measuresConfirmed");
        assertThat(i.getResolution()).isNull();
        InconformityStep step = i.resolve(InconformityResolution.MODIFIED,
                Set.of(CoerciveMeasure.FINE, CoerciveMeasure.PUBLIC_REPRIMAND), "Se modifica.", day(7, 1), NOW, "F",
                DAYS);
        assertThat(i.measureList()).containsExactly(CoerciveMeasure.PUBLIC_REPRIMAND, CoerciveMeasure.FINE);
        assertThat(step.getBasis()).endsWith(
                "; LGTAIP 2025 art. 180; LGTAIP 2025 art. 196 fr. I; LGTAIP 2025 art. 196 fr. II");
        assertThat(InconformityService.publicRecord(i, step)).containsEntry("measures",
                java.util.List.of("PUBLIC_REPRIMAND", "FINE"));
        // A confirmation states none.
        Inconformity c = admittedOnJune19();
        c.resolve(InconformityResolution.CONFIRMED, null, "Se confirma.", day(7, 1), NOW, "F", DAYS);
        assertThat(c.measureList()).isEmpty();
        assertThat(InconformityService.publicRecord(c, step)).doesNotContainKey("measures");
    }
}
