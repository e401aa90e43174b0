package org.apertura.appeal;

import static org.apertura.appeal.AppealRulesTest.D;
import static org.apertura.appeal.AppealRulesTest.NOW;
import static org.apertura.appeal.AppealRulesTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The recurso de inconformidad's terms, worked by hand from shared/reference/law/LGTAIP-2025.md on the national
 * calendar (June–August 2026 has no national rest day). The appeal of {@link #confirmed()} was admitted on
 * Wednesday 3 June 2026 (its forty days end on Wednesday 29 July, art. 148) and confirmed on Monday 15 June.
 */
class InconformityRulesTest {

    static final LocalDate JUNE_15 = LocalDate.of(2026, 6, 15);
    static final LocalDate JUNE_17 = LocalDate.of(2026, 6, 17);
    static final Inconformity.Days DAYS = new Inconformity.Days(D, D);
    static final InconformityDraft DRAFT = new InconformityDraft(Set.of(InconformityCause.CLASSIFICATION), true,
            null, "La reserva no tiene prueba de daño.");

    static Appeal confirmed() {
        Appeal a = AppealRulesTest.admitted(LocalDate.of(2026, 6, 3));
        a.resolve(AppealResolution.CONFIRMED, "Se confirma la reserva.", null, JUNE_15, NOW, "G", D);
        return a;
    }

    static Inconformity filed(Appeal appeal, InconformityDraft draft, LocalDate on) {
        return Inconformity.file("ri-1", appeal, true, 99L, "federal", "mexico", draft, on, NOW, D);
    }

    static Inconformity admittedOnJune19() {
        Inconformity i = filed(confirmed(), DRAFT, JUNE_17);
        i.admit(LocalDate.of(2026, 6, 19), NOW, "F", DAYS);
        return i;
    }

    @Test
    void theTermsAreTheLawsWithTheirArticles() {
        assertThat(InconformityTerm.FILING.days()).isEqualTo(15);
        assertThat(InconformityTerm.FILING.basis()).isEqualTo("LGTAIP 2025 art. 164 ¶1");
        assertThat(InconformityTerm.PREVENTION_ISSUE.days()).isEqualTo(5);
        assertThat(InconformityTerm.PREVENTION_REPLY.days()).isEqualTo(15);
        assertThat(InconformityTerm.RESOLUTION.basis()).isEqualTo("LGTAIP 2025 art. 168 ¶1");
        assertThat(InconformityTerm.RESOLUTION.days()).isEqualTo(30);
        assertThat(InconformityTerm.RESOLUTION_EXTENSION.days()).isEqualTo(30);
        assertThat(InconformityTerm.REPORT.days()).isEqualTo(10);
        assertThat(InconformityTerm.NEW_RULING.basis()).isEqualTo("LGTAIP 2025 art. 175 ¶1");
        assertThat(InconformityTerm.COMPLIANCE.days()).isEqualTo(10);
    }

    @Test
    void aConfirmedAppealMayBeChallengedForFifteenDaysFromTheDayAfterItsResolution() {
        // Art. 164: from Tue 16 June, fifteen business days end on Mon 6 July.
        Inconformity.Window w = Inconformity.window(confirmed(), null, JUNE_17, D);
        assertThat(w.act()).isEqualTo(Inconformity.Act.RESOLUTION);
        assertThat(w.from()).isEqualTo(JUNE_15);
        assertThat(w.due()).isEqualTo(LocalDate.of(2026, 7, 6));
        // A later notification day the requester gives moves the start (art. 164 "se tuvo conocimiento").
        assertThat(Inconformity.window(confirmed(), LocalDate.of(2026, 6, 17), JUNE_17, D).due())
                .isEqualTo(LocalDate.of(2026, 7, 8));
    }

    @Test
    void filingStartsTheThirtyDaysToResolveAndTheFiveToPrevent() {
        Inconformity i = filed(confirmed(), DRAFT, JUNE_17);
        assertThat(i.getStage()).isEqualTo(InconformityStage.FILED);
        assertThat(i.isFiledLate()).isFalse();
        // Art. 167: five days from Wed 17 June end on Wed 24 June; art. 168: thirty end on Wed 29 July.
        assertThat(i.getPreventionIssueDue()).isEqualTo(LocalDate.of(2026, 6, 24));
        assertThat(i.getResolutionDue()).isEqualTo(LocalDate.of(2026, 7, 29));
        InconformityStep step = i.filedStep(D);
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 164 ¶1; LGTAIP 2025 art. 163 fr. I");
        assertThat(step.getActor()).isNull();
    }

    @Test
    void aFilingWithoutFederalResourcesOrWithAWrongCauseIsRefusedWholeAndALateOneIsTaken() {
        assertThat(keys(() -> filed(confirmed(), new InconformityDraft(Set.of(InconformityCause.NO_RESOLUTION), false,
                null, " "), JUNE_17))).containsExactlyInAnyOrder("inconformity.validation.federalResources",
                "inconformity.validation.causeAct", "validation.required");
        AppealRulesTest.admitted(LocalDate.of(2026, 6, 3));
        assertThat(keys(() -> filed(AppealRulesTest.admitted(LocalDate.of(2026, 6, 3)), DRAFT, JUNE_17)))
                .containsExactly("inconformity.error.nothingToChallenge");
        Inconformity late = filed(confirmed(), DRAFT, LocalDate.of(2026, 7, 7));
        assertThat(late.isFiledLate()).isTrue();
        assertThat(late.filedStep(D).getType()).isEqualTo(InconformityStepType.FILED_LATE);
    }

    @Test
    void theLackOfAResolutionIsChallengedOnceItsTermEndedAndTheLocalAnswerBringsTheFifteenDays() {
        Appeal pending = AppealRulesTest.admitted(LocalDate.of(2026, 6, 3));
        LocalDate july30 = LocalDate.of(2026, 7, 30);
        // Art. 163 ¶2, 164: the appeal's term ended Wed 29 July; fifteen days end on Wed 19 August.
        Inconformity.Window w = Inconformity.window(pending, null, july30, D);
        assertThat(w.act()).isEqualTo(Inconformity.Act.NO_RESOLUTION);
        assertThat(w.due()).isEqualTo(LocalDate.of(2026, 8, 19));
        Inconformity i = filed(pending, new InconformityDraft(Set.of(InconformityCause.NO_RESOLUTION), true, null,
                "No resolvió."), july30);
        // Art. 168 ¶2: the vista within three days (Tue 4 August); the local answer within five of it.
        assertThat(i.getNoticeDue()).isEqualTo(LocalDate.of(2026, 8, 4));
        i.admit(LocalDate.of(2026, 8, 3), NOW, "F", DAYS);
        assertThat(i.getAdmittedOnTime()).isTrue();
        assertThat(i.getReportDue()).isEqualTo(LocalDate.of(2026, 8, 10));
        InconformityStep reported = i.localReport("Se resolvió tarde.", LocalDate.of(2026, 8, 5), NOW, "L", DAYS);
        // Art. 168 ¶3: fifteen days from Wed 5 August end on Wed 26 August, before the thirty of ¶1.
        assertThat(i.getResolutionDue()).isEqualTo(LocalDate.of(2026, 8, 26));
        assertThat(reported.getTerm()).isEqualTo(InconformityTerm.NO_RESOLUTION_DECISION);
    }

    @Test
    void thePreventionInterruptsTheResolutionTermWhichRestartsFromTheAnswer() {
        Inconformity i = filed(confirmed(), DRAFT, JUNE_17);
        i.prevent("Adjunte la resolución impugnada.", null, LocalDate.of(2026, 6, 19), NOW, "F", DAYS);
        // Art. 167 ¶1: fifteen days from Fri 19 June end on Fri 10 July.
        assertThat(i.getPreventionReplyDue()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(i.getResolutionDue()).isNull();
        assertThat(keys(() -> i.admit(LocalDate.of(2026, 6, 22), NOW, "F", DAYS)))
                .containsExactly("inconformity.error.notAdmissible");
        i.replyPrevention("Adjunto la resolución.", LocalDate.of(2026, 6, 24), NOW, DAYS);
        // ¶2: thirty days again from Wed 24 June end on Wed 5 August.
        assertThat(i.getResolutionDue()).isEqualTo(LocalDate.of(2026, 8, 5));
        assertThat(keys(() -> i.prevent("Otra vez.", null, LocalDate.of(2026, 6, 25), NOW, "F", DAYS)))
                .containsExactly("inconformity.error.notPreventable");
    }

    @Test
    void aPreventionAfterFiveDaysIsRefusedAndAnUnansweredOneEndsAsNotFiled() {
        assertThat(keys(() -> filed(confirmed(), DRAFT, JUNE_17).prevent("Tarde.", null, LocalDate.of(2026, 6, 25),
                NOW, "F", DAYS))).containsExactly("inconformity.error.preventionLate");
        Inconformity i = filed(confirmed(), DRAFT, JUNE_17);
        i.prevent("Adjunte la resolución.", 5, LocalDate.of(2026, 6, 19), NOW, "F", DAYS);
        assertThat(i.getPreventionReplyDue()).isEqualTo(LocalDate.of(2026, 6, 26));
        assertThat(keys(() -> i.dismiss(InconformityDismissalGround.PREVENTION_UNANSWERED, "No desahogó.",
                LocalDate.of(2026, 6, 26), NOW, "F"))).containsExactly("inconformity.error.preventionRunning");
        i.dismiss(InconformityDismissalGround.PREVENTION_UNANSWERED, "No desahogó.", LocalDate.of(2026, 6, 29), NOW,
                "F");
        assertThat(i.getStage()).isEqualTo(InconformityStage.DISMISSED);
        assertThat(i.getResolution()).isEqualTo(InconformityResolution.DISMISSED);
    }

    @Test
    void anOnTimeFilingIsNotDismissedAsLate() {
        Inconformity i = filed(confirmed(), DRAFT, JUNE_17);
        assertThat(keys(() -> i.dismiss(InconformityDismissalGround.LATE, "Tarde.", JUNE_17, NOW, "F")))
                .containsExactly("inconformity.error.notLate");
    }

    @Test
    void anAdmittedRemedyRunsTenDaysForTheReportAndTheAllegationsAndExtendsOnce() {
        Inconformity i = admittedOnJune19();
        // Art. 171: ten days from Fri 19 June end on Fri 3 July.
        assertThat(i.getReportDue()).isEqualTo(LocalDate.of(2026, 7, 3));
        assertThat(i.getAllegationsDue()).isEqualTo(LocalDate.of(2026, 7, 3));
        i.extend("Volumen de constancias.", null, LocalDate.of(2026, 7, 20), NOW, "F", DAYS);
        // Art. 168 ¶1: thirty more from Wed 29 July end on Wed 9 September (no national rest day in between).
        assertThat(i.getResolutionDue()).isEqualTo(LocalDate.of(2026, 9, 9));
        assertThat(keys(() -> i.extend("Otra.", null, LocalDate.of(2026, 7, 21), NOW, "F", DAYS)))
                .containsExactly("inconformity.error.alreadyExtended");
        assertThat(keys(() -> i.allege("Tarde.", LocalDate.of(2026, 7, 6), NOW)))
                .containsExactly("inconformity.error.allegationsOver");
    }

    @Test
    void aModifyingResolutionGivesTheLocalAuthorityFifteenDaysAndTheSubjectTen() {
        Inconformity i = admittedOnJune19();
        InconformityStep resolved = i.resolve(InconformityResolution.MODIFIED, java.util.Set.of(CoerciveMeasure.FINE), "Entregue el costo.",
                LocalDate.of(2026, 7, 6), NOW, "F", DAYS);
        assertThat(i.getStage()).isEqualTo(InconformityStage.NEW_RULING_PENDING);
        assertThat(i.getResolvedOnTime()).isTrue();
        // Art. 175 ¶1: fifteen days from Tue 7 July end on Mon 27 July.
        assertThat(i.getNewRulingDue()).isEqualTo(LocalDate.of(2026, 7, 27));
        assertThat(resolved.getBasis()).startsWith("LGTAIP 2025 art. 173 fr. III");
        i.newRuling("Se ordena entregar el costo.", LocalDate.of(2026, 7, 14), NOW, "L", DAYS);
        // Art. 177: ten days from Wed 15 July end on Tue 28 July.
        assertThat(i.getComplianceDue()).isEqualTo(LocalDate.of(2026, 7, 28));
        i.reportCompliance("Entregado.", LocalDate.of(2026, 7, 29), NOW, "U");
        assertThat(i.getStage()).isEqualTo(InconformityStage.COMPLIANCE_REPORTED);
        assertThat(i.getComplianceOnTime()).isFalse();
    }

    @Test
    void aConfirmationClosesItAndWithdrawingAfterAdmissionIsASobreseimiento() {
        Inconformity confirmed = admittedOnJune19();
        confirmed.resolve(InconformityResolution.CONFIRMED, null, "Se confirma.", LocalDate.of(2026, 7, 6), NOW, "F", DAYS);
        assertThat(confirmed.getStage()).isEqualTo(InconformityStage.CONFIRMED);
        assertThat(confirmed.getNewRulingDue()).isNull();
        assertThat(confirmed.getStage().isOpen()).isFalse();
        Inconformity withdrawn = admittedOnJune19();
        InconformityStep step = withdrawn.withdraw(null, LocalDate.of(2026, 6, 22), NOW);
        assertThat(withdrawn.getStage()).isEqualTo(InconformityStage.DISCONTINUED);
        assertThat(withdrawn.getDiscontinuanceGround()).isEqualTo(InconformityDiscontinuanceGround.WITHDRAWN);
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 182 fr. I");
        assertThat(keys(() -> withdrawn.withdraw(null, LocalDate.of(2026, 6, 23), NOW)))
                .containsExactly("inconformity.error.notWithdrawable");
    }
}
