package org.apertura.plainlanguage;

import java.nio.charset.StandardCharsets;

/**
 * Throughput of the whole analysis (counts, indices, hints) on one core, in MB of UTF-8 Spanish text
 * per second. A benchmark, not a test: it measures and prints. Run it with
 * {@code mvn -q test-compile exec:java@benchmark-plain-language} (see the README).
 */
public final class PlainLanguageBenchmark {

    private static final String PARAGRAPH = """
            La Secretaría de Finanzas y de Administración del Estado de Durango, en virtud de lo dispuesto por el \
            Art. 5 de la ley, realizará la revisión del padrón de proveedores. El plan fue aprobado por el Secretariado \
            Técnico Local el 12 de marzo de 2025, con un presupuesto de 2,500,000.00 pesos. ¿Quién vigila que se cumpla? \
            La ciudadanía, las organizaciones de la sociedad civil y el IDAIP. Se publicaron los resultados en la PNT; \
            hoy es un lindo día para leerlos. Los compromisos deben ser concretos, medibles y de un año: cada hito tiene \
            una fecha, una persona responsable y una evidencia pública que cualquiera puede revisar.

            """;

    private PlainLanguageBenchmark() {
    }

    public static void main(String[] args) {
        int targetBytes = args.length > 0 ? Integer.parseInt(args[0]) : 4_000_000;
        StringBuilder corpus = new StringBuilder();
        int n = 0;
        while (corpus.length() < targetBytes) {
            corpus.append(PARAGRAPH.replace("2025", Integer.toString(2000 + n % 50)));
            n++;
        }
        String text = corpus.toString();
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1_000_000.0;
        System.out.printf("Plain-language analysis benchmark: %.2f MB of Spanish text per run, one thread%n", megabytes);
        for (int i = 0; i < 3; i++) {
            run(text);
        }
        int runs = 5;
        double best = 0;
        double total = 0;
        for (int i = 1; i <= runs; i++) {
            long start = System.nanoTime();
            Analysis analysis = run(text);
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = megabytes / seconds;
            best = Math.max(best, rate);
            total += rate;
            System.out.printf("  run %d: %.3f s, %.2f MB/s (%d words, %d hints)%n", i, seconds, rate,
                    analysis.readability().words(), analysis.hints().size());
        }
        System.out.printf("Throughput: mean %.2f MB/s, best %.2f MB/s per core (goal: at least 1 MB/s)%n",
                total / runs, best);
    }

    private static Analysis run(String text) {
        return PlainLanguageService.analyseUnchecked(text);
    }
}
