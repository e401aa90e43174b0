package org.apertura.platform.faults;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One Apertura node as a separate operating-system process: the application's built classes and its libraries
 * ({@code java -cp … org.apertura.Apertura}), profile {@code postgres}, on a local port of its own. Its output goes to
 * {@code target/faults/<name>-<n>.log}. {@link #kill()} is {@code kill -9}: no shutdown hook, no graceful end.
 */
final class NodeProcess {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private Process process;
    private int starts;

    NodeProcess(String name, Map<String, String> environment, List<String> arguments) throws IOException {
        this.name = name;
        this.port = freePort();
        this.environment = environment;
        this.arguments = arguments;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String base() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    void start() throws IOException {
        starts++;
        Path logs = Path.of("target", "faults");
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", applicationClasspath(),
                "org.apertura.Apertura"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + "-" + starts + ".log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("APERTURA_BASE_URL", base());
        process = builder.start();
    }

    /** Waits until readiness answers UP (database and file store reachable). */
    void awaitReady(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see target/faults/"
                        + name + "-" + starts + ".log");
            }
            try {
                if (get("/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see target/faults/" + name + "-"
                + starts + ".log");
    }

    /** kill -9: the process ends at once, in the middle of whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as systemd stops a service. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET()
                .header("Accept", path.startsWith("/api/") || path.startsWith("/actuator/") ? "application/json" : "text/html")
                .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String token, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The application's classpath as surefire built it, without the test classes (their beans and test profiles are
     * not part of the application a server runs).
     */
    static String applicationClasspath() {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(all.split(File.pathSeparator)).filter(e -> !e.isBlank())
                .filter(e -> !Path.of(e).endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
