package org.apertura.national.web;

import java.util.List;
import java.util.Optional;
import org.apertura.national.NationalView;
import org.apertura.platform.chart.Chart;
import org.apertura.platform.chart.ChartKind;
import org.apertura.platform.chart.ChartSource;
import org.apertura.platform.chart.ChartView;
import org.apertura.platform.chart.Charts;
import org.springframework.stereotype.Component;

/** The national map ({@code /graficas/nacional/pais/ejercicios}): how many exercises each state's members publish. */
@Component
class NationalCharts implements ChartSource {

    static final String COUNTRY = "pais";

    private final NationalView view;
    private final Charts charts;

    NationalCharts(NationalView view, Charts charts) {
        this.view = view;
        this.charts = charts;
    }

    @Override
    public String source() {
        return "nacional";
    }

    @Override
    public List<String> names() {
        return List.of("ejercicios");
    }

    @Override
    public List<String> keys() {
        return List.of(COUNTRY);
    }

    @Override
    public String page(String key) {
        return "/nacional";
    }

    @Override
    public Optional<Chart> chart(String key, String name) {
        return COUNTRY.equals(key) && "ejercicios".equals(name) ? Optional.of(map(view.states())) : Optional.empty();
    }

    Optional<ChartView> mapView(List<NationalView.StateRow> states) {
        return states.isEmpty() ? Optional.empty()
                : Optional.of(ChartView.of(map(states), source(), COUNTRY, "ejercicios", page(COUNTRY)));
    }

    private Chart map(List<NationalView.StateRow> states) {
        Charts.Builder chart = charts.chart("nacional-mapa", ChartKind.MAP, charts.text("national.map.title"))
                .category(charts.text("national.state")).series(charts.text("national.exercises"));
        states.forEach(s -> chart.state(s.code(), s.exercises()));
        return chart.build();
    }
}
