package org.apertura.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apertura.HttpVisitor;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reader's commitment, dataset and request pages say when what they show last changed, so a reader or cache asking
 * {@code If-Modified-Since} gets 304 without the page being built, until a public change; a signed-in person never gets
 * a date nor a 304 (their pages differ per person); an {@code If-None-Match} lets the bytes' tag decide.
 */
@IntegrationTest
class PageLastModifiedTest {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerService ledger;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first page of each kind that a reader may see. */
    private List<String> pages() throws Exception {
        List<String> pages = new ArrayList<>();
        pages.add(firstShown(jdbc.queryForList("SELECT id FROM commitment ORDER BY id", Long.class).stream()
                .map(id -> "/compromisos/" + id).toList()));
        pages.add(firstShown(jdbc.queryForList("SELECT name FROM opendata_dataset ORDER BY id", String.class).stream()
                .map(name -> "/datos/" + name).toList()));
        pages.add(firstShown(jdbc.queryForList("SELECT folio FROM access_request ORDER BY id", String.class).stream()
                .map(folio -> "/solicitudes/" + folio).toList()));
        return pages;
    }

    private String firstShown(List<String> paths) throws Exception {
        for (String path : paths) {
            if (get(path).statusCode() == 200) {
                return path;
            }
        }
        throw new AssertionError("no page shown among " + paths);
    }

    /** Asks until the last public change has settled (another test's change may be less than two seconds old). */
    private HttpResponse<String> settled(String path, String... headers) throws Exception {
        HttpResponse<String> page = get(path, headers);
        for (int i = 0; i < 20 && page.headers().firstValue("Last-Modified").isEmpty(); i++) {
            Thread.sleep(500);
            page = get(path, headers);
        }
        return page;
    }

    @Test
    void aReadersPageIsNotBuiltAgainUntilAPublicChange() throws Exception {
        List<String> pages = pages();
        List<String> dates = new ArrayList<>();
        for (String path : pages) {
            HttpResponse<String> page = settled(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            String lastModified = page.headers().firstValue("Last-Modified")
                    .orElseThrow(() -> new AssertionError(path + " has no Last-Modified"));
            assertThat(Instant.from(HTTP_DATE.parse(lastModified))).as(path).isBeforeOrEqualTo(org.apertura.TestClock.now());
            dates.add(lastModified);

            HttpResponse<String> unchanged = get(path, "If-Modified-Since", lastModified);
            assertThat(unchanged.statusCode()).as(path).isEqualTo(304);
            assertThat(unchanged.body()).as(path).isEmpty();
            assertThat(unchanged.headers().allValues("Set-Cookie")).as(path).isEmpty();

            HttpResponse<String> staleTag = get(path, "If-Modified-Since", lastModified, "If-None-Match", "W/\"stale\"");
            assertThat(staleTag.statusCode()).as(path + ": the tag decides when both are sent").isEqualTo(200);
            assertThat(staleTag.body()).as(path).contains("</html>");

            String earlier = HTTP_DATE.format(Instant.from(HTTP_DATE.parse(lastModified)).minusSeconds(5));
            assertThat(get(path, "If-Modified-Since", earlier).statusCode()).as(path).isEqualTo(200);
        }

        String id = "page-lm-" + System.nanoTime();
        transactions.execute(s -> ledger.append("jurisdiction", "calendar.day.added", "calendar", id, Map.of()));
        for (int i = 0; i < pages.size(); i++) {
            HttpResponse<String> changed = get(pages.get(i), "If-Modified-Since", dates.get(i));
            assertThat(changed.statusCode()).as(pages.get(i) + " after a public change").isEqualTo(200);
            changed = settled(pages.get(i), "If-Modified-Since", dates.get(i));
            assertThat(changed.statusCode()).as(pages.get(i) + " after a public change").isEqualTo(200);
            assertThat(changed.body()).contains("</html>");
            assertThat(Instant.from(HTTP_DATE.parse(changed.headers().firstValue("Last-Modified").orElseThrow())))
                    .isAfter(Instant.from(HTTP_DATE.parse(dates.get(i))));
        }
    }

    @Test
    void aSignedInPersonAlwaysGetsTheWholePageAndNoDate() throws Exception {
        String email = TestAccounts.uniqueEmail("lastmod");
        accounts.signUp(email, TestAccounts.PASSWORD, "Persona con sesión");
        HttpVisitor visitor = new HttpVisitor(port);
        visitor.signIn(email, TestAccounts.PASSWORD);
        String future = HTTP_DATE.format(org.apertura.TestClock.now().plusSeconds(3600));
        for (String path : pages()) {
            HttpResponse<String> page = visitor.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html").header("If-Modified-Since", future));
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Last-Modified")).as(path).isEmpty();
            assertThat(page.body()).as(path).contains("</html>");
        }
    }
}
