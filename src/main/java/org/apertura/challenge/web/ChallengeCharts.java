package org.apertura.challenge.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.challenge.Challenge;
import org.apertura.challenge.ChallengeDetail;
import org.apertura.challenge.ChallengeService;
import org.apertura.platform.chart.Chart;
import org.apertura.platform.chart.ChartKind;
import org.apertura.platform.chart.ChartSource;
import org.apertura.platform.chart.ChartView;
import org.apertura.platform.chart.Charts;
import org.apertura.platform.chart.ShareCardFacts;
import org.apertura.platform.chart.ShareCardSource;
import org.springframework.stereotype.Component;

/**
 * A challenge's stages on a timeline with today marked ({@code /graficas/retos/{slug}/etapas}), its published scores
 * ({@code puntajes}; no data until the results are out), and its share card.
 */
@Component
class ChallengeCharts implements ChartSource, ShareCardSource {

    private final ChallengeService service;
    private final Charts charts;

    ChallengeCharts(ChallengeService service, Charts charts) {
        this.service = service;
        this.charts = charts;
    }

    @Override
    public String source() {
        return "retos";
    }

    @Override
    public List<String> names() {
        return List.of("etapas", "puntajes");
    }

    @Override
    public List<String> keys() {
        return service.challenges().stream().map(Challenge::getSlug).toList();
    }

    @Override
    public String page(String key) {
        return "/retos/" + key;
    }

    @Override
    public Optional<Chart> chart(String key, String name) {
        return switch (name) {
            case "etapas" -> Optional.of(stages(service.detail(key)));
            case "puntajes" -> Optional.of(scores(service.detail(key)));
            default -> Optional.empty();
        };
    }

    List<ChartView> views(ChallengeDetail detail) {
        String slug = detail.challenge().getSlug();
        return List.of(ChartView.of(stages(detail), source(), slug, "etapas", page(slug)),
                ChartView.of(scores(detail), source(), slug, "puntajes", page(slug)));
    }

    Chart stages(ChallengeDetail detail) {
        Challenge c = detail.challenge();
        LocalDate today = service.today();
        Charts.Builder chart = charts.chart("reto-etapas", ChartKind.TIMELINE, charts.text("chart.challenge.stages"))
                .category(charts.text("chart.challenge.stage")).today(today);
        item(chart, charts.text("challenge.field.registration"), c.getRegistrationOpens(), c.getRegistrationCloses(), today);
        item(chart, charts.text("challenge.field.submissions"), c.getSubmissionsOpen(), c.getSubmissionsClose(), today);
        if (c.getSubmissionsClose() != null && c.getResultsOn() != null) {
            item(chart, charts.text("challenge.phase.JUDGING"), c.getSubmissionsClose().plusDays(1), c.getResultsOn(), today);
        }
        chart.takeaway(charts.text("chart.challenge.stages.takeaway", charts.text("challenge.phase." + detail.phase()),
                detail.teams().size(), detail.submissions().size()));
        return chart.build();
    }

    private static void item(Charts.Builder chart, String label, LocalDate from, LocalDate to, LocalDate today) {
        if (from != null && to != null) {
            chart.item(label, from, to, to.isBefore(today) ? Charts.State.DONE : Charts.State.PENDING);
        }
    }

    Chart scores(ChallengeDetail detail) {
        Charts.Builder chart = charts.chart("reto-puntajes", ChartKind.BARS, charts.text("chart.challenge.scores"))
                .category(charts.text("chart.challenge.team")).series(charts.text("chart.challenge.score"));
        if (detail.challenge().isPublished()) {
            detail.submissions().stream().filter(s -> s.score() != null)
                    .sorted(Comparator.comparing(ChallengeDetail.SubmissionView::score).reversed())
                    .forEach(s -> chart.row(String.valueOf(s.submission().getId()), s.team(), s.score().doubleValue()));
        }
        return chart.build();
    }

    @Override
    public List<String> cardPaths() {
        return List.of("/retos/{slug}");
    }

    @Override
    public Optional<ShareCardFacts> card(String pattern, Map<String, String> variables) {
        ChallengeDetail detail = service.detail(variables.get("slug"));
        return Optional.of(new ShareCardFacts(charts.text("card.challenge.kicker"), detail.challenge().getTitle(),
                String.valueOf(detail.teams().size()), charts.text("card.challenge.figure"),
                charts.text("chart.challenge.stages.takeaway", charts.text("challenge.phase." + detail.phase()),
                        detail.teams().size(), detail.submissions().size()), null));
    }
}
