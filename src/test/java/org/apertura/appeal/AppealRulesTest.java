package org.apertura.appeal;

import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.RequestFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apertura.deadlines.LawRules;
import org.apertura.deadlines.Term;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.apertura.deadlines.Deadlines;

/**
 * The rules of an appeal on the national calendar with the LGTAIP 2025 terms: the window to file, the one
 * clarification and its clock stop, admission, one extension, resolution kinds, compliance, objection and
 * verification. Dates are in June–August 2026, weeks without national rest days.
 */
class AppealRulesTest {

    /** A small Deadlines: the national calendar and the rule set shipped for acts from 21-03-2025. */
    static final Deadlines D = Deadlines.on(org.apertura.deadlines.BusinessCalendar.national(),
            new LawRules().byCode("LGTAIP-2025").orElseThrow());
    static final Instant NOW = Instant.parse("2026-06-01T17:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    static final AppealDraft DRAFT = new AppealDraft(Set.of(AppealCause.INCOMPLETE, AppealCause.REASONING),
            "Faltan los contratos de 2025.");

    static AccessRequest request(LocalDate filedOn) {
        return RequestFixtures.inMemory(filedOn, NOW, D);
    }

    static AccessRequest answered(LocalDate on) {
        return RequestFixtures.answeredInMemory(on.minusDays(7), on, NOW, D);
    }

    static Appeal filed(LocalDate answeredOn, LocalDate on) {
        return Appeal.file("rr-idaip-2026-0001", answered(answeredOn), 9L, "idaip", "durango", DRAFT, on, NOW, D);
    }

    static Appeal admitted(LocalDate on) {
        Appeal a = filed(MONDAY, MONDAY.plusDays(1));
        a.admit(on, NOW, "Garante", D);
        return a;
    }

    static List<String> keys(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FieldProblem::messageKey).toList();
        }
        throw new AssertionError("expected the action to be refused");
    }

    @Test
    void anAnswerGivenOnASundayOpensTheWindowFromTheNextBusinessDay() {
        // Filed and answered on Sunday 7 June 2026: both take effect Monday 8 June (LFPA art. 28 ¶1; legal review
        // 2026-12 §2.2). The 15 days of art. 144 run from Tuesday 9 June (art. 128 ¶1): 9–12 June (4), 15–19 (9),
        // 22–26 (14), Monday 29 June (15). Counting from the Sunday itself would end on Friday 26 June.
        LocalDate sunday = LocalDate.of(2026, 6, 7);
        AccessRequest r = RequestFixtures.answeredInMemory(sunday, sunday, NOW, D);
        assertThat(r.getReceivedOn()).isEqualTo(LocalDate.of(2026, 6, 8));
        Appeal.Window w = Appeal.window(r, sunday, D);
        assertThat(w.from()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(w.due()).isEqualTo(LocalDate.of(2026, 6, 29));
        // An answer on a business day counts from that day, as before: Monday 1 June + 15 = Monday 22 June.
        assertThat(Appeal.window(answered(MONDAY), MONDAY, D).due()).isEqualTo(LocalDate.of(2026, 6, 22));
    }

    @Test
    void anAdmissionTermRunsOnlyWhereTheLawSetsOne() {
        // The LGTAIP sets no term to admit (art. 153 fr. I): no clock at filing, nothing due.
        Appeal general = filed(MONDAY, MONDAY);
        assertThat(D.sets(Term.APPEAL_ADMISSION)).isFalse();
        assertThat(general.getAdmissionDue()).isNull();
        assertThat(general.nextDue()).isNull();
        // A state law's slot (the example set gives 3 days): filed Monday 1 June 2026, due Thursday 4 June
        // (2, 3, 4 June), and it is the appeal's next due day until admitted.
        Deadlines state = Deadlines.on(org.apertura.deadlines.BusinessCalendar.national(),
                new LawRules().byCode("VARIANTE-15-10").orElseThrow());
        Appeal a = Appeal.file("rr-idaip-2026-0002", answered(MONDAY), 9L, "idaip", "durango", DRAFT, MONDAY, NOW,
                state);
        assertThat(a.getAdmissionDue()).isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(a.getAdmissionBasis()).endsWith("ejemplo; un plazo para admitir que una ley estatal puede fijar "
                + "(la LGTAIP no fija ninguno, art. 153 fr. I)");
        assertThat(a.nextDue()).isEqualTo(LocalDate.of(2026, 6, 4));
        a.admit(LocalDate.of(2026, 6, 3), NOW, "Garante", state);
        assertThat(a.nextDue()).isNotEqualTo(LocalDate.of(2026, 6, 4));
    }

    @Test
    void theTermsComeFromTheRuleSet() {
        assertThat(D.days(Term.APPEAL)).isEqualTo(15);
        assertThat(D.basis(Term.APPEAL)).isEqualTo("LGTAIP 2025 art. 144");
        assertThat(D.days(Term.APPEAL_RESOLUTION)).isEqualTo(40);
    }

    @Test
    void aStepsLedgerEntryKeepsItsFieldsAndTheirOrder() {
        // The ledger is hash-chained and read by whoever checks it: the payload is the one written since appeals began
        // (docs/adr/0032); the appellant is never named and a note only as its hash.
        Appeal a = filed(MONDAY, MONDAY.plusDays(1));
        java.util.Map<String, Object> filing = AppealService.publicRecord(a, a.filedStep(D));
        assertThat(filing.keySet()).containsExactly("folio", "request", "institution", "guarantor", "step", "stage",
                "capacity", "basis", "noteSha256", "term", "termDays", "termFrom", "due", "calendarVersion", "causes",
                "act");
        assertThat(filing).containsEntry("capacity", "APPELLANT").containsEntry("stage", "FILED");
        AppealStep admitted = a.admit(MONDAY.plusDays(2), NOW, "Garante", D).get(0);
        assertThat(AppealService.publicRecord(a, admitted).keySet()).containsExactly("folio", "request", "institution",
                "guarantor", "step", "stage", "capacity", "actor", "basis", "term", "termDays", "termFrom", "due",
                "calendarVersion");
        assertThat(AppealService.publicRecord(a, admitted)).containsEntry("term", admitted.getTerm().name())
                .containsEntry("due", admitted.getDueDate().toString());
    }

    @Test
    void anAnsweredRequestMayBeAppealedUntilTheFifteenthBusinessDayAndNotTheDayAfter() {
        // Answered Monday 1 June 2026: 15 business days from the day after end on Monday 22 June.
        LocalDate last = LocalDate.of(2026, 6, 22);
        assertThat(Appeal.window(answered(MONDAY), MONDAY, D).due()).isEqualTo(last);
        Appeal a = filed(MONDAY, last);
        assertThat(a.getStage()).isEqualTo(AppealStage.FILED);
        assertThat(a.getAct()).isEqualTo(Appeal.Act.ANSWER);
        assertThat(a.getAppealDue()).isEqualTo(last);
        a.filedStep(D);
        AppealStep step = a.filedStep(D);
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 144");
        assertThat(step.getTermDays()).isEqualTo(15);
        assertThat(step.getDueDate()).isEqualTo(last);
        assertThat(step.getActor()).isNull();
        assertThat(a.isFiledLate()).isFalse();
        assertThat(a.isUnusual()).isFalse();
        assertThat(a.filedStep(D).isFiling()).isTrue();
        // The day after, the filing is taken, marked late, for the guarantor to dismiss (art. 153 fr. I, 158 fr. I).
        Appeal late = filed(MONDAY, last.plusDays(1));
        assertThat(late.isFiledLate()).isTrue();
        assertThat(late.getStage()).isEqualTo(AppealStage.FILED);
        assertThat(late.filedStep(D).getType()).isEqualTo(AppealStepType.FILED_LATE);
    }

    @Test
    void anOverdueRequestMayBeAppealedWithinFifteenDaysOfItsDueDate() {
        AccessRequest r = request(MONDAY);
        LocalDate due = r.getDueDate();
        assertThat(due).isEqualTo(LocalDate.of(2026, 6, 29));
        // Not yet overdue on its due date: nothing to appeal. A filing is received all the same, flagged with no act
        // and no appeal term, for the guarantor to decide (art. 145, 153 fr. I, 158 fr. III).
        assertThat(Appeal.window(r, due, D)).isNull();
        Appeal unusual = Appeal.file("f", r, 9L, "idaip", "durango", DRAFT, due, NOW, D);
        assertThat(unusual.isUnusual()).isTrue();
        assertThat(unusual.getAct()).isEqualTo(Appeal.Act.NONE);
        assertThat(unusual.getActDate()).isNull();
        assertThat(unusual.getAppealDue()).isNull();
        assertThat(unusual.isFiledLate()).isFalse();
        assertThat(unusual.getStage()).isEqualTo(AppealStage.FILED);
        AppealStep step = unusual.filedStep(D);
        assertThat(step.getType()).isEqualTo(AppealStepType.FILED_UNUSUAL);
        assertThat(step.isFiling()).isTrue();
        assertThat(step.getTerm()).isNull();
        assertThat(step.getBasis()).endsWith("fr. III");
        Appeal a = Appeal.file("f", r, 9L, "idaip", "durango", DRAFT, due.plusDays(1), NOW, D);
        assertThat(a.getAct()).isEqualTo(Appeal.Act.NO_ANSWER);
        assertThat(a.getActDate()).isEqualTo(due);
        assertThat(a.getAppealDue()).isEqualTo(D.due(due, 15)).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(a.isFiledLate()).isFalse();
        assertThat(Appeal.file("f", r, 9L, "idaip", "durango", DRAFT, LocalDate.of(2026, 7, 21), NOW, D).isFiledLate())
                .isTrue();
    }

    @Test
    void filingNeedsACauseAndReasonsButNoName() {
        assertThat(keys(() -> Appeal.file("f", answered(MONDAY), 9L, "idaip", "durango",
                new AppealDraft(Set.of(), " "), MONDAY, NOW, D)))
                .containsExactly("appeal.validation.causes", "validation.required.max");
    }

    @Test
    void clarificationIsAskedOnceAndStopsTheResolutionClock() {
        Appeal a = admitted(MONDAY.plusDays(2));
        assertThat(a.getResolutionDue()).isNotNull();
        AppealStep asked = a.askClarification("Indique qué contratos faltan.", LocalDate.of(2026, 6, 4), NOW, "Garante", D);
        assertThat(a.getStage()).isEqualTo(AppealStage.CLARIFICATION_REQUESTED);
        assertThat(a.getResolutionDue()).isNull();
        assertThat(a.getClarificationDue()).isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(asked.getTermDays()).isEqualTo(5);
        assertThat(asked.getBasis()).isEqualTo("LGTAIP 2025 art. 147");
        // The reply restarts the forty days from the day after it.
        AppealStep replied = a.replyClarification("Los de junio.", LocalDate.of(2026, 6, 10), NOW, D);
        assertThat(a.getStage()).isEqualTo(AppealStage.ADMITTED);
        assertThat(a.getResolutionDue()).isEqualTo(D.due(LocalDate.of(2026, 6, 10), 40))
                .isEqualTo(LocalDate.of(2026, 8, 5));
        assertThat(replied.getActor()).isNull();
        assertThat(keys(() -> a.askClarification("Otra vez", LocalDate.of(2026, 6, 11), NOW, "Garante", D)))
                .containsExactly("appeal.error.clarificationOnce");
    }

    @Test
    void anUnansweredClarificationEndsInDismissalOnlyAfterItsTerm() {
        Appeal a = filed(MONDAY, MONDAY.plusDays(1));
        a.askClarification("Indique el acto.", MONDAY.plusDays(2), NOW, "Garante", D);
        LocalDate due = a.getClarificationDue();
        assertThat(due).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(a.getResolutionDue()).isNull();
        assertThat(keys(() -> a.dismiss(DismissalGround.CLARIFICATION_UNANSWERED, "Sin desahogo.", due, NOW, "G", D)))
                .containsExactly("appeal.error.clarificationPending");
        assertThat(keys(() -> a.replyClarification("Tarde", due.plusDays(1), NOW, D)))
                .containsExactly("appeal.error.clarificationExpired");
        assertThat(keys(() -> a.dismiss(DismissalGround.NO_CAUSE, "Otra.", due.plusDays(1), NOW, "G", D)))
                .containsExactly("appeal.error.clarificationPending");
        AppealStep s = a.dismiss(DismissalGround.CLARIFICATION_UNANSWERED, "Sin desahogo.", due.plusDays(1), NOW, "G", D);
        assertThat(a.getStage()).isEqualTo(AppealStage.DISMISSED);
        assertThat(a.getResolution()).isEqualTo(AppealResolution.DISMISSED);
        // Art. 158 fr. IV: "No se haya desahogado la prevención en los términos establecidos en el artículo 147".
        assertThat(s.getBasis()).isEqualTo("LGTAIP 2025 art. 158 fr. IV");
        assertThat(keys(() -> a.admit(due.plusDays(2), NOW, "G", D))).containsExactly("appeal.error.stage");
    }

    @Test
    void aClarificationBeforeAdmissionGoesBackToFiled() {
        Appeal a = filed(MONDAY, MONDAY.plusDays(1));
        a.askClarification("Indique el acto.", MONDAY.plusDays(2), NOW, "Garante", D);
        a.replyClarification("La respuesta del 1 de junio.", MONDAY.plusDays(3), NOW, D);
        assertThat(a.getStage()).isEqualTo(AppealStage.FILED);
        assertThat(keys(() -> a.dismiss(DismissalGround.CLARIFICATION_UNANSWERED, "x", MONDAY.plusDays(4), NOW, "G", D)))
                .containsExactly("appeal.error.noClarificationPending");
    }

    @Test
    void admissionSetsTheFortyDayResolutionAndTheSevenDayAllegations() {
        Appeal a = filed(MONDAY, MONDAY.plusDays(1));
        List<AppealStep> made = a.admit(LocalDate.of(2026, 6, 3), NOW, "Garante", D);
        assertThat(a.getAdmittedOn()).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(a.getResolutionDue()).isEqualTo(LocalDate.of(2026, 7, 29));
        assertThat(a.getAllegationsDue()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(made).extracting(AppealStep::getTermDays).containsExactly(40, 7);
        assertThat(made).extracting(AppealStep::getBasis).containsExactly("LGTAIP 2025 art. 148",
                "LGTAIP 2025 art. 153 fr. II");
        assertThat(keys(() -> a.admit(LocalDate.of(2026, 6, 4), NOW, "Garante", D))).containsExactly("appeal.error.stage");
    }

    @Test
    void eachPartyAllegesOnceWithinItsWindow() {
        Appeal a = admitted(LocalDate.of(2026, 6, 3));
        LocalDate last = a.getAllegationsDue();
        a.allege(AppealCapacity.TRANSPARENCY_UNIT, "La información se entregó completa.", last, NOW, "Unidad", D);
        assertThat(keys(() -> a.allege(AppealCapacity.TRANSPARENCY_UNIT, "Más", last, NOW, "Unidad", D)))
                .containsExactly("appeal.error.allegationOnce");
        assertThat(keys(() -> a.allege(AppealCapacity.APPELLANT, "Tarde", last.plusDays(1), NOW, null, D)))
                .containsExactly("appeal.error.allegationsClosed");
        AppealStep mine = a.allege(AppealCapacity.APPELLANT, "Faltan anexos.", last, NOW, "Nombre Real", D);
        assertThat(mine.getActor()).as("the appellant is never named").isNull();
        assertThat(a.getInstitutionAllegation()).isEqualTo("La información se entregó completa.");
    }

    @Test
    void theResolutionTermIsExtendedOnceAndOnlyBeforeItEnds() {
        Appeal a = admitted(LocalDate.of(2026, 6, 3));
        LocalDate due = a.getResolutionDue();
        Appeal late = admitted(LocalDate.of(2026, 6, 3));
        assertThat(keys(() -> late.extend("Complejidad", due.plusDays(1), NOW, "G", D)))
                .containsExactly("appeal.error.extensionLate");
        AppealStep s = a.extend("Complejidad del asunto", due, NOW, "G", D);
        assertThat(a.getResolutionDue()).isEqualTo(D.due(due, 20)).isEqualTo(LocalDate.of(2026, 8, 26));
        assertThat(s.getTermFrom()).isEqualTo(due);
        assertThat(s.getTermDays()).isEqualTo(20);
        assertThat(keys(() -> a.extend("Otra", due.plusDays(1), NOW, "G", D))).containsExactly("appeal.error.extendedOnce");
    }

    @Test
    void theResolutionWaitsForTheAllegationsUnlessMootOrBothAlleged() {
        Appeal a = admitted(LocalDate.of(2026, 6, 3));
        LocalDate open = a.getAllegationsDue();
        assertThat(keys(() -> a.resolve(AppealResolution.CONFIRMED, "Se confirma.", null, open, NOW, "G", D)))
                .containsExactly("appeal.error.allegationsOpen");
        Appeal moot = admitted(LocalDate.of(2026, 6, 3));
        moot.resolve(AppealResolution.DISMISSED_MOOT, "Se desistió.", null, open, NOW, "G", D);
        assertThat(moot.getStage()).isEqualTo(AppealStage.RESOLVED);
        Appeal both = admitted(LocalDate.of(2026, 6, 3));
        both.allege(AppealCapacity.TRANSPARENCY_UNIT, "a", open, NOW, "U", D);
        both.allege(AppealCapacity.APPELLANT, "b", open, NOW, null, D);
        both.resolve(AppealResolution.CONFIRMED, "Se confirma.", null, open, NOW, "G", D);
        assertThat(both.getStage()).isEqualTo(AppealStage.RESOLVED);
        assertThat(both.getResolvedOnTime()).isTrue();
    }

    @Test
    void confirmingOrDismissingClosesWhileModifyingOrRevokingOpensCompliance() {
        for (AppealResolution kind : AppealResolution.values()) {
            Appeal a = admitted(LocalDate.of(2026, 6, 3));
            LocalDate day = a.getAllegationsDue().plusDays(3);
            AppealStep s = a.resolve(kind, "Resolución.", null, day, NOW, "G", D);
            if (kind.opensCompliance()) {
                assertThat(a.getStage()).isEqualTo(AppealStage.COMPLIANCE_PENDING);
                assertThat(a.getComplianceDays()).isEqualTo(10);
                assertThat(a.getComplianceDue()).isEqualTo(D.due(day, 10));
                assertThat(s.getBasis()).isEqualTo("LGTAIP 2025 art. 148");
            } else {
                assertThat(a.getStage()).isEqualTo(AppealStage.RESOLVED);
                assertThat(a.getComplianceDue()).isNull();
            }
        }
        Appeal late = admitted(LocalDate.of(2026, 6, 3));
        late.resolve(AppealResolution.CONFIRMED, "Tarde.", null, late.getResolutionDue().plusDays(1), NOW, "G", D);
        assertThat(late.getResolvedOnTime()).isFalse();
    }

    @Test
    void aResolutionMaySetFewerComplianceDaysAndMoreOnlyWithReasons() {
        Appeal a = admitted(LocalDate.of(2026, 6, 3));
        LocalDate day = LocalDate.of(2026, 6, 15);
        // More than the law's 10 days only exceptionally, with reasons (art. 154 ¶2).
        assertThat(keys(() -> a.resolve(AppealResolution.REVOKED, "x", 11, day, NOW, "G", D)))
                .containsExactly("appeal.validation.complianceReason");
        assertThat(keys(() -> a.resolve(AppealResolution.REVOKED, "x", 0, day, NOW, "G", D)))
                .containsExactly("appeal.validation.complianceDaysExceptional");
        assertThat(keys(() -> a.resolve(AppealResolution.REVOKED, "x", 61, "Muchos archivos.", day, NOW, "G", D)))
                .containsExactly("appeal.validation.complianceDaysExceptional");
        assertThat(a.getStage()).isEqualTo(AppealStage.ADMITTED);
        AppealStep s = a.resolve(AppealResolution.REVOKED, "Entregue los contratos.", 5, day, NOW, "G", D);
        assertThat(a.getComplianceDue()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(s.getTermDays()).isEqualTo(5);
    }

    @Test
    void complianceThenObjectionThenVerificationEachInItsWindow() {
        Appeal a = admitted(LocalDate.of(2026, 6, 3));
        a.resolve(AppealResolution.REVOKED, "Entregue.", null, LocalDate.of(2026, 6, 15), NOW, "G", D);
        assertThat(keys(() -> a.verify(true, "x", LocalDate.of(2026, 6, 16), NOW, "G", D)))
                .containsExactly("appeal.error.stage");
        AppealStep reported = a.reportCompliance("Se entregaron.", LocalDate.of(2026, 6, 17), NOW, "Unidad", D);
        assertThat(a.getComplianceOnTime()).isTrue();
        assertThat(a.getObjectionDue()).isEqualTo(LocalDate.of(2026, 6, 24));
        assertThat(a.getVerificationDue()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(reported.getBasis()).isEqualTo("LGTAIP 2025 art. 154; LGTAIP 2025 art. 156 ¶2");
        assertThat(reported.getTermDays()).isEqualTo(5);
        // The guarantor waits for the objection term.
        assertThat(keys(() -> a.verify(true, "x", LocalDate.of(2026, 6, 24), NOW, "G", D)))
                .containsExactly("appeal.error.objectionOpen");
        assertThat(keys(() -> a.object("Tarde", LocalDate.of(2026, 6, 25), NOW, D)))
                .containsExactly("appeal.error.objectionClosed");
        AppealStep verified = a.verify(true, "Se cumplió.", LocalDate.of(2026, 6, 25), NOW, "G", D);
        assertThat(a.getStage()).isEqualTo(AppealStage.COMPLIED);
        assertThat(verified.getBasis()).isEqualTo("LGTAIP 2025 art. 193");
    }

    @Test
    void anObjectionLetsTheGuarantorRuleAtOnceWithinFiveDays() {
        Appeal a = admitted(LocalDate.of(2026, 6, 3));
        a.resolve(AppealResolution.MODIFIED, "Entregue.", null, LocalDate.of(2026, 6, 15), NOW, "G", D);
        a.reportCompliance("Se entregaron.", LocalDate.of(2026, 7, 1), NOW, "Unidad", D);
        assertThat(a.getComplianceOnTime()).as("reported after the 10 days").isFalse();
        AppealStep objected = a.object("Faltan anexos.", LocalDate.of(2026, 7, 2), NOW, D);
        assertThat(objected.getBasis()).isEqualTo("LGTAIP 2025 art. 192");
        assertThat(a.getVerificationDue()).isEqualTo(LocalDate.of(2026, 7, 9));
        assertThat(keys(() -> a.object("Otra", LocalDate.of(2026, 7, 2), NOW, D))).containsExactly("appeal.error.objectionOnce");
        a.verify(false, "No se entregaron los anexos.", LocalDate.of(2026, 7, 3), NOW, "G", D);
        assertThat(a.getStage()).isEqualTo(AppealStage.NOT_COMPLIED);
        // Not a dead end: the superior has five days to comply (art. 193 fr. II): Fri 3 Jul → Fri 10 Jul.
        assertThat(a.getStage().isOpen()).isTrue();
        assertThat(a.nextDue()).isEqualTo(LocalDate.of(2026, 7, 10));
    }

    @Test
    void theNextDueDateAndDaysLeftOrderTheQueue() {
        Appeal a = admitted(LocalDate.of(2026, 6, 3));
        assertThat(a.nextDue()).isEqualTo(LocalDate.of(2026, 7, 29));
        assertThat(a.daysLeft(LocalDate.of(2026, 7, 27), D)).isEqualTo(2);
        assertThat(a.daysLeft(LocalDate.of(2026, 7, 31), D)).isEqualTo(-2);
        // Due on a Friday, seen on Saturday: overdue by one, though no business day has passed.
        Appeal friday = admitted(LocalDate.of(2026, 6, 3));
        friday.resolve(AppealResolution.REVOKED, "x", 5, LocalDate.of(2026, 6, 26), NOW, "G", D);
        assertThat(friday.nextDue()).isEqualTo(LocalDate.of(2026, 7, 3));
        assertThat(friday.daysLeft(LocalDate.of(2026, 7, 4), D)).isEqualTo(-1);
        assertThatThrownBy(() -> a.allege(AppealCapacity.GUARANTOR, "x", MONDAY, NOW, "G", D))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
