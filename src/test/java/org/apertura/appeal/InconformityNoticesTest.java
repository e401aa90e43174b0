package org.apertura.appeal;

import static org.apertura.appeal.AppealRulesTest.D;
import static org.apertura.appeal.AppealRulesTest.NOW;
import static org.apertura.appeal.AppealRulesTest.keys;
import static org.apertura.appeal.InconformityRulesTest.DAYS;
import static org.apertura.appeal.InconformityRulesTest.DRAFT;
import static org.apertura.appeal.InconformityRulesTest.JUNE_17;
import static org.apertura.appeal.InconformityRulesTest.admittedOnJune19;
import static org.apertura.appeal.InconformityRulesTest.confirmed;
import static org.apertura.appeal.InconformityRulesTest.filed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The acts of the recurso de inconformidad added by ADR 0038, worked by hand from shared/reference/law/LGTAIP-2025.md
 * on the national calendar (June–August 2026 has no national rest day): terms that run from a notice count from the
 * day after it (arts. 128, 167 ¶1, 171 ¶2, 175 ¶1), the appellant's extra days (art. 171 ¶3), the close of
 * instruction (art. 171 ¶2), the third party (art. 172 ¶2) and more time for the new ruling (art. 175 ¶2). The
 * remedy of {@link InconformityRulesTest#admittedOnJune19()} was filed Wednesday 17 June and admitted Friday 19 June.
 */
class InconformityNoticesTest {

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    @Test
    void theNewArticlesAreData() {
        assertThat(InconformityTerm.ALLEGATIONS_EXTENSION.days()).isEqualTo(10);
        assertThat(InconformityTerm.ALLEGATIONS_EXTENSION.basis()).isEqualTo("LGTAIP 2025 art. 171 ¶3");
        assertThat(InconformityTerm.ALLEGATIONS_EXTENSION.upTo()).isTrue();
        assertThat(InconformityTerm.THIRD_PARTY.days()).isEqualTo(5);
        assertThat(InconformityTerm.THIRD_PARTY.basis()).isEqualTo("LGTAIP 2025 art. 172 ¶2");
        assertThat(InconformityTerm.NEW_RULING_EXTENSION_ASK.days()).isEqualTo(5);
        assertThat(InconformityTerm.NEW_RULING_EXTENSION_DECISION.days()).isEqualTo(3);
        assertThat(InconformityTerm.NEW_RULING_EXTENSION_DECISION.basis()).isEqualTo("LGTAIP 2025 art. 175 ¶2");
    }

    @Test
    void theAllegationsRunFromTheDayAfterTheAdmissionIsNotified() {
        Inconformity i = admittedOnJune19();
        // Notified the day of the act (Fri 19 June): ten days from Mon 22 June end on Fri 3 July (art. 171 ¶2).
        assertThat(i.getAdmissionNotifiedOn()).isEqualTo(day(6, 19));
        assertThat(i.getAllegationsDue()).isEqualTo(day(7, 3));
        // A notice on the act's own day, or after today, is refused whole; nothing changes.
        assertThat(keys(() -> i.recordNotice(day(6, 19), day(6, 24), NOW, "F", DAYS)))
                .containsExactly("inconformity.validation.noticeDay");
        assertThat(keys(() -> i.recordNotice(day(6, 25), day(6, 24), NOW, "F", DAYS)))
                .containsExactly("inconformity.validation.noticeDay");
        assertThat(i.getAllegationsDue()).isEqualTo(day(7, 3));
        // Notified on Tue 23 June instead: ten days from Wed 24 June end on Tue 7 July.
        InconformityStep step = i.recordNotice(day(6, 23), day(6, 24), NOW, "F", DAYS);
        assertThat(i.getAllegationsDue()).isEqualTo(day(7, 7));
        assertThat(step.getType()).isEqualTo(InconformityStepType.NOTICE_RECORDED);
        assertThat(step.getNotifiedOn()).isEqualTo(day(6, 23));
        assertThat(step.getTerm()).isEqualTo(InconformityTerm.ALLEGATIONS);
        assertThat(step.getTermFrom()).isEqualTo(day(6, 23));
        assertThat(step.getDueDate()).isEqualTo(day(7, 7));
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 171 ¶2; art. 128");
        // Once per act.
        assertThat(keys(() -> i.recordNotice(day(6, 24), day(6, 24), NOW, "F", DAYS)))
                .containsExactly("inconformity.error.noNoticePending");
        assertThat(InconformityPolicy.refusal(i, InconformityAction.RECORD_NOTICE, day(6, 24))).isPresent();
    }

    @Test
    void thePreventionsAnswerRunsFromItsNoticeWithTheDaysItGave() {
        Inconformity i = filed(confirmed(), DRAFT, JUNE_17);
        i.prevent("Adjunte la resolución.", 10, day(6, 19), NOW, "F", DAYS);
        // Ten days from Mon 22 June end on Fri 3 July (art. 167 ¶1).
        assertThat(i.getPreventionReplyDue()).isEqualTo(day(7, 3));
        i.recordNotice(day(6, 23), day(6, 23), NOW, "F", DAYS);
        // Notified Tue 23 June: the same ten days from Wed 24 June end on Tue 7 July.
        assertThat(i.getPreventionReplyDue()).isEqualTo(day(7, 7));
        assertThat(i.replyPreventionRefused(day(7, 7))).isEmpty();
    }

    @Test
    void theAppellantMayAskForUpToTenMoreDaysBeforeTheCloseOfInstruction() {
        Inconformity i = admittedOnJune19();
        assertThat(keys(() -> i.extendAllegations(11, day(6, 24), NOW, DAYS)))
                .containsExactly("inconformity.validation.daysUpTo");
        InconformityStep step = i.extendAllegations(null, day(6, 24), NOW, DAYS);
        // Ten more days after Fri 3 July, from Mon 6 July, end on Fri 17 July (art. 171 ¶3).
        assertThat(i.getAllegationsDue()).isEqualTo(day(7, 17));
        assertThat(step.getTermDays()).isEqualTo(10);
        assertThat(step.getTermFrom()).isEqualTo(day(7, 3));
        assertThat(step.getActor()).isNull();
        assertThat(keys(() -> i.extendAllegations(2, day(6, 25), NOW, DAYS)))
                .containsExactly("inconformity.error.allegationsExtended");
        // The admission's notice can no longer move a term the appellant has acted on.
        assertThat(i.recordNoticeRefused()).isPresent();
        // Instruction closes only once the term ended: not on Fri 17 July, on Mon 20 July.
        assertThat(keys(() -> i.closeInstruction(day(7, 17), NOW, "F")))
                .containsExactly("inconformity.error.allegationsRunning");
        i.closeInstruction(day(7, 20), NOW, "F");
        assertThat(i.getInstructionClosedOn()).isEqualTo(day(7, 20));
    }

    @Test
    void theCloseOfInstructionEndsTheAllegations() {
        Inconformity i = admittedOnJune19();
        assertThat(i.closeInstructionRefused(day(7, 3))).isPresent();
        InconformityStep closed = i.closeInstruction(day(7, 6), NOW, "F");
        assertThat(closed.getType()).isEqualTo(InconformityStepType.INSTRUCTION_CLOSED);
        assertThat(closed.getBasis()).isEqualTo("LGTAIP 2025 art. 171 ¶2; art. 172 ¶1");
        assertThat(keys(() -> i.allege("Tarde.", day(7, 6), NOW))).containsExactly("inconformity.error.instructionClosed");
        assertThat(i.extendAllegationsRefused()).isPresent();
        assertThat(i.closeInstructionRefused(day(7, 7))).isPresent();
        assertThat(i.notifyThirdPartyRefused()).isPresent();
        // The file passes to resolution.
        assertThat(i.resolveRefused()).isEmpty();
    }

    @Test
    void aThirdPartyHasFiveDaysFromTheNoticeOfTheAdmission() {
        Inconformity i = admittedOnJune19();
        assertThat(i.recordThirdPartyRefused()).isPresent();
        InconformityStep notified = i.notifyThirdParty(day(6, 22), NOW, "F", DAYS);
        // Five days from Tue 23 June end on Mon 29 June (art. 172 ¶2).
        assertThat(i.getThirdPartyDue()).isEqualTo(day(6, 29));
        assertThat(notified.getNotifiedOn()).isEqualTo(day(6, 22));
        assertThat(i.notifyThirdPartyRefused()).isPresent();
        assertThat(keys(() -> i.recordThirdParty(" ", day(6, 30), NOW, "F"))).containsExactly("validation.required");
        i.recordThirdParty("Acredita ser la empresa contratista; se opone.", day(6, 30), NOW, "F");
        assertThat(i.getThirdPartyOnTime()).isFalse();
        assertThat(i.recordThirdPartyRefused()).isPresent();
    }

    @Test
    void theLocalAuthorityMayAskForMoreTimeFiveDaysBeforeTheNewRulingIsDue() {
        Inconformity i = admittedOnJune19();
        i.resolve(InconformityResolution.MODIFIED, java.util.Set.of(CoerciveMeasure.FINE), "Se modifica.", day(7, 1), NOW, "F", DAYS);
        // Fifteen days from Thu 2 July end on Wed 22 July (art. 175 ¶1); asked by Wed 15 July at the latest (¶2).
        assertThat(i.getNewRulingDue()).isEqualTo(day(7, 22));
        assertThat(i.getNewRulingExtensionAskBy()).isEqualTo(day(7, 15));
        assertThat(Inconformity.askBy(D, day(7, 22))).isEqualTo(day(7, 15));
        assertThat(keys(() -> i.askNewRulingExtension(5, "Carga de trabajo.", day(7, 16), NOW, "L", DAYS)))
                .containsExactly("inconformity.error.newRulingExtensionLate");
        assertThat(keys(() -> i.askNewRulingExtension(16, " ", day(7, 15), NOW, "L", DAYS)))
                .containsExactlyInAnyOrder("inconformity.validation.daysUpTo", "validation.required");
        assertThat(i.decideNewRulingExtensionRefused()).isPresent();
        InconformityStep asked = i.askNewRulingExtension(5, "Carga de trabajo.", day(7, 15), NOW, "L", DAYS);
        // The federal authority decides within three days: Thu 16, Fri 17, Mon 20 July.
        assertThat(i.getNewRulingExtensionDecisionDue()).isEqualTo(day(7, 20));
        assertThat(asked.getTerm()).isEqualTo(InconformityTerm.NEW_RULING_EXTENSION_DECISION);
        assertThat(i.askNewRulingExtensionRefused(day(7, 15))).isPresent();
        // The resolution's notice can no longer move a term the local authority has acted on.
        assertThat(i.recordNoticeRefused()).isPresent();
        assertThat(keys(() -> i.decideNewRulingExtension(null, "x", day(7, 16), NOW, "F", DAYS)))
                .containsExactly("validation.required");
        InconformityStep granted = i.decideNewRulingExtension(true, "Se concede.", day(7, 16), NOW, "F", DAYS);
        // Five more days after Wed 22 July end on Wed 29 July.
        assertThat(i.getNewRulingDue()).isEqualTo(day(7, 29));
        assertThat(granted.getType()).isEqualTo(InconformityStepType.NEW_RULING_EXTENSION_GRANTED);
        assertThat(i.getNewRulingExtensionDecidedOnTime()).isTrue();
        assertThat(i.decideNewRulingExtensionRefused()).isPresent();
    }

    @Test
    void theNewRulingRunsFromTheDayTheLocalAuthorityWasNotified() {
        Inconformity i = admittedOnJune19();
        i.resolve(InconformityResolution.REVOKED, java.util.Set.of(CoerciveMeasure.PUBLIC_REPRIMAND), "Se revoca.", day(7, 1), NOW, "F", DAYS);
        assertThat(i.getResolutionNotifiedOn()).isEqualTo(day(7, 1));
        i.recordNotice(day(7, 3), day(7, 6), NOW, "F", DAYS);
        // Notified Fri 3 July: fifteen days from Mon 6 July end on Fri 24 July; more time asked by Fri 17 July.
        assertThat(i.getNewRulingDue()).isEqualTo(day(7, 24));
        assertThat(i.getNewRulingExtensionAskBy()).isEqualTo(day(7, 17));
        // A refusal keeps the term.
        i.askNewRulingExtension(10, "Pruebas.", day(7, 17), NOW, "L", DAYS);
        InconformityStep refused = i.decideNewRulingExtension(false, "No se justifica.", day(7, 23), NOW, "F", DAYS);
        assertThat(refused.getType()).isEqualTo(InconformityStepType.NEW_RULING_EXTENSION_REFUSED);
        assertThat(i.getNewRulingDue()).isEqualTo(day(7, 24));
        assertThat(i.getNewRulingExtensionDecidedOnTime()).isFalse();
    }
}
