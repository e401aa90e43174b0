package org.apertura.infographics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apertura.Apertura;
import org.apertura.platform.chart.Chart;
import org.apertura.platform.chart.ChartSource;
import org.apertura.platform.chart.ChartSvg;
import org.apertura.platform.chart.ChartTable;
import org.apertura.platform.chart.ShareCardFacts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (run with {@code mvn -q test-compile exec:java@benchmark-infographics}; it measures and prints, it is not
 * a test). Starts Apertura with its demo on PostgreSQL ({@code APERTURA_BENCH_DB_URL}, by default the {@code test}
 * database, which it wipes), then: every chart of the demo (every key and name of
 * every {@link ChartSource}) is built from the database and rendered (SVG for the page, standalone SVG, table, CSV)
 * {@code rounds} times; each chart's PNG is drawn once more without the cache; then 1,000 different share cards are
 * drawn. Prints p50/p95 per item against the goals (chart p95 ≤ 5 ms, card p95 ≤ 100 ms). Arguments: rounds, cards.
 */
public final class ChartBenchmark {

    private ChartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int cards = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        String url = System.getenv().getOrDefault("APERTURA_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/test");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Apertura.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.flyway.clean-disabled=false", "--apertura.test.clean-database=true",
                "--apertura.demo=true", "--logging.level.root=WARN", "--logging.level.org.apertura=WARN");
        try {
            run(app, rounds, cards);
        } finally {
            app.close();
        }
    }

    private static void run(ConfigurableApplicationContext app, int rounds, int cardCount) {
        List<Chart> charts = new ArrayList<>();
        List<Long> build = new ArrayList<>();
        for (ChartSource source : app.getBeansOfType(ChartSource.class).values()) {
            for (String key : source.keys()) {
                for (String name : source.names()) {
                    for (int i = 0; i < rounds; i++) {
                        long t = System.nanoTime();
                        Chart chart = source.chart(key, name).orElseThrow();
                        build.add(System.nanoTime() - t);
                        if (i == 0) {
                            charts.add(chart);
                        }
                    }
                }
            }
        }
        List<Long> render = new ArrayList<>();
        for (int i = 0; i < 2 * rounds; i++) {
            for (Chart chart : charts) {
                long t = System.nanoTime();
                ChartSvg.render(chart);
                ChartSvg.standalone(chart);
                ChartTable.of(chart);
                ChartTable.csv(chart);
                if (i >= rounds) {
                    render.add(System.nanoTime() - t); // the first rounds warm the JIT up
                }
            }
        }
        List<Long> png = new ArrayList<>();
        for (Chart chart : charts) {
            long t = System.nanoTime();
            ChartPng.draw(ChartSvg.standalone(chart));
            png.add(System.nanoTime() - t);
        }
        System.out.printf("Demo charts: %d (%d kinds of chart source), %d rounds%n", charts.size(),
                app.getBeansOfType(ChartSource.class).size(), rounds);
        report("Chart model from the database", build, null);
        report("Chart rendering (SVG, standalone SVG, table, CSV)", render, 5.0);
        report("Chart PNG (Batik, uncached)", png, null);

        List<Long> card = new ArrayList<>();
        Locale spanish = Locale.forLanguageTag("es-MX");
        for (int i = -50; i < cardCount; i++) {
            ShareCardFacts facts = new ShareCardFacts("Compromiso · Plan de Acción Local Durango 2025-2026",
                    "DGO-" + i + " · Contrataciones abiertas con datos en formato OCDS para todas las dependencias",
                    (i % 6) + "/5", "hitos cumplidos", "Hitos vencidos: " + (i % 3) + ". Cumplimiento: sustancial.",
                    (i % 101) / 100.0);
            long t = System.nanoTime();
            ShareCardImage.draw(facts, "apertura.example.org", spanish);
            if (i >= 0) {
                card.add(System.nanoTime() - t); // the first 50 (i < 0) warm the JIT up
            }
        }
        report("Share card (1200×630 PNG, uncached)", card, 100.0);
        ShareCards cards = app.getBean(ShareCards.class);
        ShareCardFacts facts = new ShareCardFacts("Plan", "Plan de Acción Local", "5", "compromisos", "Texto.", 0.4);
        cards.png(facts, spanish);
        List<Long> cached = new ArrayList<>();
        for (int i = 0; i < cardCount; i++) {
            long t = System.nanoTime();
            cards.png(facts, spanish);
            cached.add(System.nanoTime() - t);
        }
        report("Share card from the cache", cached, null);
    }

    private static void report(String what, List<Long> nanos, Double goal) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
        System.out.printf("%s: n=%d, p50 %.2f ms, p95 %.2f ms%s%n", what, sorted.size(), p50, p95,
                goal == null ? "" : String.format(" (goal p95 ≤ %.0f ms: %s)", goal, p95 <= goal ? "met" : "NOT met"));
    }
}
