package org.apertura.contracting;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apertura.Apertura;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The full import of the benchmark's releases into PostgreSQL through {@link OcdsPublication#publish} — the path
 * of {@code POST /api/v1/ocds/releases}: read as a stream, each release validated (schema and rules), stored,
 * merged into its record incrementally (compiled and versioned), written to the ledger, all in one transaction —
 * in releases per second. It wipes the database it uses ({@code APERTURA_BENCH_DB_URL}, by default the
 * {@code test} database), as the other benchmarks do. Called by {@link OcdsCompileBenchmark}.
 */
final class OcdsImportBenchmark {

    static final String BUYER = "poder-ejecutivo-durango";

    private OcdsImportBenchmark() {
    }

    static void run(Path input, int releases, long jsonBytes) throws Exception {
        String url = System.getenv().getOrDefault("APERTURA_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/test");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Apertura.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.flyway.clean-disabled=false",
                "--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
                "--apertura.test.clean-database=true", "--apertura.demo=true", "--apertura.ocds.ocid-prefix=ocds-87sd3t-",
                "--logging.level.root=WARN", "--logging.level.org.apertura=WARN");
        try {
            OcdsPublication publication = app.getBean(OcdsPublication.class);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "benchmark", null, List.of(new SimpleGrantedAuthority(org.apertura.platform.security.Authority.of(
                            org.apertura.platform.security.Role.PROCUREMENT, BUYER).value()))));
            OcdsValidation validation = app.getBean(OcdsValidation.class);
            var threads = ManagementFactory.getThreadMXBean();
            long validateCpu = threads.getCurrentThreadCpuTime();
            long validateStart = System.nanoTime();
            long[] validated = {0, 0};
            try (InputStream in = new BufferedInputStream(Files.newInputStream(input), 1 << 16)) {
                ReleaseReader.readRaw(in, raw -> {
                    validated[0]++;
                    validated[1] += validation.checkRelease(OcdsJson.MAPPER.readTree(raw.json()), raw.version(), "",
                            raw.place()).size();
                });
            }
            double validateSeconds = (System.nanoTime() - validateStart) / 1e9;
            double validateCpuSeconds = (threads.getCurrentThreadCpuTime() - validateCpu) / 1e9;
            System.out.printf("read + parse + validate only (schema and rules, no database, one thread): %,d releases "
                    + "in %.1f s, %,.0f releases/s (wall), %,.0f releases/s per core (thread CPU) (%d problems)%n",
                    validated[0], validateSeconds, validated[0] / validateSeconds, validated[0] / validateCpuSeconds,
                    validated[1]);
            System.gc();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            String walBefore = jdbc.sql("SELECT pg_current_wal_lsn()::text").query(String.class).single();
            java.util.Map<Long, Long> backendsBefore = backendTicks(jdbc);
            java.util.Map<String, long[]> scansBefore = scans(jdbc);
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long start = System.nanoTime();
            OcdsPublication.Published published;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(input), 1 << 16)) {
                published = publication.publish(in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (((com.sun.management.OperatingSystemMXBean) ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() - cpu) / 1e9;
            long wal = jdbc.sql("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '" + walBefore + "'::pg_lsn)::bigint")
                    .query(Long.class).single();
            java.util.Map<Long, Long> backendsAfter = backendTicks(jdbc);
            long stored = jdbc.sql("SELECT COUNT(*) FROM ocds_release").query(Long.class).single();
            long records = jdbc.sql("SELECT COUNT(*) FROM ocds_record").query(Long.class).single();
            System.out.printf("import into PostgreSQL (validate + store + compile + ledger, one transaction): %,d "
                    + "releases stored (%,d in the table, %,d records) in %.1f s wall, %.1f s CPU of the JVM;%n"
                    + "  %,.0f releases/s, %.1f MB/s of JSON (goal: 5,000 releases/s); %,.0f releases per JVM CPU "
                    + "second (the database's own CPU not counted)%n", published.releasesStored(),
                    stored, records, seconds, cpuSeconds, published.releasesStored() / seconds,
                    jsonBytes / 1e6 / seconds, published.releasesStored() / cpuSeconds);
            System.out.printf("  PostgreSQL wrote %.0f MB of WAL (%.1f kB per release); tables with their indexes and "
                    + "TOAST:%n", wal / 1e6, wal / 1e3 / published.releasesStored());
            if (!backendsAfter.isEmpty()) {
                long ticks = 0;
                for (var backend : backendsAfter.entrySet()) {
                    ticks += backend.getValue() - backendsBefore.getOrDefault(backend.getKey(), 0L);
                }
                System.out.printf("  PostgreSQL's backends of this database used %.1f s of CPU during the import "
                        + "(read from /proc: a local server only; background writers not counted)%n", ticks / 100.0);
            }
            // Sequential against index scans per table during the import: a large import must not scan its tables.
            java.util.Map<String, long[]> scansAfter = scans(jdbc);
            scansAfter.forEach((table, after) -> {
                long[] before = scansBefore.getOrDefault(table, new long[3]);
                if (after[0] > before[0] || after[1] > before[1]) {
                    System.out.printf("    %s: %,d sequential scans (%,d rows read), %,d index scans%n", table,
                            after[0] - before[0], after[1] - before[1], after[2] - before[2]);
                }
            });
            jdbc.sql("SELECT relname, pg_total_relation_size(relid) FROM pg_stat_user_tables WHERE relname LIKE 'ocds%' "
                    + "OR relname LIKE 'ledger%' ORDER BY 2 DESC").query((row, n) -> String.format("    %s %.1f MB",
                            row.getString(1), row.getLong(2) / 1e6)).list().forEach(System.out::println);
        } finally {
            SecurityContextHolder.clearContext();
            app.close();
        }
    }

    /** Sequential scans, rows they read and index scans of each OCDS and ledger table, by table. */
    private static java.util.Map<String, long[]> scans(JdbcClient jdbc) {
        try {
            Thread.sleep(1500); // a backend reports its counters once idle, at most once a second
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jdbc.sql("SELECT pg_stat_clear_snapshot()").query().singleRow();
        java.util.Map<String, long[]> scans = new java.util.TreeMap<>();
        jdbc.sql("SELECT relname, seq_scan, seq_tup_read, COALESCE(idx_scan, 0) FROM pg_stat_user_tables "
                + "WHERE relname LIKE 'ocds%' OR relname LIKE 'ledger%'").query((row, n) -> scans.put(
                        row.getString(1), new long[] {row.getLong(2), row.getLong(3), row.getLong(4)})).list();
        return scans;
    }

    /** CPU clock ticks (1/100 s) of each backend of the benchmark's database, from /proc; empty if not local. */
    private static java.util.Map<Long, Long> backendTicks(JdbcClient jdbc) {
        java.util.Map<Long, Long> ticks = new java.util.HashMap<>();
        for (long pid : jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
                .query(Long.class).list()) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            } catch (java.io.IOException | RuntimeException e) {
                // not a local server, or the backend ended
            }
        }
        return ticks;
    }
}
