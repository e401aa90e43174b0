package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apertura.HttpVisitor;
import org.apertura.IntegrationTest;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What a client sees on the wire from the real server: headers, cookies, error pages, the OpenAPI document. */
@IntegrationTest
class HttpBehaviourTest {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.apertura.identity.AccountService accounts;

    /** What a browser asks for when it opens a page. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        assertThat(get("/entrar").headers().allValues("Set-Cookie")).as("reading the sign-in page makes no session").isEmpty();
        String email = TestAccounts.uniqueEmail("galleta");
        accounts.signUp(email, TestAccounts.PASSWORD, "Galleta de prueba");
        HttpResponse<String> response = new HttpVisitor(port).signIn(email, TestAccounts.PASSWORD);
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("APERTURA_SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void theStylesheetHasAContentHashInItsNameAndIsCachedForAYear() throws Exception {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/css/apertura-[0-9a-f]{32}\\.css)\"")
                .matcher(get("/").body());
        assertThat(link.find()).as("the page links the fingerprinted stylesheet").isTrue();
        HttpResponse<String> css = get(link.group(1));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
        assertThat(css.headers().firstValue("Cache-Control")).get().asString().contains("max-age=31536000", "immutable");
        assertThat(css.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(css.body()).contains("@media print");
        // an old fingerprint is not served as if it were current
        assertThat(get("/css/apertura-00000000000000000000000000000000.css").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aFailureIsAFriendly500PageWithoutTechnicalDetails() throws Exception {
        HttpResponse<String> response = get("/prueba/falla", "Accept", BROWSER_ACCEPT);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Algo falló de nuestro lado").doesNotContain("IllegalStateException")
                .doesNotContain("on purpose");
        HttpResponse<String> english = get("/prueba/falla?lang=en", "Accept", BROWSER_ACCEPT);
        assertThat(english.body()).contains("Something failed on our side");
    }

    @Test
    void aFilterValueAPageCannotReadIsIgnoredAndSaidSoInsteadOfAnError() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        HttpResponse<String> bad = visitor.get("/historial?tipo=plan&pagina=abc");
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(visitor.location(bad)).isEqualTo("/historial?tipo=plan&ignorado=pagina");
        HttpResponse<String> page = visitor.get(visitor.location(bad));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Se ignoró el filtro «Página» porque su valor no es válido.");
        HttpResponse<String> theme = visitor.get("/convocatorias/" + demoCall() + "?tema=ZZ");
        assertThat(visitor.location(theme)).endsWith("?ignorado=tema");
        assertThat(visitor.get(visitor.location(theme) + "&lang=en").body())
                .contains("The filter «Theme» was ignored because its value is not valid.");
        assertThat(get("/api/v1/ledger?limit=abc").statusCode()).as("the API still explains it").isEqualTo(400);
        // values the page checks itself (an answer or an order that is none of its choices) are ignored the same way
        HttpResponse<String> answer = visitor.get("/convocatorias/" + demoCall() + "?respuesta=QUIZAS&orden=apoyos");
        assertThat(visitor.location(answer)).endsWith("?orden=apoyos&ignorado=respuesta");
        assertThat(visitor.get(visitor.location(answer)).body())
                .contains("Se ignoró el filtro «Respuesta» porque su valor no es válido.");
        assertThat(visitor.location(visitor.get("/convocatorias/" + demoCall() + "?orden=al-azar")))
                .endsWith("?ignorado=orden");
    }

    private String demoCall() throws Exception {
        java.util.regex.Matcher call = java.util.regex.Pattern.compile("href=\"/convocatorias/([a-z0-9-]+)\"")
                .matcher(get("/convocatorias").body());
        assertThat(call.find()).isTrue();
        return call.group(1);
    }

    @Test
    void anyWebPageMayReadTheOpenApiButNotWriteToItNorReadThePages() throws Exception {
        HttpResponse<String> read = get("/api/v1/jurisdictions", "Origin", "https://cuaderno.example.org");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(read.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/requests?q=presupuesto"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://cuaderno.example.org").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        HttpResponse<String> write = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/plain-language/analysis"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://cuaderno.example.org").header("Access-Control-Request-Method", "POST")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(get("/solicitudes", "Origin", "https://cuaderno.example.org").headers()
                .firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aMissingPageIsAFriendly404() throws Exception {
        HttpResponse<String> response = get("/no-existe", "Accept", BROWSER_ACCEPT);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("No encontramos esta página", "lang=\"es-MX\"");
    }

    @Test
    void theOpenApiDocumentDescribesEveryApi() throws Exception {
        HttpResponse<String> response = get("/api/docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = new ObjectMapper().readTree(response.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").propertyNames()).contains("/api/v1/jurisdictions", "/api/v1/jurisdictions/{slug}",
                "/api/v1/institutions", "/api/v1/institutions/{slug}", "/api/v1/ledger", "/api/v1/ledger/verify", "/api/v1/ledger/checkpoints",
                "/api/v1/me", "/api/v1/plain-language/analysis", "/api/v1/plain-language/glossary", "/api/v1/bodies/{slug}",
                "/api/v1/exercises", "/api/v1/plans/{id}", "/api/v1/commitments/{id}", "/api/v1/milestones/{id}/evidence",
                "/api/v1/evidence/{id}/review", "/api/v1/commitments/{id}/assessments",
                "/api/v1/calendars/{calendar}/due-date", "/api/v1/calendars/{calendar}/non-business-days");
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
    }
}
