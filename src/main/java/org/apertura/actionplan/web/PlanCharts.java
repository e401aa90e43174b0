package org.apertura.actionplan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.Exercise;
import org.apertura.actionplan.Milestone;
import org.apertura.actionplan.Phase;
import org.apertura.actionplan.Progress;
import org.apertura.platform.chart.Chart;
import org.apertura.platform.chart.ChartKind;
import org.apertura.platform.chart.ChartSource;
import org.apertura.platform.chart.ChartView;
import org.apertura.platform.chart.Charts;
import org.apertura.platform.chart.ShareCardFacts;
import org.apertura.platform.chart.ShareCardSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The charts of plans, commitments and exercises, drawn from their milestones: each commitment's progress and the
 * plan's calendar with today marked; a commitment's progress ring and its milestones; an exercise's phases. The same
 * charts are on the pages and behind their downloads; plans and commitments also have share cards.
 */
@Component
class PlanCharts implements ShareCardSource {

    private final ActionPlanService service;
    private final Charts charts;

    PlanCharts(ActionPlanService service, Charts charts) {
        this.service = service;
        this.charts = charts;
    }

    /** {@code /graficas/planes/{id}/avance|calendario}. */
    @Bean
    ChartSource planChartSource() {
        return ChartSource.of("planes", List.of("avance", "calendario"),
                () -> plans().map(p -> p.getId().toString()).toList(), key -> "/planes/" + key,
                (key, name) -> Optional.ofNullable(id(key))
                        .map(id -> "avance".equals(name) ? planProgress(id) : planCalendar(id)));
    }

    /** {@code /graficas/compromisos/{id}/avance|hitos}. */
    @Bean
    ChartSource commitmentChartSource() {
        return ChartSource.of("compromisos", List.of("avance", "hitos"),
                () -> plans().flatMap(p -> service.commitments(p).stream()).map(c -> c.getId().toString()).toList(),
                key -> "/compromisos/" + key, (key, name) -> Optional.ofNullable(id(key))
                        .map(id -> "avance".equals(name) ? commitmentProgress(id) : commitmentMilestones(id)));
    }

    /** {@code /graficas/ejercicios/{slug}/fases}. */
    @Bean
    ChartSource exerciseChartSource() {
        return ChartSource.of("ejercicios", List.of("fases"),
                () -> service.exercises().stream().map(Exercise::getSlug).toList(), key -> "/ejercicios/" + key,
                (key, name) -> Optional.of(phases(key)));
    }

    private java.util.stream.Stream<ActionPlan> plans() {
        return service.exercises().stream().flatMap(e -> service.plans(e).stream());
    }

    /** The plan page's charts. */
    List<ChartView> forPlan(Long id) {
        String key = id.toString();
        return List.of(ChartView.of(planProgress(id), "planes", key, "avance", "/planes/" + key),
                ChartView.of(planCalendar(id), "planes", key, "calendario", "/planes/" + key));
    }

    /** The commitment page's charts. */
    List<ChartView> forCommitment(Long id) {
        String key = id.toString();
        return List.of(ChartView.of(commitmentProgress(id), "compromisos", key, "avance", "/compromisos/" + key),
                ChartView.of(commitmentMilestones(id), "compromisos", key, "hitos", "/compromisos/" + key));
    }

    /** The exercise page's chart. */
    ChartView forExercise(String slug) {
        return ChartView.of(phases(slug), "ejercicios", slug, "fases", "/ejercicios/" + slug);
    }

    Chart planProgress(Long id) {
        ActionPlan plan = service.plan(id);
        List<Commitment> commitments = service.commitments(plan);
        Map<Long, List<Milestone>> milestones = service.milestonesByCommitment(commitments);
        Charts.Builder chart = charts.chart("plan-avance", ChartKind.BARS, charts.text("chart.plan.progress"))
                .unit(Charts.Unit.PERCENT).category(charts.text("chart.plan.commitment"))
                .series(charts.text("chart.plan.percent"));
        int late = 0;
        for (Commitment c : commitments) {
            Progress p = Progress.of(milestones.getOrDefault(c.getId(), List.of()), service.today());
            chart.row(c.getCode(), c.getCode() + " · " + c.getTitle(), p.percent().doubleValue());
            late += p.overdue() > 0 ? 1 : 0;
        }
        if (!commitments.isEmpty()) {
            chart.takeaway(charts.text("chart.plan.progress.takeaway", late, commitments.size()));
        }
        return chart.build();
    }

    Chart planCalendar(Long id) {
        ActionPlan plan = service.plan(id);
        List<Commitment> commitments = service.commitments(plan);
        Map<Long, List<Milestone>> milestones = service.milestonesByCommitment(commitments);
        Charts.Builder chart = charts.chart("plan-calendario", ChartKind.TIMELINE, charts.text("chart.plan.calendar"))
                .category(charts.text("chart.plan.commitment")).today(service.today());
        for (Commitment c : commitments) {
            Progress p = Progress.of(milestones.getOrDefault(c.getId(), List.of()), service.today());
            chart.item(c.getCode() + " · " + c.getTitle(), c.getStartDate(), c.getEndDate(), state(p));
        }
        return chart.build();
    }

    Chart commitmentProgress(Long id) {
        Commitment commitment = service.commitment(id);
        Progress p = service.progress(commitment);
        return charts.chart("compromiso-avance", ChartKind.RING, charts.text("chart.commitment.progress"))
                .category(charts.text("chart.commitment.milestones"))
                .series(charts.text("chart.commitment.complete"), charts.text("chart.commitment.all"))
                .row(charts.text("chart.commitment.completeOf"), p.complete(), p.milestones())
                .takeaway(p.milestones() == 0 ? null
                        : charts.text("chart.commitment.progress.takeaway", p.complete(), p.milestones(), p.percent(),
                                p.overdue()))
                .build();
    }

    Chart commitmentMilestones(Long id) {
        Commitment commitment = service.commitment(id);
        LocalDate today = service.today();
        Charts.Builder chart = charts.chart("compromiso-hitos", ChartKind.TIMELINE, charts.text("chart.commitment.timeline"))
                .category(charts.text("chart.commitment.milestone")).today(today);
        for (Milestone m : service.milestones(commitment)) {
            Charts.State state = m.isComplete() ? Charts.State.DONE
                    : m.isOverdue(today) ? Charts.State.LATE : Charts.State.PENDING;
            chart.item(m.getTitle(), m.getStartDate(), m.getEndDate(), state);
        }
        return chart.build();
    }

    Chart phases(String slug) {
        Exercise exercise = service.exercise(slug);
        LocalDate today = service.today();
        Map<Phase, LocalDate> dates = exercise.getPhases();
        List<Phase> dated = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            if (dates.get(phase) != null) {
                dated.add(phase);
            }
        }
        Charts.Builder chart = charts.chart("ejercicio-fases", ChartKind.TIMELINE, charts.text("chart.exercise.phases"))
                .category(charts.text("chart.exercise.phase")).today(today);
        for (int i = 0; i < dated.size(); i++) {
            LocalDate start = dates.get(dated.get(i));
            LocalDate end = i + 1 < dated.size() ? dates.get(dated.get(i + 1)).minusDays(1) : start;
            if (end.isBefore(start)) {
                end = start;
            }
            Charts.State state = end.isBefore(today) && i + 1 < dated.size() ? Charts.State.DONE : Charts.State.PENDING;
            chart.item(charts.text("phase." + dated.get(i)), start, end, state);
        }
        Phase current = exercise.phaseOn(today);
        if (current != null && !dated.isEmpty()) {
            chart.takeaway(charts.text("chart.exercise.phases.takeaway", charts.text("phase." + current)));
        }
        return chart.build();
    }

    private static Charts.State state(Progress p) {
        if (p.milestones() > 0 && p.complete() == p.milestones()) {
            return Charts.State.DONE;
        }
        return p.overdue() > 0 ? Charts.State.LATE : Charts.State.PENDING;
    }

    private static Long id(String key) {
        try {
            return Long.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public List<String> cardPaths() {
        return List.of("/planes/{id}", "/compromisos/{id}");
    }

    @Override
    public Optional<ShareCardFacts> card(String pattern, Map<String, String> variables) {
        Long id = id(variables.get("id"));
        if (id == null) {
            return Optional.empty();
        }
        if (pattern.startsWith("/planes")) {
            ActionPlan plan = service.plan(id);
            Exercise exercise = service.exerciseOf(plan);
            List<Commitment> commitments = service.commitments(plan);
            Map<Long, List<Milestone>> milestones = service.milestonesByCommitment(commitments);
            int all = 0;
            int done = 0;
            int late = 0;
            for (Commitment c : commitments) {
                Progress p = Progress.of(milestones.getOrDefault(c.getId(), List.of()), service.today());
                all += p.milestones();
                done += p.complete();
                late += p.overdue() > 0 ? 1 : 0;
            }
            return Optional.of(new ShareCardFacts(charts.text("card.plan.kicker", exercise.getName()), plan.getTitle(),
                    String.valueOf(commitments.size()), charts.text("card.plan.figure"),
                    charts.text("card.plan.sentence", done, all, late), all == 0 ? null : (double) done / all));
        }
        Commitment commitment = service.commitment(id);
        ActionPlan plan = service.plan(commitment.getPlanId());
        Progress p = service.progress(commitment);
        return Optional.of(new ShareCardFacts(charts.text("card.commitment.kicker", plan.getTitle()),
                commitment.getCode() + " · " + commitment.getTitle(),
                p.complete() + "/" + p.milestones(), charts.text("card.commitment.figure"),
                charts.text("card.commitment.sentence", p.overdue(),
                        charts.text("completion." + p.completion())),
                p.milestones() == 0 ? null : p.percent().doubleValue() / 100));
    }
}
