package org.apertura.accessinfo.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.accessinfo.Outcome;
import org.apertura.accessinfo.RequestFigures;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.Texts;
import org.apertura.platform.chart.Chart;
import org.apertura.platform.chart.ChartKind;
import org.apertura.platform.chart.ChartSource;
import org.apertura.platform.chart.ChartView;
import org.apertura.platform.chart.Charts;
import org.apertura.platform.chart.ShareCardFacts;
import org.apertura.platform.chart.ShareCardSource;
import org.springframework.stereotype.Component;

/**
 * The charts of the request figures (all requests, or one jurisdiction's: key {@code todas} or its slug): how they
 * ended, each institution's answers on time, late and pending, the median business days to answer, how appeals were
 * resolved, and requests by state on the map of Mexico. The figures page's share card says how many were answered on
 * time.
 */
@Component
class RequestCharts implements ChartSource, ShareCardSource {

    static final String ALL = "todas";
    static final List<String> NAMES = List.of("resultados", "instituciones", "dias", "recursos", "mapa");

    private final AccessRequestService service;
    private final JurisdictionService jurisdictions;
    private final Charts charts;

    RequestCharts(AccessRequestService service, JurisdictionService jurisdictions, Charts charts) {
        this.service = service;
        this.jurisdictions = jurisdictions;
        this.charts = charts;
    }

    @Override
    public String source() {
        return "solicitudes";
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    @Override
    public List<String> keys() {
        List<String> keys = new java.util.ArrayList<>(List.of(ALL));
        service.figures(null).jurisdictions().forEach(f -> keys.add(f.group()));
        return keys;
    }

    @Override
    public String page(String key) {
        return ALL.equals(key) ? "/solicitudes/cifras" : "/solicitudes/cifras?jurisdiccion=" + key;
    }

    @Override
    public Optional<Chart> chart(String key, String name) {
        if (!NAMES.contains(name) || (!ALL.equals(key) && jurisdictions.find(key).isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(build(service.figures(ALL.equals(key) ? null : key), name));
    }

    /** The figures page's charts, from the figures it shows. */
    List<ChartView> views(String jurisdiction, AccessRequestService.Figures figures) {
        String key = Texts.isBlank(jurisdiction) ? ALL : jurisdiction;
        return NAMES.stream().map(name -> ChartView.of(build(figures, name), source(), key, name, page(key))).toList();
    }

    private Chart build(AccessRequestService.Figures figures, String name) {
        RequestFigures total = figures.total();
        Map<String, String> names = new HashMap<>();
        service.institutions().forEach(i -> names.put(i.getSlug(), i.getName()));
        String institution = charts.text("chart.requests.institution");
        return switch (name) {
            case "resultados" -> {
                Charts.Builder chart = charts.chart("solicitudes-resultados", ChartKind.BARS,
                        charts.text("chart.requests.outcomes")).category(charts.text("accessinfo.outcome"))
                        .series(charts.text("chart.requests.count"));
                for (Outcome o : Outcome.values()) {
                    if (total.outcomes().getOrDefault(o, 0L) > 0) {
                        chart.row(o.name(), charts.text("accessinfo.outcome." + o), total.outcomes().get(o));
                    }
                }
                yield chart.build();
            }
            case "instituciones" -> {
                Charts.Builder chart = charts.chart("solicitudes-instituciones", ChartKind.STACKED,
                        charts.text("chart.requests.institutions")).category(institution)
                        .series(charts.text("chart.requests.onTime"), charts.text("chart.requests.late"),
                                charts.text("chart.requests.open"), charts.text("chart.requests.other"));
                figures.institutions().stream().sorted(Comparator.comparingLong(RequestFigures::received).reversed())
                        .forEach(f -> chart.row(f.group(), names.getOrDefault(f.group(), f.group()), f.answeredOnTime(),
                                f.answered() - f.answeredOnTime(), f.open(),
                                Math.max(0, f.received() - f.answered() - f.open())));
                if (total.received() > 0) {
                    chart.takeaway(charts.text("chart.requests.institutions.takeaway", total.answeredOnTime(),
                            total.received()));
                }
                yield chart.build();
            }
            case "dias" -> {
                Charts.Builder chart = charts.chart("solicitudes-dias", ChartKind.BARS, charts.text("chart.requests.days"))
                        .unit(Charts.Unit.DAYS).category(institution).series(charts.text("accessinfo.figures.median"));
                figures.institutions().stream().filter(f -> f.medianDaysToAnswer() != null)
                        .sorted(Comparator.comparing(RequestFigures::medianDaysToAnswer).reversed())
                        .forEach(f -> chart.row(f.group(), names.getOrDefault(f.group(), f.group()),
                                f.medianDaysToAnswer().doubleValue()));
                yield chart.build();
            }
            case "recursos" -> {
                Charts.Builder chart = charts.chart("solicitudes-recursos", ChartKind.BARS,
                        charts.text("chart.requests.appeals")).category(charts.text("chart.requests.resolution"))
                        .series(charts.text("chart.requests.appealCount"));
                total.appealResolutions().forEach((r, count) -> {
                    if (count > 0) {
                        chart.row(r, charts.text("appeal.resolution." + r), count);
                    }
                });
                if (total.appealsOpen() > 0) {
                    chart.row("open", charts.text("chart.requests.appealsOpen"), total.appealsOpen());
                }
                yield chart.build();
            }
            default -> {
                Charts.Builder chart = charts.chart("solicitudes-mapa", ChartKind.MAP, charts.text("chart.requests.map"))
                        .category(charts.text("chart.requests.state")).series(charts.text("chart.requests.count"));
                Map<String, Long> byState = new java.util.TreeMap<>();
                for (RequestFigures f : figures.jurisdictions()) {
                    jurisdictions.find(f.group()).map(RequestCharts::stateCode)
                            .ifPresent(code -> byState.merge(code, f.received(), Long::sum));
                }
                byState.forEach((code, count) -> chart.state(code, count));
                yield chart.build();
            }
        };
    }

    /**
     * The INEGI code of the state a jurisdiction is in: the first two digits of its own code (a state has two, a
     * municipality five); null for the federation or a jurisdiction without a code.
     */
    static String stateCode(Jurisdiction jurisdiction) {
        String code = jurisdiction.getInegiCode();
        if (code != null && code.length() >= 2 && code.substring(0, 2).matches("\\d\\d") && !code.startsWith("00")) {
            return code.substring(0, 2);
        }
        return null;
    }

    @Override
    public List<String> cardPaths() {
        return List.of("/solicitudes/cifras");
    }

    @Override
    public Optional<ShareCardFacts> card(String pattern, Map<String, String> variables) {
        RequestFigures total = service.figures(null).total();
        return Optional.of(new ShareCardFacts(charts.text("card.requests.kicker"), charts.text("accessinfo.figures.title"),
                String.valueOf(total.received()), charts.text("card.requests.figure"),
                charts.text("card.requests.sentence", total.answeredOnTime(), total.answered(),
                        total.medianDaysToAnswer() == null ? "—" : total.medianDaysToAnswer().toPlainString()),
                total.answered() == 0 ? null : (double) total.answeredOnTime() / total.answered()));
    }
}
