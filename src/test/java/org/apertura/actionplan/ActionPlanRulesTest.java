package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apertura.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules of exercises, plans, progress and the verifiability check, in the domain. */
class ActionPlanRulesTest {

    private final Instant now = Instant.parse("2026-11-24T12:00:00Z");
    private final LocalDate start = LocalDate.parse("2025-09-01");
    private final LocalDate end = LocalDate.parse("2026-08-31");

    @Test
    void anExerciseIsInTheLastPhaseThatHasStarted() {
        Map<Phase, LocalDate> phases = new EnumMap<>(Phase.class);
        phases.put(Phase.INSTALLATION, LocalDate.parse("2025-02-20"));
        phases.put(Phase.COCREATION, LocalDate.parse("2025-05-01"));
        phases.put(Phase.IMPLEMENTATION, LocalDate.parse("2025-09-01"));
        Exercise exercise = new Exercise("dgo", "Durango", 1L, 1L, null, phases, now);
        assertThat(exercise.phaseOn(LocalDate.parse("2025-01-01"))).isNull();
        assertThat(exercise.phaseOn(LocalDate.parse("2025-05-01"))).isEqualTo(Phase.COCREATION);
        assertThat(exercise.phaseOn(LocalDate.parse("2026-11-24"))).isEqualTo(Phase.IMPLEMENTATION);

        phases.put(Phase.APPROVAL, LocalDate.parse("2025-04-01"));
        assertThatThrownBy(() -> new Exercise("dgo", "Durango", 1L, 1L, null, phases, now))
                .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
                .isEqualTo("exercise.error.phaseOrder");
    }

    @Test
    void aPlanShowsHowItDepartsFromTheDeclaration() {
        ActionPlan declaration = new ActionPlan(1L, "Plan", null, start, end, null, null, now);
        assertThat(declaration.departuresFromDeclaration()).isEmpty();
        assertThat(declaration.periodMatchesPolicy()).isTrue();
        ActionPlan durango2017 = new ActionPlan(1L, "Plan", null, LocalDate.parse("2017-01-01"),
                LocalDate.parse("2018-12-31"), 8, 24, now);
        assertThat(durango2017.departuresFromDeclaration()).containsExactly(
                List.of("plan.departure.commitments", 8, 5), List.of("plan.departure.months", 24, 12));
        assertThat(durango2017.periodMatchesPolicy()).isTrue();
        assertThat(new ActionPlan(1L, "Plan", null, start, LocalDate.parse("2026-02-28"), 5, 12, now)
                .periodMatchesPolicy()).isFalse();
        assertThatThrownBy(() -> new ActionPlan(1L, " ", null, end, start, 0, 61, now))
                .extracting(e -> ((InvalidInputException) e).problems().stream().map(p -> p.field()).toList())
                .isEqualTo(List.of("title", "periodEnd", "expectedCommitments", "durationMonths"));
    }

    @Test
    void progressIsTheWeightedShareOfCompleteMilestones() {
        Milestone light = milestone("Uno", 1);
        Milestone heavy = milestone("Dos", 3);
        assertThat(Progress.of(List.of(light, heavy), LocalDate.parse("2026-01-01")).completion())
                .isEqualTo(Completion.NOT_STARTED);
        ReflectionTestUtils.setField(light, "completedOn", LocalDate.parse("2025-12-01"));
        Progress quarter = Progress.of(List.of(light, heavy), LocalDate.parse("2026-01-01"));
        assertThat(quarter.percent()).isEqualByComparingTo("25.0");
        assertThat(quarter.completion()).isEqualTo(Completion.LIMITED);
        ReflectionTestUtils.setField(heavy, "completedOn", LocalDate.parse("2025-12-20"));
        assertThat(Progress.of(List.of(light, heavy), LocalDate.parse("2026-01-01")).completion())
                .isEqualTo(Completion.COMPLETE);
        assertThat(Completion.of(new BigDecimal("50"))).isEqualTo(Completion.SUBSTANTIAL);
        assertThat(Completion.of(new BigDecimal("49.9"))).isEqualTo(Completion.LIMITED);
    }

    @Test
    void overdueMeansPastItsEndAndNotComplete() {
        Milestone m = milestone("Uno", 1);
        assertThat(m.isOverdue(LocalDate.parse("2025-12-31"))).isFalse();
        assertThat(m.isOverdue(LocalDate.parse("2026-01-01"))).isTrue();
        assertThat(Progress.of(List.of(m), LocalDate.parse("2026-01-01")).overdue()).isEqualTo(1);
    }

    @Test
    void theCheckListsExactlyWhatIsMissing() {
        ActionPlan plan = new ActionPlan(1L, "Plan", null, start, end, 2, 12, now);
        Commitment complete = commitment("C1", "Problema", "Línea base", EnumSet.of(Theme.C),
                Map.of(OgpValue.TRANSPARENCY, "Porque publica."), "Hoy es un lindo día.");
        Commitment poor = commitment("C2", null, " ", EnumSet.noneOf(Theme.class),
                Map.of(OgpValue.TECHNOLOGY, "Usa tecnología."), null);
        Milestone good = milestone("Bueno", 1);
        ReflectionTestUtils.setField(good, "commitmentId", 1L);
        Milestone bad = new Milestone(2L, "Sin datos", null, " ", null, start, LocalDate.parse("2026-10-01"), 1, now);
        VerifiabilityCheck.Report report = VerifiabilityCheck.of(plan, List.of(complete, poor),
                Map.of(1L, List.of(good), 2L, List.of(bad)));
        assertThat(report.passes()).isFalse();
        assertThat(report.planProblems()).isEmpty();
        assertThat(report.commitmentProblems().get("C1")).isEmpty();
        assertThat(report.commitmentProblems().get("C2")).extracting(VerifiabilityCheck.Finding::key).containsExactly(
                "check.commitment.problem", "check.commitment.baseline", "check.commitment.themes",
                "check.commitment.values", "check.milestone.deliverable", "check.milestone.verification",
                "check.milestone.responsible", "check.milestone.dates");
        assertThat(report.warnings().get("C1")).isEmpty();
        assertThat(report.warnings().get("C2")).extracting(VerifiabilityCheck.Finding::key)
                .containsExactly("check.commitment.noSummary");

        VerifiabilityCheck.Report one = VerifiabilityCheck.of(plan, List.of(complete), Map.of(1L, List.of(good)));
        assertThat(one.planProblems()).extracting(VerifiabilityCheck.Finding::key).containsExactly("check.plan.count");
        assertThat(VerifiabilityCheck.of(new ActionPlan(1L, "Plan", null, start, end, 1, 12, now), List.of(complete),
                Map.of(1L, List.of(good))).passes()).isTrue();
    }

    @Test
    void aHardSummaryIsAWarningNotABlocker() {
        ActionPlan plan = new ActionPlan(1L, "Plan", null, start, end, 1, 12, now);
        Commitment c = commitment("C1", "Problema", "Línea base", EnumSet.of(Theme.C),
                Map.of(OgpValue.TRANSPARENCY, "Porque publica."),
                "La dependencia coadyuvará en la implementación de los mecanismos institucionales.");
        Milestone good = milestone("Bueno", 1);
        ReflectionTestUtils.setField(good, "commitmentId", 1L);
        VerifiabilityCheck.Report report = VerifiabilityCheck.of(plan, List.of(c), Map.of(1L, List.of(good)));
        assertThat(report.passes()).isTrue();
        assertThat(report.warnings().get("C1")).singleElement()
                .satisfies(f -> assertThat(f.key()).isEqualTo("check.commitment.summaryLanguage"))
                .satisfies(f -> assertThat(f.args()).containsExactly("16.17"));
    }

    private Milestone milestone(String title, int weight) {
        return new Milestone(1L, title, "Entregable", "Medio", "Responsable", LocalDate.parse("2025-09-01"),
                LocalDate.parse("2025-12-31"), weight, now);
    }

    private Commitment commitment(String code, String problem, String baseline, java.util.Set<Theme> themes,
            Map<OgpValue, String> values, String summary) {
        Commitment c = new Commitment(1L, new CommitmentDraft(code, "Título " + code, summary, problem, null, baseline, null,
                null, null, themes, values, "x", List.of(), null, null, null, start, end), 7L, now);
        ReflectionTestUtils.setField(c, "id", "C1".equals(code) ? 1L : 2L);
        return c;
    }
}
