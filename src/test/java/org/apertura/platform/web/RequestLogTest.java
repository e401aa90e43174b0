package org.apertura.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apertura.HttpVisitor;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What an operator reads in the logs: a request id on every line of a request, JSON on request, no personal data. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    LoggingSystem logging;
    @Autowired
    org.springframework.context.ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBalancersSafeRequestIdIsKeptAndAnyOtherReplaced() throws Exception {
        assertThat(get("/", "X-Request-Id", "lb-7f3a9c21.0001").headers().firstValue("X-Request-Id"))
                .contains("lb-7f3a9c21.0001");
        String generated = get("/").headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(generated).matches("[A-Za-z0-9_-]{16}");
        assertThat(get("/").headers().firstValue("X-Request-Id")).get().isNotEqualTo(generated);
        String forged = get("/", "X-Request-Id", "x\" level=ERROR <script>").headers().firstValue("X-Request-Id")
                .orElseThrow();
        assertThat(forged).matches("[A-Za-z0-9_-]{16}");
        assertThat(get("/", "X-Request-Id", "short").headers().firstValue("X-Request-Id")).get().isNotEqualTo("short");
    }

    @Test
    void anErrorPageShowsTheIdToQuote() throws Exception {
        HttpResponse<String> missing = get("/no-existe-esta-pagina", "X-Request-Id", "soporte-000123");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("X-Request-Id")).contains("soporte-000123");
        assertThat(missing.body()).contains("Referencia de esta respuesta, por si nos escribe: soporte-000123");
        HttpResponse<String> english = get("/no-existe-esta-pagina?lang=en", "X-Request-Id", "soporte-000124");
        assertThat(english.body()).contains("Reference of this answer, should you write to us: soporte-000124");
    }

    @Test
    void logLinesCarryTheRequestIdAndNeverAPasswordOrAnEmailAddress(CapturedOutput output) throws Exception {
        String email = TestAccounts.uniqueEmail("bitacora");
        String password = "contrasena-secreta-" + System.nanoTime();
        accounts.signUp(email, password, "Persona de la bitácora");
        atProductionLevels(() -> {
            HttpVisitor visitor = new HttpVisitor(port);
            visitor.submit("/entrar", "/entrar", Map.of("email", email, "password", password + "-mal"));
            visitor.signIn(email, password);
            new HttpVisitor(port).submit("/recuperar", "/recuperar", Map.of("email", email));
            get("/buscar?q=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8), "X-Request-Id", "bitacora-busqueda-1");
            // the server writes a request's line after the answer has gone, so the answer may arrive first: wait for
            // the line (at most 10 s) while the production levels still hold
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (!output.getAll().contains("[bitacora-busqueda-1] ") && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            org.apertura.platform.mail.Outbox.deliverTo(context, email); // the reset mail's lines are looked at too
            return null;
        });
        String logs = output.getAll();
        assertThat(logs).contains("[bitacora-busqueda-1] ").contains("GET /buscar 200")
                .contains("POST /entrar 302").contains("POST /recuperar");
        String localPart = email.substring(0, email.indexOf('@'));
        assertThat(logs).as("no password in the logs").doesNotContain(password);
        assertThat(logs).as("no e-mail address in the logs").doesNotContain(localPart);
    }

    @Test
    void jsonLinesCarryTheRequestIdAsAField() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(lines);
        appender.start();
        Logger requests = context.getLogger("apertura.requests");
        requests.addAppender(appender);
        try {
            atProductionLevels(() -> {
                get("/", "X-Request-Id", "json-0000000001");
                for (int i = 0; i < 100 && !lines.toString(StandardCharsets.UTF_8).contains("json-0000000001"); i++) {
                    Thread.sleep(50); // the line is written once the answer is sent
                }
                return null;
            });
        } finally {
            requests.detachAppender(appender);
            appender.stop();
        }
        JsonNode line = new ObjectMapper().readTree(lines.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("json-0000000001")).findFirst().orElseThrow(() -> new AssertionError(lines)));
        assertThat(line.get("requestId").asString()).isEqualTo("json-0000000001");
        assertThat(line.get("message").asString()).startsWith("GET / 200");
        assertThat(line.get("log").get("level").asString()).isEqualTo("INFO");
    }

    private <T> T atProductionLevels(java.util.concurrent.Callable<T> work) throws Exception {
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        logging.setLogLevel("org.apertura", LogLevel.INFO);
        logging.setLogLevel("apertura.requests", LogLevel.INFO);
        try {
            return work.call();
        } finally {
            logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
            logging.setLogLevel("org.apertura", LogLevel.WARN);
            logging.setLogLevel("apertura.requests", LogLevel.WARN);
        }
    }
}
