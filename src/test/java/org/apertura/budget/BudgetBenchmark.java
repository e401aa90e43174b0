package org.apertura.budget;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apertura.Apertura;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark (run with {@code mvn -q test-compile exec:java@benchmark-budget}; it measures and prints, it is not a
 * test). It wipes the database it uses (APERTURA_BENCH_DB_URL, by default the {@code test} database), imports one
 * large state's year (1,000,000 budget lines, one CSV file, through the same import a budget office uses) into
 * PostgreSQL, then runs 500 explorer aggregations (totals by programme, chapter, function or source, half of them
 * filtered) and prints lines per second and the aggregations' p50/p95 against the goals (≥ 20,000 lines/s; p95 ≤
 * 100 ms). Arguments: lines, aggregations.
 */
public final class BudgetBenchmark {

    private BudgetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String url = System.getenv().getOrDefault("APERTURA_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/test");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Apertura.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.flyway.clean-disabled=false",
                "--apertura.test.clean-database=true", "--apertura.demo=true", "--logging.level.root=WARN",
                "--logging.level.org.apertura=WARN");
        try {
            run(app, lines, queries);
        } finally {
            app.close();
        }
    }

    private static void run(ConfigurableApplicationContext app, int lines, int queries) {
        BudgetImports imports = app.getBean(BudgetImports.class);
        BudgetExplorer explorer = app.getBean(BudgetExplorer.class);
        byte[] file = file(lines);
        System.out.printf("File: %,d lines, %,d MB%n", lines, file.length / 1_000_000);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench",
                null, List.of(new SimpleGrantedAuthority(Authority.of(Role.BUDGET, "poder-ejecutivo-durango").value()))));
        long start = System.nanoTime();
        BudgetSnapshot snapshot = imports.importFile(new BudgetImports.ImportRequest("poder-ejecutivo-durango", 2024, Period.ofQuarter(4),
                BudgetKind.EXPENDITURE, "benchmark.csv", file, null));
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = lines / seconds;
        System.out.printf("Import: %,d lines in %.1f s = %,.0f lines/s (goal ≥ 20,000: %s)%n", snapshot.getLineCount(),
                seconds, perSecond, perSecond >= 20_000 ? "met" : "NOT met");

        Random random = new Random(7);
        Dimension[] dimensions = Dimension.values();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            Dimension by = dimensions[random.nextInt(dimensions.length)];
            Filter filter = Filter.NONE;
            if (i % 2 == 1) {
                filter = switch (random.nextInt(3)) {
                    case 0 -> Filter.of(Dimension.CHAPTER, (1 + random.nextInt(9)) + "000");
                    case 1 -> Filter.of(Dimension.PROGRAMME, programme(random.nextInt(PROGRAMMES)));
                    default -> Filter.of(Dimension.SOURCE, SOURCES[random.nextInt(SOURCES.length)]);
                };
            }
            long t = System.nanoTime();
            explorer.totalsBy(snapshot.getId(), by, filter, "poder-ejecutivo-durango");
            times.add(System.nanoTime() - t);
        }
        Collections.sort(times);
        double p50 = times.get(times.size() / 2) / 1e6;
        double p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e6;
        System.out.printf("Aggregations: %d, p50 %.1f ms, p95 %.1f ms (goal p95 ≤ 100 ms: %s)%n", queries, p50, p95,
                p95 <= 100 ? "met" : "NOT met");
    }

    private static final int PROGRAMMES = 400;
    private static final String[] SOURCES = {"11", "12", "14", "15", "16", "25", "26", "27"};
    private static final String[] PARTIDAS = {"11301", "12101", "13201", "14101", "15401", "21101", "22101", "26101",
            "29101", "31101", "33601", "35101", "37501", "39201", "41501", "43901", "44101", "51501", "54101", "56501",
            "61201", "61501", "62201", "79901", "81101", "83301", "85101", "92101", "99101"};
    private static final String[] FUNCTIONS = {"1.3.2", "1.5.2", "1.7.1", "2.2.1", "2.2.4", "2.3.1", "2.5.1", "2.5.2",
            "2.6.8", "3.2.1", "3.5.1", "4.1.1", "4.2.1"};

    private static String programme(int i) {
        return "EKSMPU".charAt(i % 6) + "-" + String.format("%03d", i % 1000);
    }

    /** A large state's year: lines spread over programmes, partidas, functions, sources and municipalities. */
    private static byte[] file(int lines) {
        StringBuilder csv = new StringBuilder(lines * 130);
        csv.append("UR,PROGRAMA,NOMBRE_PROGRAMA,PARTIDA,TIPO_GASTO,FUNCION,FUENTE,GEOGRAFICA,APROBADO,AMPLIACIONES,"
                + "REDUCCIONES,MODIFICADO,COMPROMETIDO,DEVENGADO,EJERCIDO,PAGADO\n");
        Random random = new Random(11);
        for (int i = 0; i < lines; i++) {
            int p = random.nextInt(PROGRAMMES);
            String partida = PARTIDAS[random.nextInt(PARTIDAS.length)];
            String type = partida.charAt(0) == '5' || partida.charAt(0) == '6' ? "2" : partida.charAt(0) == '9' ? "3" : "1";
            long approved = 10_000 + random.nextInt(5_000_000);
            long expansions = i % 2 == 0 ? approved / 20 : 0;
            long reductions = i % 3 == 0 ? approved / 50 : 0;
            long modified = approved + expansions - reductions;
            long committed = modified * 9 / 10;
            long accrued = committed * 9 / 10;
            long exercised = accrued * 95 / 100;
            long paid = exercised * 95 / 100;
            csv.append(100 + p % 50).append(',').append(programme(p)).append(",Programa ").append(p).append(',')
                    .append(partida).append(',').append(type).append(',').append(FUNCTIONS[p % FUNCTIONS.length]).append(',')
                    .append(SOURCES[random.nextInt(SOURCES.length)]).append(",10").append(String.format("%03d", 1 + random.nextInt(39)))
                    .append(',').append(BigDecimal.valueOf(approved, 0).toPlainString()).append(".50,").append(expansions)
                    .append(',').append(reductions).append(',').append(modified).append(".50,").append(committed).append(',')
                    .append(accrued).append(',').append(exercised).append(',').append(paid).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
