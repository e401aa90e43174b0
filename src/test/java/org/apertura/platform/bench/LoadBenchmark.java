package org.apertura.platform.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Issue 19's load benchmark: starts Apertura as its own process ({@code java -Xmx256m -cp … org.apertura.Apertura},
 * profile {@code postgres}, the demo loaded into an emptied database), measures the cold start (from the process's
 * start to {@code /} answering) and the resident memory, saves the exact bytes of the plan page, a commitment page,
 * the request search results and the home page as a reader gets them, serves those same bytes with nginx on another
 * local port, runs wrk with 64 connections against both for each page, and prints requests/s, p50/p99 and the ratio
 * Apertura/nginx per page against the goals (≥ 10 % of nginx's throughput, p99 ≤ 50 ms, no session created for
 * a reader, cold start ≤ 8 s, resident memory ≤ 450 MB under -Xmx256m). Measures and prints; never part of the tests.
 *
 * <pre>
 * apt-get install nginx wrk        # Debian packages
 * createdb -h localhost -U postgres bench
 * APERTURA_BENCH_DB_URL=jdbc:postgresql://localhost:5432/bench mvn -q test-compile exec:java@benchmark-load
 * </pre>
 * {@code -Dbench.seconds=30} (each wrk run), {@code -Dbench.connections=64}. The database's schema is emptied first,
 * unless {@code -Dbench.keep-database=true} (a restart on a database already migrated, with the demo).
 *
 * <p>How Apertura is started (README, "Footprint: the settings"; docs/SCALING.md):
 * <ul>
 * <li>{@code -Dbench.java=/usr/lib/jvm/temurin-25-jdk-amd64} (a JDK's home or its {@code java}): the JVM that runs
 * Apertura; by default the one running the benchmark.
 * <li>{@code -Dbench.jvm-flags="…"}: the JVM's flags; by default the production settings {@link #PRODUCTION_FLAGS},
 * with {@code -Dbench.env="MALLOC_ARENA_MAX=2 SERVER_TOMCAT_THREADS_MAX=16"} ({@link #PRODUCTION_ENV}) in its
 * environment. {@code -Dbench.jvm-flags=-Xmx256m -Dbench.env=} is the plain start of the earlier runs.
 * <li>{@code -Dbench.cache=aot} (JDK 24 and later: JEP 483/514) or {@code cds} (JDK 17 and later: AppCDS): a training
 * start ({@code -Dspring.context.exit=onRefresh}: the context is built, Flyway run, then the JVM exits and writes the
 * cache), the schema emptied again, then a <em>plain</em> cold start and a cold start with the cache, in the same
 * conditions, each timed; the load is then measured on the one with the cache. Apertura's classes go in a jar
 * ({@code target/bench/apertura-classes.jar}): neither cache takes classes from a folder.
 * <li>{@code -Dbench.spring-aot=true}: every start with {@code -Dspring.aot.enabled=true}, Spring's build-time
 * processing of the context and of Spring Data's repositories (docs/adr/0076); build it first with
 * {@code mvn -Paot -DskipTests package} (with the code measured: it is not rebuilt by {@code test-compile}).
 * <li>{@code -Dbench.start-only=true}: the start(s) and the resident memory once the demo is loaded, no wrk.
 * <li>Each page is also measured through the whole filter chain (a date precondition, which the early answer of kept
 * pages leaves to the chain: docs/adr/0063); {@code -Dbench.skip-whole-chain=true} leaves that out.
 * </ul>
 */
public final class LoadBenchmark {

    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$");
    private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([0-9.]+)");

    /** The JVM settings docs/SCALING.md recommends for a node (README, "Footprint: the settings"). */
    static final String PRODUCTION_FLAGS = "-Xmx256m -Xms64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
            + " -XX:+UseG1GC -XX:G1PeriodicGCInterval=15000 -XX:-ClassUnloadingWithConcurrentMark"
            + " -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -Xss512k"
            + " -XX:MaxMetaspaceSize=256m -XX:MetaspaceSize=192m -XX:SweeperThreshold=100";
    /** The environment docs/SCALING.md recommends for a node. */
    static final String PRODUCTION_ENV = "MALLOC_ARENA_MAX=2 SERVER_TOMCAT_THREADS_MAX=16";

    private LoadBenchmark() {
    }

    /** How one Apertura process is started: its JVM, flags, environment and class path. */
    record Launch(String java, List<String> flags, Map<String, String> env, String classpath) {

        Process start(Path work, String log, Map<String, String> apertura, List<String> extra) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(flags);
            command.addAll(extra);
            command.addAll(List.of("-cp", classpath, "org.apertura.Apertura"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve(log).toFile());
            builder.environment().putAll(apertura);
            builder.environment().putAll(env);
            return builder.start();
        }

        String describe() {
            return (env.isEmpty() ? "" : env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" ")) + " ") + Path.of(java).getParent().getParent().getFileName()
                    + " " + String.join(" ", flags);
        }
    }

    record Figures(double perSecond, double p50Ms, double p99Ms, long errors) {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("APERTURA_BENCH_DB_URL", "");
        Matcher db = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(url);
        if (!db.matches()) {
            throw new IllegalStateException("APERTURA_BENCH_DB_URL must name a PostgreSQL database of your own"
                    + " (its schema is emptied), e.g. jdbc:postgresql://localhost:5432/bench");
        }
        String user = System.getenv().getOrDefault("APERTURA_BENCH_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("APERTURA_BENCH_DB_PASSWORD", "");
        int seconds = Integer.getInteger("bench.seconds", 30);
        int connections = Integer.getInteger("bench.connections", 64);
        for (String tool : List.of("nginx", "wrk")) {
            if (run(List.of("sh", "-c", "command -v " + tool)).isBlank()) {
                throw new IllegalStateException(tool + " is not installed: apt-get install nginx wrk");
            }
        }
        boolean keep = Boolean.getBoolean("bench.keep-database"); // a restart on a migrated database with the demo
        emptySchema(url, user, password, keep);
        Path work = Files.createDirectories(Path.of("target", "bench").toAbsolutePath());
        String cache = System.getProperty("bench.cache", "none");
        String java = System.getProperty("bench.java", System.getProperty("java.home"));
        if (Files.isDirectory(Path.of(java))) {
            java = Path.of(java, "bin", "java").toString();
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (String pair : System.getProperty("bench.env", PRODUCTION_ENV).trim().split("\\s+")) {
            if (pair.contains("=")) {
                env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        List<String> flags = new ArrayList<>(List.of(System.getProperty("bench.jvm-flags", PRODUCTION_FLAGS).trim()
                .split("\\s+")));
        if (Boolean.getBoolean("bench.spring-aot")) {
            try {
                Class.forName("org.apertura.Apertura__ApplicationContextInitializer", false,
                        LoadBenchmark.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("-Dbench.spring-aot=true needs the build-time classes: run"
                        + " mvn -Paot -DskipTests package first", e);
            }
            flags.add("-Dspring.aot.enabled=true");
        }
        Launch launch = new Launch(java, flags, env, cache.equals("none") ? classpath() : jarredClasspath(work));
        int port = freePort();
        Map<String, String> settings = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "APERTURA_DB_URL", url,
                "APERTURA_DB_USER", user, "APERTURA_DB_PASSWORD", password, "APERTURA_DEMO", "true",
                "PORT", String.valueOf(port), "APERTURA_BASE_URL", "http://localhost:" + port,
                "APERTURA_FILES_DIR", work.resolve("files").toString(), "APERTURA_LOG_REQUESTS", "WARN");
        String base = "http://localhost:" + port;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        String what = keep ? "Start on the migrated database with the demo" : "Cold start, demo loaded into an empty"
                + " database";
        System.out.printf(Locale.ROOT, "Apertura started as: %s (profile postgres)%n", launch.describe());
        List<String> withCache = List.of();
        if (!cache.equals("none")) {
            Path file = work.resolve(cache.equals("aot") ? "apertura.aot" : "apertura.jsa");
            Files.deleteIfExists(file);
            List<String> training = cache.equals("aot") ? List.of("-XX:AOTCacheOutput=" + file)
                    : List.of("-XX:ArchiveClassesAtExit=" + file);
            long t = System.nanoTime();
            Process train = launch.start(work, "training.log", settings, concat(training,
                    List.of("-Dspring.context.exit=onRefresh")));
            if (train.waitFor() != 0 || !Files.exists(file)) {
                throw new IllegalStateException("the training start wrote no " + file + "; see target/bench/training.log");
            }
            System.out.printf(Locale.ROOT, "Training start (%s, -Dspring.context.exit=onRefresh): %.1f s, %d MB%n",
                    cache, (System.nanoTime() - t) / 1e9, Files.size(file) / (1024 * 1024));
            withCache = cache.equals("aot") ? List.of("-XX:AOTCache=" + file) : List.of("-XX:SharedArchiveFile=" + file);
            emptySchema(url, user, password, keep);
            long plainStarted = System.nanoTime();
            Process plain = launch.start(work, "apertura-plain.log", settings, List.of());
            try {
                double plainStart = awaitHome(http, base, plain, plainStarted);
                System.out.printf(Locale.ROOT, "%s, no cache: %.1f s to the first 200 on / (CPU %.1f s); load average"
                        + " %s%n", what, plainStart, cpuSeconds(plain.pid()), run(List.of("cat", "/proc/loadavg")).trim());
                awaitDemo(work.resolve("apertura-plain.log"), plain);
                System.out.printf(Locale.ROOT, "Resident memory, no cache, demo loaded: %d MB%n",
                        residentMegabytes(plain.pid()));
            } finally {
                plain.destroy();
                plain.waitFor();
            }
            emptySchema(url, user, password, keep);
        }
        long started = System.nanoTime();
        Process apertura = launch.start(work, "apertura.log", settings, withCache);
        Process nginx = null;
        try {
            double coldStart = awaitHome(http, base, apertura, started);
            double cpu = cpuSeconds(apertura.pid());
            String load = run(List.of("cat", "/proc/loadavg")).trim();
            System.out.printf(Locale.ROOT, "%s%s: %.1f s to the first 200 on / (goal ≤ 8 s; CPU %.1f s); load average"
                    + " %s%n", what, cache.equals("none") ? "" : ", with the " + cache + " cache", coldStart, cpu, load);
            awaitDemo(work.resolve("apertura.log"), apertura);
            System.out.printf(Locale.ROOT, "Resident memory, demo loaded: %d MB (goal ≤ 450 MB)%n",
                    residentMegabytes(apertura.pid()));
            if (Boolean.getBoolean("bench.start-only")) {
                return;
            }

            Map<String, String> pages = pages(url, user, password);
            Path www = Files.createDirectories(work.resolve("www"));
            for (Map.Entry<String, String> page : pages.entrySet()) {
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base + page.getValue()))
                        .header("Accept-Encoding", "identity").build(), HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(page.getValue() + " answered " + answer.statusCode());
                }
                Files.write(www.resolve(page.getKey() + ".html"), answer.body());
            }
            int nginxPort = freePort();
            Path conf = work.resolve("nginx.conf");
            Files.createDirectories(work.resolve("nginx"));
            Files.writeString(conf, "worker_processes auto;\npid " + work.resolve("nginx/nginx.pid") + ";\n"
                    + "error_log " + work.resolve("nginx/error.log") + ";\nevents { worker_connections 1024; }\n"
                    + "http {\n  access_log off;\n  default_type text/html;\n  client_body_temp_path "
                    + work.resolve("nginx") + ";\n  server {\n    listen 127.0.0.1:" + nginxPort + ";\n    root " + www
                    + ";\n  }\n}\n");
            nginx = new ProcessBuilder("nginx", "-c", conf.toString(), "-p", work.resolve("nginx").toString(), "-g",
                    "daemon off;").redirectErrorStream(true).redirectOutput(work.resolve("nginx/out.log").toFile())
                    .start();
            Thread.sleep(500);

            long sessionsBefore = count(url, user, password, "SELECT count(*) FROM spring_session");
            System.out.printf(Locale.ROOT, "%nwrk -t2 -c%d -d%ds per page (a reader: no cookie), same bytes from nginx%n",
                    connections, seconds);
            System.out.printf(Locale.ROOT, "%-12s %10s %9s %9s | %10s %9s %9s | %8s %s%n", "page", "Apertura/s", "p50 ms",
                    "p99 ms", "nginx/s", "p50 ms", "p99 ms", "ratio", "goals (≥10 %, p99 ≤ 50 ms)");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Figures ours = wrk(base + page.getValue(), connections, seconds);
                Figures theirs = wrk("http://127.0.0.1:" + nginxPort + "/" + page.getKey() + ".html", connections, seconds);
                double ratio = ours.perSecond() / theirs.perSecond();
                System.out.printf(Locale.ROOT, "%-12s %10.0f %9.1f %9.1f | %10.0f %9.1f %9.1f | %7.2f%% %s%s%s%n",
                        page.getKey(), ours.perSecond(), ours.p50Ms(), ours.p99Ms(), theirs.perSecond(), theirs.p50Ms(),
                        theirs.p99Ms(), 100 * ratio, ratio >= 0.10 ? "throughput met" : "throughput MISSED",
                        ours.perSecond() < 1 ? ", no latency (wrk saw almost no answer within its 2 s timeout)"
                                : ours.p99Ms() <= 50 ? ", p99 met" : ", p99 MISSED",
                        ours.errors() > 0 ? ", " + ours.errors() + " non-2xx/errors" : "");
                if (!Boolean.getBoolean("bench.skip-whole-chain")) {
                    // the same kept page through the whole filter chain (a date precondition skips ReaderPagesFilter,
                    // ADR 0063): what answering ahead of the chain gains, in the same process and conditions
                    Figures whole = wrk(base + page.getValue(), connections, seconds,
                            "If-Modified-Since: Thu, 01 Jan 1970 00:00:01 GMT");
                    System.out.printf(Locale.ROOT, "%-12s %10.0f %9.1f %9.1f   (the same kept page through the whole"
                            + " filter chain)%s%n", "  whole", whole.perSecond(), whole.p50Ms(), whole.p99Ms(),
                            whole.errors() > 0 ? ", " + whole.errors() + " non-2xx/errors" : "");
                }
            }
            long sessionsAfter = count(url, user, password, "SELECT count(*) FROM spring_session");
            System.out.printf(Locale.ROOT, "%nSessions created by the readers' requests: %d (goal 0)%n",
                    sessionsAfter - sessionsBefore);
            System.out.printf(Locale.ROOT, "Resident memory after the load: %d MB (goal ≤ 450 MB, -Xmx256m)%n",
                    residentMegabytes(apertura.pid()));
            Thread.sleep(10_000);
            System.out.printf(Locale.ROOT, "Resident memory after 10 s idle: %d MB; load average %s%n",
                    residentMegabytes(apertura.pid()), run(List.of("cat", "/proc/loadavg")).trim());
            // G1 gives a burst's heap back at the end of a marking, which an idle node starts only after
            // -XX:G1PeriodicGCInterval (15 s) without a collection: 10 s idle is too early to see it
            Thread.sleep(20_000);
            System.out.printf(Locale.ROOT, "Resident memory after 30 s idle (past G1's periodic marking): %d MB%n",
                    residentMegabytes(apertura.pid()));
        } finally {
            if (nginx != null) {
                nginx.destroy();
            }
            apertura.destroy();
            apertura.waitFor();
        }
    }

    private static void emptySchema(String url, String user, String password, boolean keep) throws Exception {
        if (!keep) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The class path with Apertura's own classes (a folder under exec:java) put in a jar: the AOT cache and AppCDS
     * archive classes from jars only.
     */
    private static String jarredClasspath(Path work) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : classpath().split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = work.resolve("apertura-" + path.getFileName() + ".jar");
                try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                        java.util.stream.Stream<Path> files = Files.walk(path)) {
                    for (Path file : (Iterable<Path>) files.filter(f -> !f.equals(path)).sorted()::iterator) {
                        String name = path.relativize(file).toString().replace('\\', '/');
                        if (Files.isDirectory(file)) {
                            out.putNextEntry(new java.util.jar.JarEntry(name + "/")); // Spring's scanning lists these
                        } else {
                            out.putNextEntry(new java.util.jar.JarEntry(name));
                            Files.copy(file, out);
                        }
                        out.closeEntry();
                    }
                }
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static double awaitHome(HttpClient http, String base, Process apertura, long started) throws Exception {
        long end = started + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < end) {
            if (!apertura.isAlive()) {
                throw new IllegalStateException("Apertura exited; see target/bench/apertura.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("/ not answering after 20 minutes; see target/bench/apertura.log");
    }

    /**
     * The demo is loaded after the start, while the portal already answers: wait for its last seed. Measured before
     * that, every ledger append the demo makes changes the version of the readers' kept pages (docs/adr/0037), and the
     * pages are built again and again (issue 19: the commitment page measured at 26 req/s).
     */
    private static void awaitDemo(Path log, Process apertura) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (!Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains(org.apertura.platform.demo.DemoSeed.LOADED)) {
            if (System.nanoTime() > end || !apertura.isAlive()) {
                throw new IllegalStateException("the demo is not loaded after 20 minutes; see " + log);
            }
            Thread.sleep(1000);
        }
    }

    /** The pages of the issue, as paths: the demo's first plan and commitment, a request search, the home page. */
    private static Map<String, String> pages(String url, String user, String password) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("plan", "/planes/" + count(url, user, password, "SELECT min(id) FROM action_plan"));
        pages.put("commitment", "/compromisos/" + count(url, user, password, "SELECT min(id) FROM commitment"));
        pages.put("requests", "/solicitudes?q=presupuesto");
        pages.put("home", "/");
        return pages;
    }

    private static long count(String url, String user, String password, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static Figures wrk(String url, int connections, int seconds, String... headers) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency"));
        for (String header : headers) {
            command.addAll(List.of("-H", header));
        }
        command.add(url);
        String out = run(command);
        double rate = 0;
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        long errors = 0;
        for (String line : out.split("\n")) {
            Matcher r = RATE.matcher(line);
            if (r.find()) {
                rate = Double.parseDouble(r.group(1));
            }
            Matcher p = PERCENTILE.matcher(line);
            if (p.matches()) {
                double value = Double.parseDouble(p.group(2));
                double ms = switch (p.group(3)) {
                    case "us" -> value / 1000;
                    case "s" -> value * 1000;
                    default -> value;
                };
                if (p.group(1).equals("50")) {
                    p50 = ms;
                } else {
                    p99 = ms;
                }
            }
            Matcher e = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)").matcher(line);
            if (e.find()) {
                errors += Long.parseLong(e.group(1));
            }
            Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                    .matcher(line);
            if (socket.find()) {
                for (int g = 1; g <= 4; g++) {
                    errors += Long.parseLong(socket.group(g));
                }
            }
        }
        return new Figures(rate, p50, p99, errors);
    }

    /**
     * The CPU time (user and system) the process has used so far: less sensitive than the wall clock to what else runs
     * on the machine.
     */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime are the 14th and 15th fields; the ones after the command start at the 3rd; clock ticks of 1/100 s
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static long residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    /** The application's classpath under exec:java (its class loader's jars and folders), test classes left out. */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        ClassLoader loader = LoadBenchmark.class.getClassLoader();
        if (loader instanceof URLClassLoader urls) {
            for (URL entry : urls.getURLs()) {
                entries.add(Path.of(URI.create(entry.toString())).toString());
            }
        } else {
            entries.addAll(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        }
        return entries.stream().filter(e -> !e.endsWith("test-classes")).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
