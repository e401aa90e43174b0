package org.apertura.cocreation.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.cocreation.Call;
import org.apertura.platform.intake.Channel;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Disposition;
import org.apertura.cocreation.Proposal;
import org.apertura.platform.chart.Chart;
import org.apertura.platform.chart.ChartKind;
import org.apertura.platform.chart.ChartSource;
import org.apertura.platform.chart.ChartView;
import org.apertura.platform.chart.Charts;
import org.apertura.platform.chart.ShareCardFacts;
import org.apertura.platform.chart.ShareCardSource;
import org.springframework.stereotype.Component;

/**
 * A call's proposals by channel and by the answer they got ({@code /graficas/convocatorias/{slug}/propuestas}), and
 * the call's share card.
 */
@Component
class CallCharts implements ChartSource, ShareCardSource {

    private final CocreationService service;
    private final Charts charts;

    CallCharts(CocreationService service, Charts charts) {
        this.service = service;
        this.charts = charts;
    }

    @Override
    public String source() {
        return "convocatorias";
    }

    @Override
    public List<String> names() {
        return List.of("propuestas");
    }

    @Override
    public List<String> keys() {
        return service.calls().stream().map(Call::getSlug).toList();
    }

    @Override
    public String page(String key) {
        return "/convocatorias/" + key;
    }

    @Override
    public Optional<Chart> chart(String key, String name) {
        if (!"propuestas".equals(name)) {
            return Optional.empty();
        }
        Call call = service.call(key);
        return Optional.of(proposals(service.proposals(call)));
    }

    ChartView view(Call call, List<Proposal> all) {
        return ChartView.of(proposals(all), source(), call.getSlug(), "propuestas", page(call.getSlug()));
    }

    Chart proposals(List<Proposal> all) {
        Disposition[] dispositions = Disposition.values();
        String[] series = new String[dispositions.length + 1];
        for (int i = 0; i < dispositions.length; i++) {
            series[i] = charts.text("cocreation.disposition." + dispositions[i]);
        }
        series[dispositions.length] = charts.text("chart.call.pending");
        Charts.Builder chart = charts.chart("convocatoria-propuestas", ChartKind.STACKED, charts.text("chart.call.proposals"))
                .category(charts.text("chart.call.channel")).series(series);
        for (Channel channel : Channel.values()) {
            double[] values = new double[series.length];
            long count = 0;
            for (Proposal p : all) {
                if (p.getChannel() == channel) {
                    count++;
                    values[p.getDisposition() == null ? dispositions.length : p.getDisposition().ordinal()]++;
                }
            }
            if (count > 0) {
                chart.row(channel.name(), charts.text("intake.channel." + channel), values);
            }
        }
        long answered = all.stream().filter(Proposal::hasDisposition).count();
        if (!all.isEmpty()) {
            chart.takeaway(charts.text("chart.call.takeaway", all.size(), answered));
        }
        return chart.build();
    }

    @Override
    public List<String> cardPaths() {
        return List.of("/convocatorias/{slug}");
    }

    @Override
    public Optional<ShareCardFacts> card(String pattern, Map<String, String> variables) {
        Call call = service.call(variables.get("slug"));
        List<Proposal> all = service.proposals(call);
        long answered = all.stream().filter(Proposal::hasDisposition).count();
        return Optional.of(new ShareCardFacts(charts.text("card.call.kicker"), call.getTitle(),
                String.valueOf(all.size()), charts.text("card.call.figure"),
                charts.text("chart.call.takeaway", all.size(), answered),
                all.isEmpty() ? null : (double) answered / all.size()));
    }
}
