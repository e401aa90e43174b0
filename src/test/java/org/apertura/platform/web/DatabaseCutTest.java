package org.apertura.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * While the database cannot be reached, a reader gets 503 «Estamos por volver» with Retry-After and the request's
 * reference, and the API a problem document: never an empty 200 or a stack trace, whatever the caching layer in front
 * of the answer held. The fast, in-process half of NodeFaultsTest's database cut (issue 19).
 */
@IntegrationTest
class DatabaseCutTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void restore() {
        CuttableDatabase.restore();
    }

    @Test
    void theCutLooksToSpringMvcLikeAClientGoneAwaySoItIsAnsweredBeforeItsResolvers() {
        // why DatabaseUnavailable is also an exception resolver (ADR 0029): left to Spring MVC, this failure is
        // "handled" as a disconnected client, with nothing answered (an empty 200)
        Exception cut = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                CuttableDatabase.failure());
        assertThat(DisconnectedClientHelper.isClientDisconnectedException(cut)).isTrue();
        assertThat(DatabaseUnavailable.causedByUnreachableDatabase(cut)).isTrue();
    }

    @Test
    void theApiAnswersAProblemDocumentWhileTheDatabaseIsCut() throws Exception {
        assertThat(get("/api/v1/ledger/checkpoints?limit=1").statusCode()).isEqualTo(200);
        CuttableDatabase.cut();
        HttpResponse<String> api = get("/api/v1/ledger/checkpoints?limit=1", "Accept", "application/json");
        assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(api.body()).contains("\"status\":503", "no está disponible", "requestId")
                .doesNotContain("Exception", "at org.");
        CuttableDatabase.restore();
        assertThat(get("/api/v1/ledger/checkpoints?limit=1").statusCode()).as("back by itself").isEqualTo(200);
    }

    @Test
    void aPageSaysWeAreComingBackWhileTheDatabaseIsCut() throws Exception {
        assertThat(get("/jurisdicciones").statusCode()).isEqualTo(200);
        CuttableDatabase.cut();
        HttpResponse<String> page = get("/jurisdicciones", "Accept", "text/html");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.body()).contains("Estamos por volver", "Referencia de esta respuesta")
                .doesNotContain("Exception", "at org.", "SQL");
        CuttableDatabase.restore();
        assertThat(get("/jurisdicciones").statusCode()).as("back by itself").isEqualTo(200);
    }
}
