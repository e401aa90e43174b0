package org.apertura.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apertura.HttpVisitor;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a browser or a cache in front of Apertura may keep: readers' pages, downloads and API answers revalidate by
 * their bytes (304 when unchanged), anything tied to a person is never stored, nothing for readers sets a cookie.
 */
@IntegrationTest
class HttpCachingTest {

    @LocalServerPort
    int port;
    @Autowired
    LedgerService ledger;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return String.join(", ", response.headers().allValues(name));
    }

    private void revalidates(String path, String... headers) throws Exception {
        HttpResponse<byte[]> first = get(path, headers);
        assertThat(first.statusCode()).as(path).isEqualTo(200);
        assertThat(header(first, "Cache-Control")).as(path).isEqualTo("no-cache");
        assertThat(header(first, "Vary").toLowerCase(java.util.Locale.ROOT)).as(path).contains("cookie", "accept-language", "hx-request");
        assertThat(first.headers().allValues("Set-Cookie")).as(path).isEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
        String[] conditional = java.util.Arrays.copyOf(headers, headers.length + 2);
        conditional[headers.length] = "If-None-Match";
        conditional[headers.length + 1] = etag;
        HttpResponse<byte[]> again = get(path, conditional);
        assertThat(again.statusCode()).as(path + " unchanged").isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void readersPagesDownloadsAndApiAnswersComeBackAs304WhenUnchanged() throws Exception {
        revalidates("/", "Accept", "text/html");
        revalidates("/jurisdicciones", "Accept", "text/html");
        revalidates("/glosario.csv");
        revalidates("/api/v1/ledger?after=0&limit=5");
        revalidates("/api/v1/ledger?after=0&limit=5", "Accept-Language", "en");
    }

    @Test
    void aCompressedAnswerRevalidatesToo() throws Exception {
        HttpResponse<byte[]> first = get("/", "Accept", "text/html", "Accept-Encoding", "gzip");
        assertThat(header(first, "Content-Encoding")).isEqualTo("gzip");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/", "Accept", "text/html", "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
    }

    @Test
    void aPublicChangeChangesTheTag() throws Exception {
        // the entries after today's head: the next public change is on this page whatever the ledger's length (the
        // first thousand entries of a long ledger do not change when one is added at its end)
        long head = transactions.execute(s -> ledger.append("jurisdiction", "calendar.day.added", "calendar",
                "etag-cabeza", Map.of())).getSeq();
        String path = "/api/v1/ledger?after=" + head + "&limit=1000";
        String before = get(path).headers().firstValue("ETag").orElseThrow();
        transactions.execute(s -> ledger.append("jurisdiction", "calendar.day.added", "calendar", "etag-prueba", Map.of()));
        HttpResponse<byte[]> sameAddress = get(path, "If-None-Match", before);
        assertThat(sameAddress.statusCode()).as("a changed ledger is sent again").isEqualTo(200);
        assertThat(sameAddress.headers().firstValue("ETag")).get().isNotEqualTo(before);
    }

    @Test
    void aSignedInPersonsPagesAndAnswersThatSetACookieAreNeverStored() throws Exception {
        String email = TestAccounts.uniqueEmail("cache");
        accounts.signUp(email, TestAccounts.PASSWORD, "Persona sin caché");
        HttpVisitor visitor = new HttpVisitor(port);
        visitor.signIn(email, TestAccounts.PASSWORD);
        for (String path : new String[] {"/", "/cuenta", "/jurisdicciones"}) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(header(page, "Cache-Control")).as(path).contains("no-store");
            assertThat(page.headers().firstValue("ETag")).as(path).isEmpty();
        }
        HttpResponse<byte[]> english = get("/?lang=en", "Accept", "text/html");
        assertThat(english.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("APERTURA_LANG="));
        assertThat(header(english, "Cache-Control")).contains("no-store");
        assertThat(english.headers().firstValue("ETag")).isEmpty();
        HttpResponse<byte[]> bearer = get("/api/v1/ledger?after=0&limit=5", "Authorization", "Bearer no-es-un-token");
        assertThat(header(bearer, "Cache-Control")).contains("no-store");
        HttpResponse<byte[]> missing = get("/no-existe-en-cache", "Accept", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(header(missing, "Cache-Control")).contains("no-store");
    }

    @Test
    void staticFilesAreKeptByAnyCache() throws Exception {
        HttpResponse<byte[]> icon = get("/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(header(icon, "Cache-Control")).contains("max-age=86400", "public");
        assertThat(icon.headers().firstValue("Last-Modified")).isPresent();
        assertThat(icon.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(header(icon, "Vary").toLowerCase(java.util.Locale.ROOT)).doesNotContain("cookie");
    }
}
