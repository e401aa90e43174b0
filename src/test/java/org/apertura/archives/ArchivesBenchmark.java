package org.apertura.archives;

import java.io.OutputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apertura.Apertura;
import org.apertura.platform.security.Role;
import org.apertura.platform.time.Today;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The archives at scale, on PostgreSQL: a benchmark institution whose approved catalog has {@code series} series (500
 * by default, in sections of 50, generated), its fonds grown to {@code files} case files (2,000,000 by default, the
 * issue's figure) spread over 15 years and every stage. Prints the p50/p95 latency of the due list (what
 * is due for transfer or destino final across the institution, through {@link CaseFiles#due}), the hold check of a
 * 10,000-file baja ({@link Holds#check}, as proposal and execution run it), and the time of the inventario general as
 * CSV and of the EAD3 export of the whole fonds, against the goals (due list p95 ≤ 200 ms; the hold check
 * ≤ 2 s). A benchmark, not a test. It wipes the database it uses (APERTURA_BENCH_DB_URL, required: there is no
 * default). Run it with {@code mvn -q test-compile exec:java@benchmark-archives} (see the README); arguments: files,
 * series, due-list queries.
 */
public final class ArchivesBenchmark {

    private ArchivesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int seriesCount = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String url = System.getenv("APERTURA_BENCH_DB_URL");
        if (url == null || url.isBlank()) {
            // it wipes the database it runs on: never a shared one by default
            System.err.println("Set APERTURA_BENCH_DB_URL to a PostgreSQL database of your own (it is wiped), e.g. "
                    + "jdbc:postgresql://localhost:5432/archbench");
            System.exit(2);
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Apertura.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.flyway.clean-disabled=false",
                "--apertura.test.clean-database=true", "--apertura.demo=true", "--logging.level.root=WARN",
                "--logging.level.org.apertura=WARN",
                "--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true");
        try {
            run(app, count, seriesCount, queries);
        } finally {
            app.close();
        }
    }

    /** The benchmark institution: its fonds BEN, sections of 50 series each, vigencias and destinos that vary. */
    static final String SLUG = "archivo-benchmark";

    static String catalog(int seriesCount) {
        StringBuilder csv = new StringBuilder("Nivel,Código,Nombre,Unidad productora,Atribución,Valor documental,"
                + "Años de trámite,Años de concentración,Total,Técnica de selección,Clasificación,Datos personales,"
                + "Observaciones\nFondo,BEN,Institución de prueba,,,,,,,,,,\n");
        String[] destinations = {"Baja", "Baja", "Conservación", "Muestreo"};
        for (int i = 0; i < seriesCount; i++) {
            int section = i / 50 + 1;
            if (i % 50 == 0) {
                csv.append("Sección,BEN.").append(section).append("C,Función ").append(section).append(",,,,,,,,,,\n");
            }
            int active = 1 + i % 5;
            int semi = 1 + i % 10;
            csv.append("Serie,BEN.").append(section).append("C.").append(i % 50 + 1).append(",Serie ").append(i + 1)
                    .append(",Unidad ").append(i % 40 + 1).append(",Reglamento interior art. ").append(i % 90 + 1)
                    .append(",A,").append(active).append(',').append(semi).append(',').append(active + semi)
                    .append(',').append(destinations[i % 4]).append(',').append(i % 25 == 0 ? "Reservada" : "Pública")
                    .append(",No,\n");
        }
        return csv.toString();
    }

    private static void run(ConfigurableApplicationContext app, int count, int seriesCount, int queries)
            throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        CaseFiles files = app.getBean(CaseFiles.class);
        Holds holds = app.getBean(Holds.class);
        ArchivalDescriptions descriptions = app.getBean(ArchivalDescriptions.class);
        Instruments instruments = app.getBean(Instruments.class);
        LocalDate today = app.getBean(Today.class).date();
        String slug = SLUG;
        org.apertura.platform.security.SystemActor.run(() -> app.getBean(
                org.apertura.jurisdiction.JurisdictionService.class).createInstitution(
                        new org.apertura.jurisdiction.InstitutionDraft(SLUG, "Institución de prueba del benchmark",
                                null, "durango", org.apertura.jurisdiction.Branch.EXECUTIVE, false, null, null)));
        Instrument draft = ArchivesTesting.as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug,
                "catalogo.csv", ArchivesTesting.bytes(catalog(seriesCount))));
        ArchivesTesting.as(Role.ARCHIVIST, slug, () -> app.getBean(ValuationSheets.class).importFile(slug,
                draft.getNumber(), ArchivesTesting.bytes(ArchivesDemo.fichasOf(instruments.nodes(draft)))));
        ArchivesTesting.as(Role.COORDINATING_ARCHIVIST, slug, () -> instruments.approve(slug, draft.getNumber(),
                "GI-BENCH", today, "Coordinación de archivos\nÓrgano Interno de Control"));
        List<ClassificationNode> series = instruments.nodes(instruments.inForce(slug).orElseThrow()).stream()
                .filter(ClassificationNode::hasDisposition).toList();

        long started = System.nanoTime();
        Random random = new Random(16);
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            ClassificationNode n = series.get(i % series.size());
            LocalDate opened = today.minusDays(30 + random.nextInt(15 * 365));
            boolean closed = random.nextInt(10) > 0;
            LocalDate closedOn = closed ? opened.plusDays(1 + random.nextInt(200)) : null;
            if (closedOn != null && closedOn.isAfter(today)) {
                closedOn = today;
            }
            LocalDate transferDue = closedOn == null ? null : Retention.transferDue(closedOn, n.getYearsActive());
            LocalDate disposalDue = closedOn == null ? null
                    : Retention.disposalDue(closedOn, n.getYearsActive(), n.getYearsSemiactive());
            String stage = closedOn == null || transferDue.isAfter(today) || random.nextInt(4) == 0 ? "TRAMITE"
                    : disposalDue.isAfter(today) || random.nextInt(3) == 0 ? "CONCENTRACION"
                    : n.getDestination() == Destination.CONSERVACION ? "HISTORICO" : "CONCENTRACION";
            rows.add(new Object[] {slug, n.getId(), n.getCode(), n.getCode() + "/B" + i, "Expediente de prueba " + i,
                n.getProducingUnit() == null ? "Unidad" : n.getProducingUnit(), n.getClassification().name(),
                stage, Date.valueOf(opened), closedOn == null ? null : Date.valueOf(closedOn),
                closedOn == null ? null : Date.valueOf(opened), closedOn == null ? null : Date.valueOf(closedOn),
                closedOn == null ? 1 + random.nextInt(5) : 1 + random.nextInt(40),
                transferDue == null ? null : Date.valueOf(transferDue),
                disposalDue == null ? null : Date.valueOf(disposalDue), now});
            if (rows.size() == 5_000 || i == count - 1) {
                jdbc.batchUpdate("INSERT INTO archives_file (institution_slug, node_id, series_code, reference, title, "
                        + "unit, classification, stage, opened_on, closed_on, earliest_on, latest_on, document_count, "
                        + "transfer_due_on, disposal_due_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?)", rows);
                rows.clear();
            }
        }
        jdbc.execute("ANALYZE archives_file");
        System.out.printf("Archives benchmark: %,d case files over %d series loaded in %.1f s%n", count,
                series.size(), (System.nanoTime() - started) / 1e9);

        // the due list, as the archive's desk asks for it (200 of each kind)
        long[] due = new long[queries];
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            files.due(slug, today, InstrumentPagesShown.DUE);
            due[i] = System.nanoTime() - t;
        }
        Arrays.sort(due);
        double p95 = due[(int) Math.ceil(queries * 0.95) - 1] / 1e6;
        System.out.printf("Due list (transfers and destinos finales due, %d queries): p50 %.1f ms, p95 %.1f ms "
                + "(goal p95 <= 200 ms: %s)%n", queries, due[queries / 2] / 1e6, p95, p95 <= 200 ? "met" : "NOT met");

        // the hold check of a 10,000-file baja: files in concentración, a few held by hand
        List<Long> ids = jdbc.queryForList("SELECT id FROM archives_file WHERE institution_slug = ? AND stage = "
                + "'CONCENTRACION' ORDER BY id LIMIT 10000", Long.class, slug);
        for (int i = 0; i < ids.size(); i += 500) {
            jdbc.update("INSERT INTO archives_hold (file_id, kind, reason, placed_on, review_on) VALUES (?, "
                    + "'LITIGATION', 'Juicio de prueba', ?, ?)", ids.get(i), Date.valueOf(today),
                    Date.valueOf(today.plusYears(Hold.REVIEW_YEARS)));
        }
        long loadStarted = System.nanoTime();
        Map<Long, CaseFile> byId = files.byIds(ids);
        List<CaseFile> list = ids.stream().map(byId::get).toList();
        long loaded = System.nanoTime() - loadStarted;
        long checkStarted = System.nanoTime();
        List<HeldFile> held = ArchivesTesting.as(Role.ARCHIVIST, slug, () -> holds.check(list, today));
        double check = (System.nanoTime() - checkStarted) / 1e9;
        System.out.printf("Hold check of a %,d-file baja: %.2f s (+ %.2f s loading the files), %,d holds found "
                + "(goal <= 2 s: %s)%n", list.size(), check, loaded / 1e9, held.size(), check <= 2 ? "met" : "NOT met");

        // the inventario general as CSV and the EAD3 export of the fonds, written to a counting sink
        Counting csv = new Counting();
        long csvStarted = System.nanoTime();
        long[] lines = {0};
        files.inventory(slug, l -> {
            lines[0]++;
            csv.count += org.apertura.platform.web.CsvExport.line(Arrays.asList(l.reference(), l.seriesCode(),
                    l.title(), l.unit(), l.openedOn(), l.closedOn(), l.documents(), l.stage().name(), l.location()))
                    .length();
        });
        System.out.printf("Inventario general as CSV: %,d lines, %.1f MB in %.2f s%n", lines[0], csv.count / 1e6,
                (System.nanoTime() - csvStarted) / 1e9);
        Counting ead = new Counting();
        long eadStarted = System.nanoTime();
        descriptions.writeEad(slug, ead);
        System.out.printf("EAD3 export of the fonds: %.1f MB in %.2f s%n", ead.count / 1e6,
                (System.nanoTime() - eadStarted) / 1e9);
    }

    /** How many of the desk's due files of each kind the benchmark asks for, as the desk does. */
    private static final class InstrumentPagesShown {
        static final int DUE = 200;
    }

    /** An output stream that only counts. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
