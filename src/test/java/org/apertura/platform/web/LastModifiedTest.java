package org.apertura.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Downloads and feeds made only of ledger entries say when they last changed ({@code Last-Modified}), so a reader or
 * cache asking {@code If-Modified-Since} gets 304 until a new entry comes; a change younger than two seconds is not
 * announced (HTTP dates count whole seconds), so a cached copy is never wrongly confirmed.
 */
@IntegrationTest
class LastModifiedTest {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    @LocalServerPort
    int port;
    @Autowired
    LedgerService ledger;
    @Autowired
    TransactionTemplate transactions;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHistoryDownloadOfASubjectRevalidatesByItsNewestEntry() throws Exception {
        String id = "lm-" + System.nanoTime();
        String path = "/historial.csv?tipo=calendar&id=" + id;
        LedgerEntry first = transactions.execute(s -> ledger.append("jurisdiction", "calendar.day.added", "calendar", id,
                Map.of()));
        assertThat(get(path).headers().firstValue("Last-Modified")).as("a change of this very second is not announced")
                .isEmpty();
        Thread.sleep(2100); // the change settles (HTTP dates have no fractions of a second)

        HttpResponse<String> answer = get(path);
        assertThat(answer.statusCode()).isEqualTo(200);
        String lastModified = answer.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(Instant.from(HTTP_DATE.parse(lastModified))).isEqualTo(first.getRecordedAt()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(answer.headers().firstValue("ETag")).as("the tag of the bytes stays").isPresent();

        HttpResponse<String> unchanged = get(path, "If-Modified-Since", lastModified);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
        String earlier = HTTP_DATE.format(first.getRecordedAt().minusSeconds(5));
        assertThat(get(path, "If-Modified-Since", earlier).statusCode()).isEqualTo(200);

        transactions.execute(s -> ledger.append("jurisdiction", "calendar.day.added", "calendar", id, Map.of()));
        HttpResponse<String> changed = get(path, "If-Modified-Since", lastModified);
        assertThat(changed.statusCode()).as("a new entry is a change").isEqualTo(200);
        assertThat(changed.body().lines().count()).isEqualTo(3); // header and two entries
    }

    @Test
    void anAnswerWithoutAKnownOrSettledChangeIsLeftAsItIs() {
        Instant now = Instant.parse("2026-12-06T10:00:00.500Z");
        ResponseEntity<String> answer = ResponseEntity.ok().header("X-Test", "kept").body("x");
        assertThat(HttpCaching.lastModified(answer, null, now)).isSameAs(answer);
        assertThat(HttpCaching.lastModified(answer, now.minusMillis(1500), now)).isSameAs(answer);
        ResponseEntity<String> settled = HttpCaching.lastModified(answer, Instant.parse("2026-12-06T09:59:58.400Z"), now);
        assertThat(settled.getHeaders().getLastModified()).isEqualTo(Instant.parse("2026-12-06T09:59:58Z").toEpochMilli());
        assertThat(settled.getHeaders().getFirst("X-Test")).isEqualTo("kept");
        assertThat(settled.getBody()).isEqualTo("x");
    }
}
