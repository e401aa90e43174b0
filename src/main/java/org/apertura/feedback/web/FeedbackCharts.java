package org.apertura.feedback.web;

import java.util.List;
import java.util.Optional;
import org.apertura.feedback.Feedback;
import org.apertura.feedback.FeedbackFigures;
import org.apertura.feedback.FeedbackService;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.chart.Chart;
import org.apertura.platform.chart.ChartKind;
import org.apertura.platform.chart.ChartSource;
import org.apertura.platform.chart.ChartView;
import org.apertura.platform.chart.Charts;
import org.springframework.stereotype.Component;

/**
 * The feedback figures of all institutions in charts ({@code /graficas/opiniones/todas/utilidad|respuestas}): whether
 * people found the information useful, and how many comments were answered.
 */
@Component
class FeedbackCharts implements ChartSource {

    static final String ALL = "todas";
    private final FeedbackService service;
    private final JurisdictionService jurisdictions;
    private final Charts charts;

    FeedbackCharts(FeedbackService service, JurisdictionService jurisdictions, Charts charts) {
        this.service = service;
        this.jurisdictions = jurisdictions;
        this.charts = charts;
    }

    @Override
    public String source() {
        return "opiniones";
    }

    @Override
    public List<String> names() {
        return List.of("utilidad", "respuestas");
    }

    @Override
    public List<String> keys() {
        return List.of(ALL);
    }

    @Override
    public String page(String key) {
        return "/opiniones";
    }

    @Override
    public Optional<Chart> chart(String key, String name) {
        if (!ALL.equals(key)) {
            return Optional.empty();
        }
        List<Feedback> all = service.all(FeedbackService.Filter.ALL);
        return switch (name) {
            case "utilidad" -> Optional.of(usefulness(all));
            case "respuestas" -> Optional.of(answers(all));
            default -> Optional.empty();
        };
    }

    List<ChartView> views() {
        List<Feedback> all = service.all(FeedbackService.Filter.ALL);
        return List.of(ChartView.of(usefulness(all), source(), ALL, "utilidad", page(ALL)),
                ChartView.of(answers(all), source(), ALL, "respuestas", page(ALL)));
    }

    Chart usefulness(List<Feedback> all) {
        Charts.Builder chart = charts.chart("opiniones-utilidad", ChartKind.STACKED, charts.text("chart.feedback.useful"))
                .category(charts.text("feedback.institution"))
                .series(charts.text("chart.feedback.yes"), charts.text("chart.feedback.no"));
        for (FeedbackService.Group g : FeedbackService.groups(all, Feedback::getInstitutionSlug, false)) {
            FeedbackFigures f = g.figures();
            String label = g.key() == null ? charts.text("feedback.noInstitution") : name(g.key());
            chart.row(g.key() == null ? "-" : g.key(), label, f.useful(), f.received() - f.useful());
        }
        FeedbackFigures total = FeedbackService.figures(all);
        if (total.received() > 0) {
            chart.takeaway(charts.text("chart.feedback.useful.takeaway", total.useful(), total.received()));
        }
        return chart.build();
    }

    Chart answers(List<Feedback> all) {
        FeedbackFigures total = FeedbackService.figures(all);
        Charts.Builder chart = charts.chart("opiniones-respuestas", ChartKind.RING, charts.text("chart.feedback.answers"))
                .category(charts.text("chart.feedback.comments"))
                .series(charts.text("chart.feedback.answered"), charts.text("chart.feedback.commentsAll"));
        if (total.comments() > 0) {
            chart.row(charts.text("chart.feedback.answeredOf"), total.answered(), total.comments());
        }
        return chart.build();
    }

    private String name(String slug) {
        try {
            return jurisdictions.institution(slug).getName();
        } catch (NotFoundException gone) {
            return slug;
        }
    }
}
