package org.apertura.national;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads one JSON document from a member's public API, distrusting it: a connect and a whole-answer deadline (a member
 * that drips its answer is cut off too), no redirects, a cap on the bytes read (a huge body is refused as soon as it
 * passes the cap, not after), and JSON only. Every failure is a {@link HarvestProblem}; nothing else escapes.
 */
@Component
class MemberClient {

    private final HttpClient http;
    private final Duration timeout;
    private final long maxBytes;
    private final ObjectMapper json;
    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "national-harvest-read");
        t.setDaemon(true);
        return t;
    });

    MemberClient(ObjectMapper json, NationalProperties settings) {
        Duration timeout = settings.national().timeout();
        DataSize maxResponse = settings.national().maxResponse();
        this.json = json;
        this.timeout = timeout;
        this.maxBytes = maxResponse.toBytes();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The JSON at {@code baseUrl + path} ({@code path} starts with "/api/v1/"). */
    JsonNode get(String baseUrl, String path) throws HarvestProblem {
        URI uri;
        try {
            uri = URI.create(baseUrl + path);
        } catch (IllegalArgumentException e) {
            throw new HarvestProblem("national.problem.address", e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .header("User-Agent", "Apertura-nodo-nacional").GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new HarvestProblem("national.problem.timeout", uri + ": " + e.getMessage());
        } catch (IOException e) {
            throw new HarvestProblem("national.problem.unreachable", uri + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestProblem("national.problem.unreachable", "interrupted");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new HarvestProblem("national.problem.status", uri + " answered " + response.statusCode());
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")
                    && !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/problem+json")) {
                throw new HarvestProblem("national.problem.garbage", uri + " answered " + type);
            }
            if (response.headers().firstValueAsLong("Content-Length").orElse(0) > maxBytes) {
                throw new HarvestProblem("national.problem.tooLarge", uri + " announced a body over " + maxBytes);
            }
            byte[] bytes = readCapped(body, deadline, uri);
            try {
                return json.readTree(bytes);
            } catch (JacksonException e) {
                throw new HarvestProblem("national.problem.garbage", uri + ": " + e.getOriginalMessage());
            }
        } catch (IOException e) {
            throw new HarvestProblem("national.problem.unreachable", uri + ": " + e);
        }
    }

    private byte[] readCapped(InputStream body, long deadline, URI uri) throws HarvestProblem, IOException {
        Future<byte[]> reading = readers.submit(() -> body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
        try {
            byte[] bytes = reading.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (bytes.length > maxBytes) {
                throw new HarvestProblem("national.problem.tooLarge", uri + " sent more than " + maxBytes + " bytes");
            }
            return bytes;
        } catch (TimeoutException e) {
            reading.cancel(true);
            body.close();
            throw new HarvestProblem("national.problem.timeout", uri + " did not finish its answer in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestProblem("national.problem.unreachable", "interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new HarvestProblem("national.problem.unreachable", uri + ": " + e.getCause());
        }
    }

    @jakarta.annotation.PreDestroy
    void close() {
        readers.shutdownNow();
    }
}
