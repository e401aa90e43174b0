package org.apertura.appeal;

import static org.apertura.appeal.AppealRulesTest.D;
import static org.apertura.appeal.AppealRulesTest.MONDAY;
import static org.apertura.appeal.AppealRulesTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The check and the act agree: in every moment of an appeal's life, what AppealPolicy offers is exactly what
 * the appeal's transitions accept (with well-formed input), and what it does not offer is refused by the
 * transition with the same reason. So a page never offers a form the act would refuse for its stage or term,
 * and never hides one it would accept.
 */
class AppealGuardsTest {

    /** An appeal at one moment of its life, and the day someone acts on it. */
    record Moment(String name, Supplier<Appeal> appeal, Function<Appeal, LocalDate> day) {
    }

    static Appeal filed() {
        return AppealRulesTest.filed(MONDAY, MONDAY.plusDays(1));
    }

    static Appeal asked() {
        Appeal a = filed();
        a.askClarification("¿Qué contratos?", MONDAY.plusDays(2), NOW, "Garante", D);
        return a;
    }

    static Appeal admitted() {
        Appeal a = filed();
        a.admit(MONDAY.plusDays(2), NOW, "Garante", D);
        return a;
    }

    static Appeal bothAlleged() {
        Appeal a = admitted();
        a.allege(AppealCapacity.APPELLANT, "Faltan anexos.", MONDAY.plusDays(3), NOW, null, D);
        a.allege(AppealCapacity.TRANSPARENCY_UNIT, "Se entregó todo.", MONDAY.plusDays(3), NOW, "Unidad", D);
        return a;
    }

    static Appeal extended() {
        Appeal a = admitted();
        a.extend("Carga de trabajo.", MONDAY.plusDays(3), NOW, "Garante", D);
        return a;
    }

    static Appeal compliancePending() {
        Appeal a = bothAlleged();
        a.resolve(AppealResolution.REVOKED, "Entregue los anexos.", null, MONDAY.plusDays(4), NOW, "Garante", D);
        return a;
    }

    static Appeal reported() {
        Appeal a = compliancePending();
        a.reportCompliance("Se entregaron.", MONDAY.plusDays(8), NOW, "Unidad", D);
        return a;
    }

    static Appeal objected() {
        Appeal a = reported();
        a.object("Falta un anexo.", MONDAY.plusDays(9), NOW, D);
        return a;
    }

    static Appeal verified() {
        Appeal a = objected();
        a.verify(true, "Cumplido.", MONDAY.plusDays(10), NOW, "Garante", D);
        return a;
    }

    static Appeal extensionAsked() {
        Appeal a = compliancePending();
        a.askComplianceExtension(5, "Son muchos anexos.", MONDAY.plusDays(7), NOW, "Unidad", D);
        return a;
    }

    static Appeal notComplied() {
        Appeal a = objected();
        a.verify(false, "No se cumplió.", MONDAY.plusDays(10), NOW, "Garante", D);
        return a;
    }

    static Appeal closed() {
        Appeal a = bothAlleged();
        a.closeInstruction(MONDAY.plusDays(4), NOW, "Garante", D);
        return a;
    }

    static final List<Moment> MOMENTS = List.of(
            new Moment("compliance pending, extension term passed", AppealGuardsTest::compliancePending,
                    a -> a.getExtensionAskDue().plusDays(1)),
            new Moment("compliance extension asked", AppealGuardsTest::extensionAsked, a -> MONDAY.plusDays(8)),
            new Moment("not complied", AppealGuardsTest::notComplied, a -> MONDAY.plusDays(11)),
            new Moment("instruction closed", AppealGuardsTest::closed, a -> MONDAY.plusDays(5)),
            new Moment("filed", AppealGuardsTest::filed, a -> MONDAY.plusDays(2)),
            new Moment("clarification asked, in term", AppealGuardsTest::asked, a -> a.getClarificationDue()),
            new Moment("clarification asked, term passed", AppealGuardsTest::asked,
                    a -> a.getClarificationDue().plusDays(1)),
            new Moment("admitted, allegations open", AppealGuardsTest::admitted, a -> a.getAllegationsDue()),
            new Moment("admitted, allegations closed", AppealGuardsTest::admitted,
                    a -> a.getAllegationsDue().plusDays(1)),
            new Moment("admitted, resolution overdue", AppealGuardsTest::admitted, a -> a.getResolutionDue().plusDays(1)),
            new Moment("both parties alleged", AppealGuardsTest::bothAlleged, a -> MONDAY.plusDays(4)),
            new Moment("extended", AppealGuardsTest::extended, a -> MONDAY.plusDays(4)),
            new Moment("compliance pending", AppealGuardsTest::compliancePending, a -> MONDAY.plusDays(8)),
            new Moment("compliance reported, objection open", AppealGuardsTest::reported, a -> a.getObjectionDue()),
            new Moment("compliance reported, objection closed", AppealGuardsTest::reported,
                    a -> a.getObjectionDue().plusDays(1)),
            new Moment("objected", AppealGuardsTest::objected, a -> MONDAY.plusDays(10)),
            new Moment("verified", AppealGuardsTest::verified, a -> MONDAY.plusDays(11)));

    /** The act, with well-formed input, so that only the appeal's stage and terms can refuse it. */
    static void act(Appeal a, AppealAction action, LocalDate day) {
        switch (action) {
            case ASK_CLARIFICATION -> a.askClarification("¿Qué periodo?", day, NOW, "Garante", D);
            case ADMIT -> a.admit(day, NOW, "Garante", D);
            case DISMISS -> a.dismiss(a.getStage() == AppealStage.CLARIFICATION_REQUESTED
                    ? DismissalGround.CLARIFICATION_UNANSWERED : DismissalGround.NO_CAUSE, "Se desecha.", day, NOW,
                    "Garante", D);
            case EXTEND -> a.extend("Carga de trabajo.", day, NOW, "Garante", D);
            // A moot appeal may be resolved whenever it is admitted: the kind does not depend on the allegations.
            case RESOLVE -> a.resolve(AppealResolution.DISMISSED_MOOT, "Quedó sin materia.", null, day, NOW, "Garante", D);
            case VERIFY -> a.verify(true, "Cumplido.", day, NOW, "Garante", D);
            case UNIT_ALLEGATION -> a.allege(AppealCapacity.TRANSPARENCY_UNIT, "Alegatos.", day, NOW, "Unidad", D);
            case REPORT_COMPLIANCE -> a.reportCompliance("Se cumplió.", day, NOW, "Unidad", D);
            case REPLY_CLARIFICATION -> a.replyClarification("Los de 2025.", day, NOW, D);
            case APPELLANT_ALLEGATION -> a.allege(AppealCapacity.APPELLANT, "Alegatos.", day, NOW, null, D);
            case OBJECT -> a.object("Falta algo.", day, NOW, D);
            case WITHDRAW -> a.withdraw(null, day, NOW, D);
            case DISCONTINUE -> a.discontinue(DiscontinuanceGround.MOOT, "Quedó sin materia.", day, NOW, "Garante", D);
            case CLOSE_INSTRUCTION -> a.closeInstruction(day, NOW, "Garante", D);
            case NOTIFY_RESOLUTION -> a.notifyResolution(day, day, NOW, "Garante", D);
            case ASK_COMPLIANCE_EXTENSION -> a.askComplianceExtension(5, "Muchos anexos.", day, NOW, "Unidad", D);
            case DECIDE_COMPLIANCE_EXTENSION -> a.decideComplianceExtension(true, null, "Se concede.", day, NOW,
                    "Garante", D);
            // An act before any appeal (art. 144 ¶2): an appeal at hand always refuses it.
            case FORWARD_WRITTEN -> throw new InvalidInputException(List.of(a.forwardRefused().orElseThrow()));
            case IMPOSE_MEASURE -> EnforcementMeasure.impose(a, new EnforcementMeasure.Draft(CoerciveMeasure.FINE,
                    EnforcedPerson.PUBLIC_SERVANT, "Titular del área", 200, false, "Falta grave."), List.of(), false, day);
            // a measure on the servant was executed: only the finding and the stage can refuse it (art. 199 ¶1)
            case REQUIRE_SUPERIOR -> a.requireSuperior(day, true, "Se requiere al superior.", day, NOW, "Garante", D);
            case RECORD_MEASURE -> {
                // The measure's own states are its guards (EnforcementMeasureTest); the appeal's is the finding.
                a.recordMeasureRefused().ifPresent(p -> {
                    throw new InvalidInputException(List.of(p));
                });
            }
        }
    }

    @Test
    void whatThePolicyOffersIsWhatTheAppealAccepts() {
        List<String> disagreements = new ArrayList<>();
        Set<AppealAction> everOffered = EnumSet.noneOf(AppealAction.class);
        for (Moment moment : MOMENTS) {
            for (AppealAction action : AppealAction.values()) {
                Appeal appeal = moment.appeal().get();
                LocalDate day = moment.day().apply(appeal);
                Optional<FieldProblem> refusal = AppealPolicy.refusal(appeal, action, day);
                List<String> refused;
                try {
                    act(appeal, action, day);
                    refused = List.of();
                } catch (InvalidInputException e) {
                    refused = e.problems().stream().map(FieldProblem::messageKey).toList();
                }
                if (refusal.isEmpty()) {
                    everOffered.add(action);
                    if (!refused.isEmpty()) {
                        disagreements.add(moment.name() + ": " + action + " offered but refused " + refused);
                    }
                } else if (!refused.contains(refusal.get().messageKey())) {
                    disagreements.add(moment.name() + ": " + action + " not offered (" + refusal.get().messageKey()
                            + ") but the act answered " + refused);
                }
            }
        }
        assertThat(disagreements).isEmpty();
        // Forwarding is offered before an appeal exists (AppealPolicy.beforeAppeal), never on one.
        assertThat(everOffered).as("every act is offered at some moment").containsExactlyInAnyOrderElementsOf(
                EnumSet.complementOf(EnumSet.of(AppealAction.FORWARD_WRITTEN)));
    }

    @Test
    void theGuarantorIsOfferedOnlyTheGuarantorsActsAndOnlyWhenTheAppealAllowsThem() {
        Appeal admitted = admitted();
        LocalDate day = admitted.getAllegationsDue();
        Actor guarantor = Actor.holding(Authority.of(Role.GUARANTOR, "idaip"));
        assertThat(new AppealPolicy().allowed(guarantor, admitted, false, day).actions())
                .containsExactlyInAnyOrder(AppealAction.ASK_CLARIFICATION, AppealAction.EXTEND, AppealAction.RESOLVE,
                        AppealAction.DISCONTINUE);
        assertThat(new AppealPolicy().allowed(Actor.holding(Authority.of(Role.GUARANTOR, "otra")), admitted, false, day)
                .any()).isFalse();
        assertThat(new AppealPolicy().allowed(Actor.anonymous(), admitted, true, day).actions())
                .containsExactlyInAnyOrder(AppealAction.APPELLANT_ALLEGATION, AppealAction.WITHDRAW);
    }
}
