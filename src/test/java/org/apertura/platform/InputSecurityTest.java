package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Input that used to stall or flood the server: an e-mail address built to make a regular expression
 * backtrack (a@b.b.b….b.@ took 18 s of CPU at 64 KB), and bodies far larger than any form needs.
 */
@IntegrationTest
class InputSecurityTest {

    /** Before the fix, a 64 KB address took 18 s; a megabyte would take over an hour. A generous bound. */
    private static final Duration GENEROUS = Duration.ofSeconds(5);

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.apertura.identity.AccountService accounts;

    private static String adversarialEmail(int length) {
        StringBuilder address = new StringBuilder("a@b");
        while (address.length() < length) {
            address.append(".b");
        }
        return address.append(".@").toString();
    }

    @Test
    void theEmailCheckReadsAnAdversarialAddressInOnePass() {
        String huge = adversarialEmail(1_000_000);
        assertTimeoutPreemptively(GENEROUS, () -> assertThat(Emails.isValid(huge)).isFalse());
        assertThat(Emails.isValid("persona@ejemplo.mx")).isTrue();
        assertThat(Emails.isValid("persona.apellido+tag@sub.ejemplo.gob.mx")).isTrue();
        assertThat(Emails.isValid("persona@ejemplo")).isFalse();
        assertThat(Emails.isValid("persona@@ejemplo.mx")).isFalse();
        assertThat(Emails.isValid("per sona@ejemplo.mx")).isFalse();
        assertThat(Emails.isValid("persona@ejemplo..mx")).isFalse();
        assertThat(Emails.isValid("persona@ejemplo.mx.")).isFalse();
        assertThat(Emails.isValid("@ejemplo.mx")).isFalse();
        assertThat(Emails.isValid("a".repeat(65) + "@ejemplo.mx")).isFalse();
        assertThat(Emails.isValid("a@" + "b".repeat(250) + ".mx")).isFalse();
    }

    @Test
    void aFilingWithAnAdversarialAddressIsRefusedAtOnceThroughTheApi() {
        var person = org.apertura.identity.TestAccounts.person(accounts, "Sondeo");
        String token = accounts.createToken(person.getId(), "sondeo").secret();
        String body = "{\"institutions\":[\"idaip\"],\"description\":\"Quiero saber el presupuesto\","
                + "\"modality\":\"ELECTRONIC\",\"medium\":\"EMAIL\",\"contactEmail\":\"" + adversarialEmail(64_000) + "\"}";
        HttpResponse<String> response = assertTimeoutPreemptively(GENEROUS, () -> post("/api/v1/requests", body,
                "application/json", "Authorization", "Bearer " + token));
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyLargerThanAnyFormNeedsIsRefusedBeforeItIsRead() throws Exception {
        String big = "{\"description\":\"" + "x".repeat(2_000_000) + "\"}";
        assertThat(post("/api/v1/requests", big, "application/json").statusCode()).isEqualTo(413);
        assertThat(post("/api/v1/plain-language/analysis", big, "application/json").statusCode()).isEqualTo(413);
        assertThat(post("/solicitudes", "description=" + "x".repeat(2_000_000), "application/x-www-form-urlencoded")
                .statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> post(String path, String body, String type, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
