package org.apertura.appeal;

import static org.apertura.appeal.AppealRulesTest.D;
import static org.apertura.appeal.AppealRulesTest.NOW;
import static org.apertura.appeal.AppealRulesTest.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apertura.deadlines.Term;
import org.junit.jupiter.api.Test;

/**
 * The medidas de apremio after non-compliance (LGTAIP 2025 arts. 193 fr. III, 196–202), with dates worked by hand on
 * the national calendar (July 2026 has no national rest day).
 */
class EnforcementMeasureTest {

    static final LocalDate JULY_2 = LocalDate.of(2026, 7, 2);

    static Appeal notComplied() {
        Appeal a = AppealActsTest.revokedOnJune15();
        a.reportCompliance("Se entregó una parte.", LocalDate.of(2026, 6, 17), NOW, "U", D);
        a.verify(false, "Faltan anexos.", JULY_2, NOW, "G", D);
        return a;
    }

    static EnforcementMeasure.Draft fine(EnforcedPerson person, Integer uma, boolean recidivism) {
        return new EnforcementMeasure.Draft(CoerciveMeasure.FINE, person, "Titular de la Dirección de Obras", uma,
                recidivism, "Diez días de incumplimiento; daño a la persona solicitante.");
    }

    @Test
    void aMeasureFollowsOnlyAFindingOfNonCompliance() {
        assertThat(keys(() -> EnforcementMeasure.impose(AppealActsTest.revokedOnJune15(),
                fine(EnforcedPerson.PUBLIC_SERVANT, 200, false), List.of(), false, JULY_2)))
                .containsExactly("appeal.error.measureNoFinding");
        Appeal complied = AppealActsTest.revokedOnJune15();
        complied.reportCompliance("Se entregó.", LocalDate.of(2026, 6, 17), NOW, "U", D);
        complied.verify(true, "Cumplida.", JULY_2, NOW, "G", D);
        assertThat(EnforcementMeasure.imposeRefused(complied)).isPresent();
        assertThat(EnforcementMeasure.imposeRefused(notComplied())).isEmpty();
    }

    @Test
    void aFineIsOf150To1500UmaAndUpToDoubleOnRecidivism() {
        // Art. 196 fr. II: "de ciento cincuenta hasta mil quinientas veces"; art. 198 ¶1: "hasta el doble".
        Appeal a = notComplied();
        assertThat(keys(() -> EnforcementMeasure.impose(a, fine(EnforcedPerson.PUBLIC_SERVANT, 149, false), List.of(),
                false, JULY_2))).containsExactly("appeal.validation.measureUma");
        assertThat(keys(() -> EnforcementMeasure.impose(a, fine(EnforcedPerson.PUBLIC_SERVANT, 1501, false),
                List.of(), false, JULY_2))).containsExactly("appeal.validation.measureUma");
        assertThat(EnforcementMeasure.impose(a, fine(EnforcedPerson.PUBLIC_SERVANT, 3000, true), List.of(), false,
                JULY_2).getFineUma()).isEqualTo(3000);
        assertThat(keys(() -> EnforcementMeasure.impose(a, new EnforcementMeasure.Draft(
                CoerciveMeasure.PUBLIC_REPRIMAND, EnforcedPerson.PUBLIC_SERVANT, " ", 200, false, " "), List.of(),
                false, JULY_2))).containsExactly("appeal.validation.measurePosition",
                "appeal.validation.measureUmaReprimand", "appeal.validation.measureQualification");
    }

    @Test
    void whoExecutesItFollowsArticle202() {
        assertThat(MeasureExecutor.of(CoerciveMeasure.PUBLIC_REPRIMAND, EnforcedPerson.PUBLIC_SERVANT, false))
                .isEqualTo(MeasureExecutor.IMMEDIATE_SUPERIOR);
        assertThat(MeasureExecutor.of(CoerciveMeasure.PUBLIC_REPRIMAND, EnforcedPerson.RESPONSIBLE_PERSON, true))
                .isEqualTo(MeasureExecutor.GUARANTOR_AUTHORITY);
        assertThat(MeasureExecutor.of(CoerciveMeasure.FINE, EnforcedPerson.PUBLIC_SERVANT, true))
                .isEqualTo(MeasureExecutor.TAX_ADMINISTRATION);
        assertThat(MeasureExecutor.of(CoerciveMeasure.FINE, EnforcedPerson.UNION_OR_PARTY_MEMBER, false))
                .isEqualTo(MeasureExecutor.STATE_FINANCE_SECRETARIAT);
    }

    @Test
    void itIsAppliedWithinFifteenBusinessDaysOfItsNoticeAndTheSuperiorComesAfter() {
        assertThat(D.days(Term.MEASURE_EXECUTION)).isEqualTo(15);
        assertThat(D.basis(Term.MEASURE_EXECUTION)).isEqualTo("LGTAIP 2025 art. 201");
        Appeal a = notComplied();
        // Art. 199 ¶1: the superior only once the measures on the servant were executed.
        assertThat(keys(() -> EnforcementMeasure.impose(a, fine(EnforcedPerson.SUPERIOR, 200, false), List.of(),
                false, JULY_2))).containsExactly("appeal.error.measureSuperiorFirst");
        EnforcementMeasure m = EnforcementMeasure.impose(a, fine(EnforcedPerson.PUBLIC_SERVANT, 200, false),
                List.of(), false, JULY_2);
        assertThat(m.basis()).isEqualTo("LGTAIP 2025 art. 193 fr. III; LGTAIP 2025 art. 196 fr. II; LGTAIP 2025 art. 197");
        assertThat(keys(() -> m.executed(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 6))))
                .containsExactly("appeal.error.measureNotNotified");
        assertThat(keys(() -> m.notified(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 6), D)))
                .containsExactly("appeal.validation.measureDay");
        // Notified Mon 6 July: fifteen business days from Tue 7 July end Mon 27 July (arts. 128, 201).
        m.notified(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 6), D);
        assertThat(m.getExecutionDue()).isEqualTo(LocalDate.of(2026, 7, 27));
        assertThat(keys(() -> EnforcementMeasure.impose(a, fine(EnforcedPerson.SUPERIOR, 200, false), List.of(m),
                false, JULY_2))).containsExactly("appeal.error.measureSuperiorFirst");
        m.executed(LocalDate.of(2026, 7, 28), LocalDate.of(2026, 7, 28));
        assertThat(m.getExecutedOnTime()).isFalse();
        assertThat(keys(() -> m.executed(LocalDate.of(2026, 7, 28), LocalDate.of(2026, 7, 28))))
                .containsExactly("appeal.error.measureExecuted");
        // Art. 199 ¶1: the measure executed in vain, the superior is first required to instruct compliance.
        LocalDate july29 = LocalDate.of(2026, 7, 29);
        assertThat(keys(() -> EnforcementMeasure.impose(a, fine(EnforcedPerson.SUPERIOR, 400, false), List.of(m),
                false, july29))).containsExactly("appeal.error.measureSuperiorFirst");
        a.requireSuperior(july29, true, "Se requiere a la Secretaría que instruya la entrega.", july29, NOW, "G", D);
        // Notified Wed 29 July: five business days from Thu 30 July: 30, 31 July, 3, 4, 5 August (arts. 128, 199 ¶1).
        assertThat(a.getInstructionFrom()).isEqualTo(july29);
        assertThat(a.getInstructionDue()).isEqualTo(LocalDate.of(2026, 8, 5));
        assertThat(keys(() -> EnforcementMeasure.impose(a, fine(EnforcedPerson.SUPERIOR, 400, false), List.of(m),
                false, LocalDate.of(2026, 8, 5)))).containsExactly("appeal.error.superiorTermRunning");
        EnforcementMeasure superior = EnforcementMeasure.impose(a, fine(EnforcedPerson.SUPERIOR, 400, false),
                List.of(m), false, LocalDate.of(2026, 8, 6));
        assertThat(superior.basis()).endsWith("; LGTAIP 2025 art. 199 ¶1");
    }

    @Test
    void theSuperiorIsRequiredOnceAfterAMeasureWasExecutedAndHasFiveBusinessDays() {
        assertThat(D.days(Term.SUPERIOR_INSTRUCTION)).isEqualTo(5);
        assertThat(D.basis(Term.SUPERIOR_INSTRUCTION)).isEqualTo("LGTAIP 2025 art. 199 ¶1");
        assertThat(AppealActsTest.revokedOnJune15().requireSuperiorRefused()).isPresent();
        Appeal a = notComplied();
        assertThat(a.requireSuperiorRefused()).isEmpty();
        LocalDate friday = LocalDate.of(2026, 7, 10);
        assertThat(keys(() -> a.requireSuperior(friday, false, "Requerimiento.", friday, NOW, "G", D)))
                .containsExactly("appeal.error.superiorBeforeMeasure");
        assertThat(keys(() -> a.requireSuperior(LocalDate.of(2026, 7, 11), true, "Requerimiento.", friday, NOW, "G",
                D))).containsExactly("appeal.validation.measureDay");
        assertThat(keys(() -> a.requireSuperior(friday, true, " ", friday, NOW, "G", D)))
                .containsExactly("validation.required.max");
        // Notified on Saturday 11 July: received Monday 13 July; five business days from Tue 14: 14–17, Mon 20 July.
        LocalDate saturday = LocalDate.of(2026, 7, 11);
        AppealStep step = a.requireSuperior(saturday, true, "Requerimiento.", saturday, NOW, "G", D);
        assertThat(a.getInstructionFrom()).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(a.getInstructionDue()).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025 art. 199 ¶1");
        assertThat(a.requireSuperiorRefused()).isPresent();
    }
}
