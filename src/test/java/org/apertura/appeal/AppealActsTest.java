package org.apertura.appeal;

import static org.apertura.appeal.AppealRulesTest.D;
import static org.apertura.appeal.AppealRulesTest.MONDAY;
import static org.apertura.appeal.AppealRulesTest.NOW;
import static org.apertura.appeal.AppealRulesTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.RequestFixtures;
import org.apertura.deadlines.BusinessCalendar;
import org.apertura.deadlines.Deadlines;
import org.apertura.deadlines.LawRules;
import org.apertura.deadlines.Term;
import org.junit.jupiter.api.Test;

/**
 * The appeal's acts the legal review of 2026-12 found missing (§1.3, §3), each with its article and dates worked
 * by hand on the national calendar with the LGTAIP 2025 terms (June–August 2026 has no national rest day; 1 June
 * 2026 is a Monday). The appeal of {@link #admitted()} was admitted on Wednesday 3 June: its parties' seven days end
 * on Friday 12 June (art. 153 fr. II) and its forty on Wednesday 29 July (art. 148).
 */
class AppealActsTest {

    static final LocalDate JUNE_3 = LocalDate.of(2026, 6, 3);

    static Appeal admitted() {
        return AppealRulesTest.admitted(JUNE_3);
    }

    static Appeal revokedOnJune15() {
        Appeal a = admitted();
        a.resolve(AppealResolution.REVOKED, "Entregue los contratos.", null, LocalDate.of(2026, 6, 15), NOW, "G", D);
        return a;
    }

    @Test
    void theTermsOfTheNewActsComeFromTheRuleSetWithTheirArticles() {
        assertThat(D.days(Term.APPEAL_LATE_DISMISSAL)).isEqualTo(5);
        assertThat(D.basis(Term.APPEAL_LATE_DISMISSAL)).isEqualTo("LGTAIP 2025 art. 153 fr. II");
        assertThat(D.days(Term.APPEAL_CLOSED_RESOLUTION)).isEqualTo(20);
        assertThat(D.basis(Term.APPEAL_CLOSED_RESOLUTION)).isEqualTo("LGTAIP 2025 art. 153 fr. VIII");
        assertThat(D.days(Term.RESOLUTION_NOTICE)).isEqualTo(3);
        assertThat(D.basis(Term.RESOLUTION_NOTICE)).isEqualTo("LGTAIP 2025 art. 156 ¶1");
        assertThat(D.days(Term.COMPLIANCE_EXTENSION_REQUEST)).isEqualTo(3);
        assertThat(D.days(Term.COMPLIANCE_EXTENSION_DECISION)).isEqualTo(5);
        assertThat(D.basis(Term.COMPLIANCE_EXTENSION_DECISION)).isEqualTo("LGTAIP 2025 art. 191 ¶3");
        assertThat(D.days(Term.SUPERIOR_COMPLIANCE)).isEqualTo(5);
        assertThat(D.basis(Term.SUPERIOR_COMPLIANCE)).isEqualTo("LGTAIP 2025 art. 193 fr. II");
    }

    @Test
    void anAdmittedAppealIsDismissedOnlyAfterThePartiesTermAndWithinFiveDaysOfIt() {
        // Art. 153 fr. II: the parties' term ends Fri 12 June; five days from the day after: 15–19 June.
        Appeal early = admitted();
        assertThat(keys(() -> early.dismiss(DismissalGround.PENDING_COURT_CASE, "Hay amparo.", LocalDate.of(2026, 6, 12),
                NOW, "G", D))).containsExactly("appeal.error.dismissAfterAllegations");
        assertThat(early.getStage()).isEqualTo(AppealStage.ADMITTED);
        Appeal onTime = admitted();
        AppealStep step = onTime.dismiss(DismissalGround.PENDING_COURT_CASE, "Hay amparo.", LocalDate.of(2026, 6, 19),
                NOW, "G", D);
        assertThat(onTime.getStage()).isEqualTo(AppealStage.DISMISSED);
        assertThat(onTime.getResolvedOnTime()).isTrue();
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 158 fr. II; LGTAIP 2025 art. 153 fr. II");
        Appeal late = admitted();
        late.dismiss(DismissalGround.QUERY, "Es una consulta.", LocalDate.of(2026, 6, 22), NOW, "G", D);
        assertThat(late.getResolvedOnTime()).isFalse();
        // The clarification ground is only for a clarification left unanswered.
        assertThat(keys(() -> admitted().dismiss(DismissalGround.CLARIFICATION_UNANSWERED, "x", LocalDate.of(2026, 6, 15),
                NOW, "G", D))).containsExactly("appeal.error.noClarificationPending");
    }

    @Test
    void discontinuanceNeedsAdmissionAndRecordsItsGroundOfArticle159() {
        assertThat(keys(() -> AppealRulesTest.filed(MONDAY, MONDAY.plusDays(1)).discontinue(DiscontinuanceGround.MOOT,
                "x", MONDAY.plusDays(2), NOW, "G", D))).containsExactly("appeal.error.stage");
        Appeal a = admitted();
        assertThat(keys(() -> a.discontinue(null, " ", LocalDate.of(2026, 6, 5), NOW, "G", D)))
                .containsExactly("validation.required", "validation.required.max");
        AppealStep step = a.discontinue(DiscontinuanceGround.DEATH_OR_DISSOLUTION, "La asociación se disolvió.",
                LocalDate.of(2026, 6, 5), NOW, "G", D);
        assertThat(a.getStage()).isEqualTo(AppealStage.RESOLVED);
        assertThat(a.getResolution()).isEqualTo(AppealResolution.DISMISSED_MOOT);
        assertThat(a.getDiscontinuanceGround()).isEqualTo(DiscontinuanceGround.DEATH_OR_DISSOLUTION);
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 159 fr. II");
        assertThat(a.getResolvedOnTime()).isTrue();
        // A moot resolution through the resolution form records fr. III.
        Appeal moot = admitted();
        moot.resolve(AppealResolution.DISMISSED_MOOT, "Ya entregó.", null, LocalDate.of(2026, 6, 5), NOW, "G", D);
        assertThat(moot.getDiscontinuanceGround()).isEqualTo(DiscontinuanceGround.MOOT);
    }

    @Test
    void theAppellantWithdrawsBeforeAResolutionAndOnceAdmittedItIsSobreseido() {
        Appeal filed = AppealRulesTest.filed(MONDAY, MONDAY.plusDays(1));
        AppealStep step = filed.withdraw(null, MONDAY.plusDays(2), NOW, D);
        assertThat(filed.getStage()).isEqualTo(AppealStage.WITHDRAWN);
        assertThat(filed.getStage().isOpen()).isFalse();
        assertThat(filed.getResolution()).isNull();
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 159 fr. I");
        assertThat(step.getActor()).isNull();
        Appeal admitted = admitted();
        admitted.withdraw("Ya me entregaron todo.", LocalDate.of(2026, 6, 8), NOW, D);
        assertThat(admitted.getStage()).isEqualTo(AppealStage.WITHDRAWN);
        assertThat(admitted.getResolution()).isEqualTo(AppealResolution.DISMISSED_MOOT);
        assertThat(admitted.getDiscontinuanceGround()).isEqualTo(DiscontinuanceGround.WITHDRAWN);
        assertThat(admitted.getResolutionText()).isEqualTo("Ya me entregaron todo.");
        assertThat(keys(() -> admitted.withdraw(null, LocalDate.of(2026, 6, 9), NOW, D)))
                .containsExactly("appeal.error.stage");
        assertThat(keys(() -> revokedOnJune15().withdraw(null, LocalDate.of(2026, 6, 16), NOW, D)))
                .containsExactly("appeal.error.stage");
    }

    @Test
    void closingTheInstructionGivesTwentyDaysThatMayEndBeforeTheForty() {
        Appeal open = admitted();
        assertThat(keys(() -> open.closeInstruction(LocalDate.of(2026, 6, 12), NOW, "G", D)))
                .containsExactly("appeal.error.allegationsOpen");
        Appeal a = admitted();
        // Closed Mon 15 June: 20 business days from the 16th end on Mon 13 July, before art. 148's Wed 29 July.
        AppealStep step = a.closeInstruction(LocalDate.of(2026, 6, 15), NOW, "G", D);
        assertThat(a.getClosedResolutionDue()).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(a.getResolutionDue()).isEqualTo(LocalDate.of(2026, 7, 29));
        assertThat(a.nextDue()).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 153 fr. VIII");
        assertThat(step.getTermDays()).isEqualTo(20);
        assertThat(keys(() -> a.closeInstruction(LocalDate.of(2026, 6, 16), NOW, "G", D)))
                .containsExactly("appeal.error.instructionClosed");
        a.resolve(AppealResolution.CONFIRMED, "Confirma.", null, LocalDate.of(2026, 7, 14), NOW, "G", D);
        assertThat(a.getResolvedOnTime()).as("after the 20 days, though within the 40").isFalse();
    }

    @Test
    void complianceRunsFromTheNotificationOfTheResolution() {
        Appeal a = revokedOnJune15();
        // Resolved Mon 15 June: compliance counted from it ends Mon 29 June; the ask-extension window ends Thu 18.
        assertThat(a.getComplianceDue()).isEqualTo(LocalDate.of(2026, 6, 29));
        assertThat(a.getExtensionAskDue()).isEqualTo(LocalDate.of(2026, 6, 18));
        assertThat(keys(() -> a.notifyResolution(LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 18), NOW, "G", D)))
                .containsExactly("appeal.error.notifiedOn");
        assertThat(keys(() -> a.notifyResolution(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 18), NOW, "G", D)))
                .containsExactly("appeal.error.notifiedOn");
        // Notified Thu 18 June, the third business day (art. 156 ¶1): ten days from Fri 19 end Thu 2 July (art. 128).
        AppealStep step = a.notifyResolution(LocalDate.of(2026, 6, 18), LocalDate.of(2026, 6, 18), NOW, "G", D);
        assertThat(a.getNotifiedOnTime()).isTrue();
        assertThat(a.getComplianceDue()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(a.getExtensionAskDue()).isEqualTo(LocalDate.of(2026, 6, 23));
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 156 ¶1");
        assertThat(step.getDueDate()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(keys(() -> a.notifyResolution(LocalDate.of(2026, 6, 18), LocalDate.of(2026, 6, 19), NOW, "G", D)))
                .containsExactly("appeal.error.notifiedOnce");
        Appeal late = revokedOnJune15();
        late.notifyResolution(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 19), NOW, "G", D);
        assertThat(late.getNotifiedOnTime()).isFalse();
    }

    @Test
    void anAppealFiledWithTheUnitIsJudgedByItsReceiptAndForwardedByTheNextDay() {
        // Art. 144 ¶2: "esta deberá remitir el recurso de revisión a la Autoridad garante que corresponda a más tardar
        // al día siguiente de haberlo recibido".
        assertThat(D.days(Term.APPEAL_FORWARDING)).isEqualTo(1);
        assertThat(D.basis(Term.APPEAL_FORWARDING)).isEqualTo("LGTAIP 2025 art. 144 ¶2");
        // Answered Mon 1 June: fifteen business days from Tue 2 June end Mon 22 June (art. 144 ¶1).
        AccessRequest request = AppealRulesTest.answered(MONDAY);
        // Received by the unit Fri 19 June, forwarded Mon 22 June, the next business day: on time.
        Appeal a = Appeal.file("rr-1", request, List.of(), 9L, "idaip", "durango", AppealRulesTest.DRAFT,
                LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 22), NOW, D, D);
        assertThat(a.getAppealDue()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(a.isFiledLate()).isFalse();
        assertThat(a.getForwardDue()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(a.getForwardedLate()).isFalse();
        AppealStep step = a.forwardedStep("Unidad", D);
        assertThat(step.getType()).isEqualTo(AppealStepType.FORWARDED);
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 144 ¶2");
        assertThat(step.getCapacity()).isEqualTo(AppealCapacity.TRANSPARENCY_UNIT);
        // Received Mon 22 June, the last day to appeal, forwarded Wed 24: in time for the appeal, late for the unit.
        Appeal late = Appeal.file("rr-2", request, List.of(), 9L, "idaip", "durango", AppealRulesTest.DRAFT,
                LocalDate.of(2026, 6, 22), LocalDate.of(2026, 6, 24), NOW, D, D);
        assertThat(late.isFiledLate()).isFalse();
        assertThat(late.getForwardDue()).isEqualTo(LocalDate.of(2026, 6, 23));
        assertThat(late.getForwardedLate()).isTrue();
        assertThat(late.forwardedStep("Unidad", D).getType()).isEqualTo(AppealStepType.FORWARDED_LATE);
        // Received Tue 23 June: after the term, accepted and marked late for the guarantor (art. 153 fr. I, 158).
        assertThat(Appeal.file("rr-3", request, List.of(), 9L, "idaip", "durango", AppealRulesTest.DRAFT,
                LocalDate.of(2026, 6, 23), LocalDate.of(2026, 6, 23), NOW, D, D).isFiledLate()).isTrue();
        // Never a day after the forwarding, nor before the request.
        assertThat(keys(() -> Appeal.file("rr-4", request, List.of(), 9L, "idaip", "durango", AppealRulesTest.DRAFT,
                LocalDate.of(2026, 6, 25), LocalDate.of(2026, 6, 24), NOW, D, D))).containsExactly(
                "appeal.validation.writtenOn");
        assertThat(keys(() -> Appeal.file("rr-5", request, List.of(), 9L, "idaip", "durango", AppealRulesTest.DRAFT,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 24), NOW, D, D))).containsExactly(
                "appeal.validation.writtenOn");
        // An appeal filed on the platform has no forwarding step, and a filed appeal refuses a forwarding.
        Appeal online = AppealRulesTest.filed(MONDAY, MONDAY.plusDays(1));
        assertThat(online.forwardedStep("Unidad", D)).isNull();
        assertThat(AppealPolicy.refusal(online, AppealAction.FORWARD_WRITTEN, MONDAY.plusDays(1))).isPresent();
    }

    @Test
    void complianceIsReportedWithinThreeDaysOfTheTermToComply() {
        // Art. 156 ¶2: "Los sujetos obligados deben informar [...] el cumplimiento de sus resoluciones en un plazo no
        // mayor a tres días", counted once the term to comply ends (art. 192 ¶1 "Transcurrido el plazo").
        assertThat(D.days(Term.COMPLIANCE_REPORT)).isEqualTo(3);
        assertThat(D.basis(Term.COMPLIANCE_REPORT)).isEqualTo("LGTAIP 2025 art. 156 ¶2");
        // Resolved Mon 15 June: compliance ends Mon 29 June; the report is due Tue 30, Wed 1, Thu 2 July.
        Appeal a = revokedOnJune15();
        assertThat(a.getReportDue()).isEqualTo(LocalDate.of(2026, 7, 2));
        AppealStep step = a.reportCompliance("Se entregaron.", LocalDate.of(2026, 7, 1), NOW, "U", D);
        assertThat(a.getComplianceOnTime()).as("after the ten days to comply").isFalse();
        assertThat(a.getReportedOnTime()).as("within the three to report").isTrue();
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 154; LGTAIP 2025 art. 156 ¶2");
        Appeal late = revokedOnJune15();
        late.reportCompliance("Se entregaron.", LocalDate.of(2026, 7, 3), NOW, "U", D);
        assertThat(late.getReportedOnTime()).isFalse();
        // Notified Thu 18 June: compliance ends Thu 2 July; the report is due Fri 3, Mon 6, Tue 7 July.
        Appeal notified = revokedOnJune15();
        notified.notifyResolution(LocalDate.of(2026, 6, 18), LocalDate.of(2026, 6, 18), NOW, "G", D);
        assertThat(notified.getReportDue()).isEqualTo(LocalDate.of(2026, 7, 7));
        // An extension of 3 days granted (to Thu 2 July) moves it the same way.
        Appeal extended = revokedOnJune15();
        extended.askComplianceExtension(5, "Muchos anexos.", LocalDate.of(2026, 6, 18), NOW, "U", D);
        extended.decideComplianceExtension(true, 3, "Se conceden tres.", LocalDate.of(2026, 6, 22), NOW, "G", D);
        assertThat(extended.getReportDue()).isEqualTo(LocalDate.of(2026, 7, 7));
        // Not complied, found Thu 2 July: the superior's five days end Thu 9 July (art. 193 fr. II); the report is
        // due Fri 10, Mon 13, Tue 14 July.
        Appeal twice = revokedOnJune15();
        twice.reportCompliance("Se entregó una parte.", LocalDate.of(2026, 6, 17), NOW, "U", D);
        twice.verify(false, "Faltan anexos.", LocalDate.of(2026, 7, 2), NOW, "G", D);
        assertThat(twice.getSuperiorDue()).isEqualTo(LocalDate.of(2026, 7, 9));
        assertThat(twice.getReportDue()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(twice.getReportedOnTime()).isNull();
    }

    @Test
    void aResolutionMayExceptionallyGiveMoreDaysToComplyWithReasons() {
        Appeal a = admitted();
        // 15 business days from Tue 16 June end Mon 6 July (art. 154 ¶2: "excepcionalmente... podrán ampliar").
        AppealStep step = a.resolve(AppealResolution.REVOKED, "Entregue 40 000 fojas.", 15, "Son 40 000 fojas.",
                LocalDate.of(2026, 6, 15), NOW, "G", D);
        assertThat(a.getComplianceDue()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(a.getComplianceReason()).isEqualTo("Son 40 000 fojas.");
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 148; LGTAIP 2025 art. 154 ¶2");
    }

    @Test
    void theUnitAsksToExtendComplianceInItsFirstThreeDaysAndTheGuarantorDecidesInFive() {
        Appeal late = revokedOnJune15();
        assertThat(keys(() -> late.askComplianceExtension(5, "Muchos anexos.", LocalDate.of(2026, 6, 19), NOW, "U", D)))
                .containsExactly("appeal.error.extensionAskLate");
        Appeal a = revokedOnJune15();
        assertThat(keys(() -> a.askComplianceExtension(0, " ", LocalDate.of(2026, 6, 18), NOW, "U", D)))
                .containsExactly("appeal.validation.extensionDays", "validation.required.max");
        // Asked Thu 18 June, the third day: the guarantor decides by Thu 25 June (art. 191 ¶3).
        AppealStep asked = a.askComplianceExtension(5, "Muchos anexos.", LocalDate.of(2026, 6, 18), NOW, "U", D);
        assertThat(a.getExtensionDecisionDue()).isEqualTo(LocalDate.of(2026, 6, 25));
        assertThat(a.nextDue()).isEqualTo(LocalDate.of(2026, 6, 25));
        assertThat(asked.getBasis()).isEqualTo("LGTAIP 2025 art. 191 ¶3");
        assertThat(keys(() -> a.askComplianceExtension(2, "Otra.", LocalDate.of(2026, 6, 18), NOW, "U", D)))
                .containsExactly("appeal.error.extensionAskedOnce");
        assertThat(keys(() -> a.decideComplianceExtension(true, 6, "x", LocalDate.of(2026, 6, 22), NOW, "G", D)))
                .containsExactly("appeal.validation.complianceDays");
        // Granted 3 of the 5 days: Mon 29 June + 3 business days = Thu 2 July.
        AppealStep granted = a.decideComplianceExtension(true, 3, "Se conceden tres.", LocalDate.of(2026, 6, 22), NOW,
                "G", D);
        assertThat(a.getComplianceDue()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(a.nextDue()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(granted.getType()).isEqualTo(AppealStepType.COMPLIANCE_EXTENSION_GRANTED);
        assertThat(granted.getTermDays()).isEqualTo(3);
        a.reportCompliance("Se entregaron.", LocalDate.of(2026, 7, 2), NOW, "U", D);
        assertThat(a.getComplianceOnTime()).isTrue();
        Appeal denied = revokedOnJune15();
        denied.askComplianceExtension(5, "Muchos anexos.", LocalDate.of(2026, 6, 16), NOW, "U", D);
        assertThat(denied.decideComplianceExtension(false, null, "No se justifica.", LocalDate.of(2026, 6, 17), NOW,
                "G", D).getType()).isEqualTo(AppealStepType.COMPLIANCE_EXTENSION_DENIED);
        assertThat(denied.getComplianceDue()).isEqualTo(LocalDate.of(2026, 6, 29));
    }

    @Test
    void upToTermsMayBeSetShorterNeverLonger() {
        // Art. 147: "no podrá exceder de cinco días"; asked Tue 2 June with 3 days: Wed 3 – Fri 5 June.
        Appeal a = AppealRulesTest.filed(MONDAY, MONDAY.plusDays(1));
        assertThat(keys(() -> a.askClarification("¿Qué?", 6, MONDAY.plusDays(1), NOW, "G", D)))
                .containsExactly("lawrules.error.upTo");
        AppealStep step = a.askClarification("¿Qué contratos?", 3, MONDAY.plusDays(1), NOW, "G", D);
        assertThat(a.getClarificationDue()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(step.getTermDays()).isEqualTo(3);
        // Art. 148: "hasta por un periodo de veinte días"; ten days on top of Wed 29 July end Wed 12 August.
        Appeal b = admitted();
        assertThat(keys(() -> b.extend("Carga.", 21, JUNE_3.plusDays(1), NOW, "G", D)))
                .containsExactly("lawrules.error.upTo");
        b.extend("Carga de trabajo.", 10, JUNE_3.plusDays(1), NOW, "G", D);
        assertThat(b.getResolutionDue()).isEqualTo(LocalDate.of(2026, 8, 12));
    }

    @Test
    void theAnswerGivenInComplianceMayBeAppealedAgainOnTheCausesOfArticle145LastParagraph() {
        AccessRequest request = AppealRulesTest.answered(MONDAY);
        AppealDraft notProcessed = new AppealDraft(Set.of(AppealCause.NOT_PROCESSED), "No se tramitó.");
        Appeal first = Appeal.file("rr-1", request, 9L, "idaip", "durango", notProcessed, MONDAY.plusDays(1), NOW, D);
        first.admit(JUNE_3, NOW, "G", D);
        first.resolve(AppealResolution.REVOKED, "Tramite y entregue.", null, LocalDate.of(2026, 6, 15), NOW, "G", D);
        first.reportCompliance("Se entregó.", LocalDate.of(2026, 6, 17), NOW, "U", D);
        LocalDate afterObjection = LocalDate.of(2026, 6, 25);
        // Not while compliance is being verified.
        assertThat(Appeal.window(request, List.of(first), afterObjection, D).act()).isEqualTo(Appeal.Act.ANSWER);
        first.verify(true, "Cumplido.", afterObjection, NOW, "G", D);
        // Reported Wed 17 June: fifteen business days from the 18th end Wed 8 July (arts. 144, 145 last ¶).
        Appeal.Window again = Appeal.window(request, List.of(first), afterObjection, D);
        assertThat(again.act()).isEqualTo(Appeal.Act.COMPLIANCE_ANSWER);
        assertThat(again.from()).isEqualTo(LocalDate.of(2026, 6, 17));
        assertThat(again.due()).isEqualTo(LocalDate.of(2026, 7, 8));
        Appeal second = Appeal.file("rr-2", request, List.of(first), 9L, "idaip", "durango",
                new AppealDraft(Set.of(AppealCause.COSTS_OR_TIMES), "Cobran de más."), afterObjection, NOW, D);
        assertThat(second.getAct()).isEqualTo(Appeal.Act.COMPLIANCE_ANSWER);
        assertThat(second.isFiledLate()).isFalse();
        // On a cause the last paragraph does not name (fr. IV), only the request's own window remains.
        Appeal incomplete = Appeal.file("rr-3", request, 9L, "idaip", "durango", AppealRulesTest.DRAFT,
                MONDAY.plusDays(1), NOW, D);
        incomplete.admit(JUNE_3, NOW, "G", D);
        incomplete.resolve(AppealResolution.REVOKED, "Entregue.", null, LocalDate.of(2026, 6, 15), NOW, "G", D);
        incomplete.reportCompliance("Se entregó.", LocalDate.of(2026, 6, 17), NOW, "U", D);
        incomplete.verify(true, "Cumplido.", afterObjection, NOW, "G", D);
        assertThat(Appeal.window(request, List.of(incomplete), afterObjection, D).act()).isEqualTo(Appeal.Act.ANSWER);
    }

    @Test
    void aStateLawsOwnCausesAreOfferedOnlyUnderThatLaw() {
        Deadlines durango = Deadlines.on(BusinessCalendar.national(), new LawRules().byCode("DGO-LTAIP-2016")
                .orElseThrow());
        AppealDraft xiv = new AppealDraft(Set.of(), Set.of("XIV"), "No comparto las razones de la prórroga.");
        Appeal a = Appeal.file("f", RequestFixtures.answeredInMemory(MONDAY.minusDays(7), MONDAY, NOW, durango), 9L,
                "idaip", "durango", xiv, MONDAY.plusDays(1), NOW, durango);
        assertThat(a.getExtraCauseList()).containsExactly("XIV");
        assertThat(a.getCauseList()).isEmpty();
        assertThat(a.filedStep(durango).getNote()).isEqualTo("XIV");
        assertThat(keys(() -> Appeal.file("f", AppealRulesTest.answered(MONDAY), 9L, "idaip", "durango", xiv,
                MONDAY.plusDays(1), NOW, D))).containsExactly("appeal.validation.extraCause");
    }
}
