package org.apertura.participation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.ParticipationService;
import org.apertura.platform.chart.Chart;
import org.apertura.platform.chart.ChartKind;
import org.apertura.platform.chart.ChartSource;
import org.apertura.platform.chart.ChartView;
import org.apertura.platform.chart.Charts;
import org.springframework.stereotype.Component;

/**
 * The published votes of a participatory budget, per project and channel ({@code /graficas/presupuestos-participativos
 * /{slug}/resultados}): the same numbers as the results table, its CSV and the ledger.
 */
@Component
class BallotCharts implements ChartSource {

    private final ParticipationService service;
    private final Charts charts;

    BallotCharts(ParticipationService service, Charts charts) {
        this.service = service;
        this.charts = charts;
    }

    @Override
    public String source() {
        return "presupuestos-participativos";
    }

    @Override
    public List<String> names() {
        return List.of("resultados");
    }

    @Override
    public List<String> keys() {
        return service.processes().stream().filter(BudgetProcess::isPublished).map(BudgetProcess::getSlug).toList();
    }

    @Override
    public String page(String key) {
        return ProcessPages.BASE + "/" + key + "/resultados";
    }

    @Override
    public Optional<Chart> chart(String key, String name) {
        if (!"resultados".equals(name)) {
            return Optional.empty();
        }
        try {
            BudgetProcess process = service.process(key);
            return process.isPublished() ? Optional.of(votes(process, service.results(process))) : Optional.empty();
        } catch (org.apertura.platform.NotFoundException e) {
            return Optional.empty();
        }
    }

    ChartView view(BudgetProcess process, List<ParticipationService.ResultLine> lines) {
        return ChartView.of(votes(process, lines), source(), process.getSlug(), "resultados", page(process.getSlug()));
    }

    Chart votes(BudgetProcess process, List<ParticipationService.ResultLine> lines) {
        Charts.Builder chart = charts.chart("presupuesto-votos", ChartKind.STACKED,
                charts.text("chart.pb.votes")).category(charts.text("chart.pb.project"))
                .series(charts.text("intake.channel.ONLINE"), charts.text("intake.channel.IN_PERSON"),
                        charts.text("intake.channel.REMOTE"));
        BigDecimal funded = BigDecimal.ZERO;
        int count = 0;
        for (ParticipationService.ResultLine line : lines) {
            String label = charts.text(line.funded() ? "chart.pb.row.funded" : "chart.pb.row", line.project().getNumber(),
                    line.project().getTitle());
            chart.row(String.valueOf(line.project().getNumber()), label, line.online(), line.inPerson(), line.remote());
            if (line.funded()) {
                funded = funded.add(line.project().getCost());
                count++;
            }
        }
        if (!lines.isEmpty()) {
            chart.takeaway(charts.text("chart.pb.takeaway", count, funded, process.getAmount()));
        }
        return chart.build();
    }
}
