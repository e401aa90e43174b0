package org.apertura.contracting;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apertura.contracting.RecordPackageCompiler.Options;
import org.apertura.contracting.RecordPackageCompiler.Result;
import tools.jackson.core.JsonGenerator;

/**
 * Throughput of the stateless compile (compiled and versioned releases) on realistic releases of about 10 kB
 * (parties, items, awards, contracts, transactions, Mexican Spanish text) read from gzip JSON Lines, with the
 * releases of each process spread through the file. A benchmark, not a test: it measures and prints. Run it with
 * {@code mvn -q test-compile exec:java@benchmark-ocds -Dexec.args="200000 40000 128"} (releases, processes,
 * memory budget in MB; a fourth argument {@code noimport} skips the import into PostgreSQL,
 * {@link OcdsImportBenchmark}; {@code importonly} skips the compile and measures the import alone).
 */
public final class OcdsCompileBenchmark {

    private static final String[] TAGS = {"planning", "tender", "award", "contract", "implementation"};
    private static final String[] TENDER_STATUS = {"planning", "active", "complete", "complete", "complete"};
    private static final String[] COMPANIES = {"Constructora del Bajío", "Suministros Médicos de Occidente",
        "Servicios Integrales Tapatíos", "Papelería y Cómputo del Norte", "Ingeniería Hidráulica Potosina",
        "Comercializadora Yucateca de Alimentos", "Transportes y Logística Veracruzana", "Tecnologías Cívicas"};
    private static final String[] GOODS = {"Medicamentos del cuadro básico", "Mezcla asfáltica en caliente",
        "Equipo de cómputo portátil", "Uniformes escolares", "Despensas para comedores comunitarios",
        "Tubería de PVC hidráulico de 8 pulgadas", "Luminarias LED para alumbrado público", "Papel bond tamaño carta"};
    private static final String PARAGRAPH = "Adquisición necesaria para dar cumplimiento al Programa Operativo "
            + "Anual del municipio, conforme a la Ley de Adquisiciones, Arrendamientos y Servicios del Sector Público "
            + "y su reglamento; la unidad requirente justificó la necesidad, verificó la suficiencia presupuestal y "
            + "consultó el padrón de proveedores. Se garantiza la participación de micro, pequeñas y medianas "
            + "empresas.";

    private OcdsCompileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int releases = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int processes = args.length > 1 ? Integer.parseInt(args[1]) : 40_000;
        long budget = (args.length > 2 ? Long.parseLong(args[2]) : 128) << 20;
        Path input = Files.createTempFile("ocds-benchmark-", ".jsonl.gz");
        try {
            long start = System.nanoTime();
            long jsonBytes = generate(input, releases, processes);
            System.out.printf("OCDS compile benchmark: %,d releases of %,d processes, %.1f kB per release, "
                    + "%.0f MB of JSON (%.0f MB gzip), generated in %.1f s%n", releases, processes,
                    jsonBytes / 1e3 / releases, jsonBytes / 1e6, Files.size(input) / 1e6,
                    (System.nanoTime() - start) / 1e9);
            boolean importOnly = args.length > 3 && args[3].equals("importonly");
            for (boolean versioned : importOnly ? new boolean[0] : new boolean[] {false, true}) {
                run(input, jsonBytes, new Options(versioned, budget, input.getParent(), "", ""));
            }
            if (!(args.length > 3 && args[3].equals("noimport"))) {
                OcdsImportBenchmark.run(input, releases, jsonBytes);
            }
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static void run(Path input, long jsonBytes, Options options) throws IOException {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        HeapSampler sampler = new HeapSampler(memory);
        sampler.start();
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long processCpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        CountingSink sink = new CountingSink();
        Result result;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(input), 1 << 16)) {
            result = RecordPackageCompiler.compile(in, sink, options);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double processSeconds = (os.getProcessCpuTime() - processCpu) / 1e9;
        sampler.interrupt();
        System.out.printf("%s: %.1f s wall, %.1f s CPU of the compiling thread, %.1f s CPU of the JVM (GC included); "
                + "%,d records, %d spilled runs, %.0f MB written%n",
                options.versioned() ? "compiled + versioned" : "compiled only", seconds, cpuSeconds, processSeconds,
                result.records(), result.spilledRuns(), sink.count / 1e6);
        System.out.printf("  %,.0f releases/s, %.1f MB/s of JSON read (wall); %.1f MB/s per core (thread CPU), "
                + "%.1f MB/s per JVM CPU second;%n  peak heap used %.0f MB, peak heap left after a collection %.0f MB "
                + "(%.0f MB before; max heap %.0f MB)%n",
                result.releases() / seconds, jsonBytes / 1e6 / seconds, jsonBytes / 1e6 / cpuSeconds,
                jsonBytes / 1e6 / processSeconds, sampler.peak / 1e6, sampler.peakAfterGc / 1e6, baseline / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    /** Writes gzip JSON Lines of releases; release k of a process comes after stage k-1 of every process. */
    private static long generate(Path file, int releases, int processes) throws IOException {
        CountingSink counter = new CountingSink();
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
             OutputStream tee = new Tee(gzip, counter);
             JsonGenerator out = OcdsJson.MAPPER.createGenerator(tee)) {
            for (int n = 0; n < releases; n++) {
                int process = n % processes;
                int stage = n / processes;
                release(out, process, stage);
                out.flush();
                tee.write('\n');
            }
        }
        return counter.count;
    }

    private static void release(JsonGenerator out, int process, int stage) {
        String ocid = "ocds-87sd3t-OM-DGRMSG-" + process;
        int phase = Math.min(stage, TAGS.length - 1);
        String date = String.format("2025-%02d-%02dT%02d:00:00Z", 1 + phase * 2, 1 + process % 28, 8 + stage % 12);
        out.writeStartObject();
        out.writeStringProperty("ocid", ocid);
        out.writeStringProperty("id", ocid + "-" + stage);
        out.writeStringProperty("date", date);
        out.writeName("tag");
        out.writeStartArray();
        out.writeString(stage == phase ? TAGS[phase] : TAGS[phase] + "Update");
        out.writeEndArray();
        out.writeStringProperty("initiationType", "tender");
        out.writeStringProperty("language", "es");
        out.writeName("parties");
        out.writeStartArray();
        for (int p = 0; p < COMPANIES.length; p++) {
            party(out, process, p, stage);
        }
        out.writeEndArray();
        out.writeName("buyer");
        reference(out, process, 0);
        out.writeName("planning");
        out.writeStartObject();
        out.writeStringProperty("rationale", PARAGRAPH);
        out.writeName("budget");
        out.writeStartObject();
        out.writeStringProperty("id", "PRESUP-" + process);
        out.writeStringProperty("description", "Partida 2111 Materiales, útiles y equipos menores de oficina");
        value(out, "amount", 1_250_000 + process * 13L);
        out.writeStringProperty("project", "Programa de Mejoramiento Urbano " + (process % 50));
        out.writeEndObject();
        documents(out, process, "planning", 2);
        out.writeEndObject();
        tender(out, process, stage, phase);
        if (phase >= 2) {
            award(out, process, stage);
        }
        if (phase >= 3) {
            contract(out, process, stage, phase);
        }
        out.writeEndObject();
    }

    private static void party(JsonGenerator out, int process, int p, int stage) {
        out.writeStartObject();
        out.writeStringProperty("id", "MX-RFC-" + rfc(process, p));
        out.writeStringProperty("name", COMPANIES[p] + ", S.A. de C.V.");
        out.writeName("identifier");
        out.writeStartObject();
        out.writeStringProperty("scheme", "MX-RFC");
        out.writeStringProperty("id", rfc(process, p));
        out.writeStringProperty("legalName", COMPANIES[p] + ", Sociedad Anónima de Capital Variable");
        out.writeEndObject();
        if (p == 0) {
            // the buyer is an institution of Apertura's directory, for the import
            out.writeName("additionalIdentifiers");
            out.writeStartArray();
            out.writeStartObject();
            out.writeStringProperty("scheme", "APERTURA");
            out.writeStringProperty("id", OcdsImportBenchmark.BUYER);
            out.writeEndObject();
            out.writeEndArray();
        }
        out.writeName("address");
        out.writeStartObject();
        out.writeStringProperty("streetAddress", "Av. Revolución " + (100 + p * 37) + ", Col. Centro");
        out.writeStringProperty("locality", "San Luis Potosí");
        out.writeStringProperty("region", "San Luis Potosí");
        out.writeStringProperty("postalCode", "78" + (100 + p));
        out.writeStringProperty("countryName", "México");
        out.writeEndObject();
        out.writeName("contactPoint");
        out.writeStartObject();
        out.writeStringProperty("name", "Lic. María Guadalupe Hernández Ramírez");
        out.writeStringProperty("email", "contacto" + p + "@ejemplo.gob.mx");
        out.writeStringProperty("telephone", "+52 444 " + (1000000 + process % 9000000 + stage));
        out.writeEndObject();
        out.writeName("roles");
        out.writeStartArray();
        out.writeString(p == 0 ? "buyer" : p == 1 ? "supplier" : p == 7 ? "payer" : "tenderer");
        out.writeEndArray();
        out.writeEndObject();
    }

    private static String rfc(int process, int p) {
        return p == 0 ? "MSL850101AB1" : String.format("%s%06d%s", "ABC", (process * 7 + p) % 999_999, "XY" + p);
    }

    private static void reference(JsonGenerator out, int process, int p) {
        out.writeStartObject();
        out.writeStringProperty("id", "MX-RFC-" + rfc(process, p));
        out.writeStringProperty("name", COMPANIES[p] + ", S.A. de C.V.");
        out.writeEndObject();
    }

    private static void value(JsonGenerator out, String name, long cents) {
        out.writeName(name);
        out.writeStartObject();
        out.writeName("amount");
        out.writeNumber(java.math.BigDecimal.valueOf(cents, 2));
        out.writeStringProperty("currency", "MXN");
        out.writeEndObject();
    }

    private static void tender(JsonGenerator out, int process, int stage, int phase) {
        out.writeName("tender");
        out.writeStartObject();
        out.writeStringProperty("id", "LA-924037999-E" + process + "-2025");
        out.writeStringProperty("title", GOODS[process % GOODS.length] + " para el ejercicio fiscal 2025");
        out.writeStringProperty("description", PARAGRAPH);
        out.writeStringProperty("status", TENDER_STATUS[phase]);
        out.writeName("procuringEntity");
        reference(out, process, 0);
        items(out, process, 5, stage);
        value(out, "value", 2_400_000_00L + process);
        out.writeStringProperty("procurementMethod", "open");
        out.writeStringProperty("procurementMethodDetails", "Licitación pública nacional electrónica");
        out.writeStringProperty("mainProcurementCategory", "goods");
        out.writeName("tenderPeriod");
        out.writeStartObject();
        out.writeStringProperty("startDate", "2025-03-01T09:00:00Z");
        out.writeStringProperty("endDate", "2025-03-" + (15 + stage % 10) + "T18:00:00Z");
        out.writeEndObject();
        out.writeNumberProperty("numberOfTenderers", 5);
        out.writeName("tenderers");
        out.writeStartArray();
        for (int p = 1; p <= 5; p++) {
            reference(out, process, p);
        }
        out.writeEndArray();
        documents(out, process, "tender", 3 + stage % 3);
        out.writeEndObject();
    }

    private static void items(JsonGenerator out, int process, int count, int stage) {
        out.writeName("items");
        out.writeStartArray();
        for (int i = 0; i < count; i++) {
            out.writeStartObject();
            out.writeStringProperty("id", Integer.toString(i + 1));
            out.writeStringProperty("description", GOODS[(process + i) % GOODS.length] + ", según anexo técnico");
            out.writeName("classification");
            out.writeStartObject();
            out.writeStringProperty("scheme", "CUCOP");
            out.writeStringProperty("id", Integer.toString(21100001 + (process + i) % 900));
            out.writeStringProperty("description", "Materiales, útiles y equipos menores de oficina");
            out.writeEndObject();
            out.writeNumberProperty("quantity", 10 + (process + i + stage) % 90);
            out.writeName("unit");
            out.writeStartObject();
            out.writeStringProperty("name", "Pieza");
            value(out, "value", 1_500_00L + i * 17);
            out.writeEndObject();
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void documents(JsonGenerator out, int process, String kind, int count) {
        out.writeName("documents");
        out.writeStartArray();
        for (int d = 0; d < count; d++) {
            out.writeStartObject();
            out.writeStringProperty("id", kind + "-" + d);
            out.writeStringProperty("documentType", d == 0 ? "tenderNotice" : "technicalSpecifications");
            out.writeStringProperty("title", "Convocatoria y anexo técnico núm. " + d);
            out.writeStringProperty("url", "https://transparencia.ejemplo.gob.mx/contrataciones/" + process + "/" + kind
                    + "-" + d + ".pdf");
            out.writeStringProperty("datePublished", "2025-02-" + (10 + d) + "T12:00:00Z");
            out.writeStringProperty("format", "application/pdf");
            out.writeStringProperty("language", "es");
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void award(JsonGenerator out, int process, int stage) {
        out.writeName("awards");
        out.writeStartArray();
        out.writeStartObject();
        out.writeStringProperty("id", "AW-" + process);
        out.writeStringProperty("title", "Fallo de la licitación");
        out.writeStringProperty("description",
                "Se adjudica a la propuesta solvente más baja conforme al artículo 36 Bis.");
        out.writeStringProperty("status", "active");
        out.writeStringProperty("date", "2025-05-02T12:00:00Z");
        value(out, "value", 2_310_000_00L + process + stage);
        out.writeName("suppliers");
        out.writeStartArray();
        reference(out, process, 1);
        out.writeEndArray();
        items(out, process, 2, stage);
        documents(out, process, "award", 1);
        out.writeEndObject();
        out.writeEndArray();
    }

    private static void contract(JsonGenerator out, int process, int stage, int phase) {
        out.writeName("contracts");
        out.writeStartArray();
        out.writeStartObject();
        out.writeStringProperty("id", "CT-" + process);
        out.writeStringProperty("awardID", "AW-" + process);
        out.writeStringProperty("title", "Contrato abierto de suministro");
        out.writeStringProperty("status", "active");
        value(out, "value", 2_310_000_00L + process);
        out.writeStringProperty("dateSigned", "2025-05-20T10:00:00Z");
        out.writeName("period");
        out.writeStartObject();
        out.writeStringProperty("startDate", "2025-06-01T00:00:00Z");
        out.writeStringProperty("endDate", "2025-12-31T23:59:59Z");
        out.writeEndObject();
        documents(out, process, "contract", 2);
        if (phase >= 4) {
            out.writeName("implementation");
            out.writeStartObject();
            out.writeName("transactions");
            out.writeStartArray();
            for (int t = 0; t <= stage; t++) {
                out.writeStartObject();
                out.writeStringProperty("id", "PAGO-" + process + "-" + t);
                out.writeStringProperty("source", "https://finanzas.ejemplo.gob.mx/cuenta-publica/2025");
                out.writeStringProperty("date", "2025-0" + (7 + t % 3) + "-15T00:00:00Z");
                value(out, "value", 385_000_00L + t);
                out.writeName("payer");
                reference(out, process, 7);
                out.writeName("payee");
                reference(out, process, 1);
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndObject();
        out.writeEndArray();
    }

    /** Counts bytes and throws them away. */
    private static final class CountingSink extends OutputStream {
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

    /** Writes to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            first.close();
        }
    }

    /**
     * Samples the heap every 20 ms: the peak used (garbage included: it depends on the heap the JVM was given) and
     * the peak left after a collection, which is what the compile really holds.
     */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory;
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
        volatile long peak;
        volatile long peakAfterGc;

        HeapSampler(MemoryMXBean memory) {
            this.memory = memory;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                long afterGc = pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
                peakAfterGc = Math.max(peakAfterGc, afterGc);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
