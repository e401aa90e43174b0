package org.apertura.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apertura.IntegrationTest;
import org.apertura.ledger.LedgerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reader's kept page answered ahead of the filter chain ({@link ReaderPagesFilter}, docs/adr/0063) is the very
 * answer the whole chain gives for it: the same bytes and the same headers (security headers, caching, language), a
 * 304 for its tag; a change this node commits shows on the next request; a request with a session cookie, a
 * language change or a date precondition goes the whole way.
 */
@IntegrationTest
class ReaderPagesFilterTest {

    /** Set anew for every answer. */
    private static final List<String> PER_ANSWER = List.of("x-request-id", "date");
    /** A date precondition older than anything: the whole chain answers, from the kept bytes, with a 200. */
    private static final String LONG_AGO = "Thu, 01 Jan 1970 00:00:01 GMT";

    @LocalServerPort
    int port;
    @Autowired
    ReaderPages kept;
    @Autowired
    LedgerService ledger;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    List<PageChanges> sources;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, List<String>> headers(HttpResponse<?> answer) {
        Map<String, List<String>> headers = new TreeMap<>();
        answer.headers().map().forEach((name, values) -> {
            if (!PER_ANSWER.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), values);
            }
        });
        return headers;
    }

    private void sameAnswerBothWays(String path, String... headers) throws Exception {
        get(path, headers); // built, or already kept
        long early = kept.earlyHits();
        HttpResponse<byte[]> ahead = get(path, headers);
        assertThat(kept.earlyHits()).as(path + " answered ahead of the chain").isEqualTo(early + 1);

        long hits = kept.hits();
        String[] dated = java.util.Arrays.copyOf(headers, headers.length + 2);
        dated[headers.length] = "If-Modified-Since";
        dated[headers.length + 1] = LONG_AGO;
        HttpResponse<byte[]> whole = get(path, dated);
        assertThat(kept.earlyHits()).as("a date precondition goes the whole way").isEqualTo(early + 1);
        assertThat(kept.hits()).as("and is answered from the kept page there").isEqualTo(hits + 1);

        assertThat(ahead.statusCode()).isEqualTo(200);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(ahead.body()).as(path + ": the same bytes").isEqualTo(whole.body());
        assertThat(headers(ahead)).as(path + ": the same headers").isEqualTo(headers(whole));
        assertThat(ahead.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(ahead.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(ahead.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(ahead.headers().firstValue("Cache-Control")).hasValue("no-cache");

        String etag = ahead.headers().firstValue("ETag").orElseThrow();
        String[] tagged = java.util.Arrays.copyOf(headers, headers.length + 2);
        tagged[headers.length] = "If-None-Match";
        tagged[headers.length + 1] = etag;
        HttpResponse<byte[]> notModified = get(path, tagged);
        assertThat(kept.earlyHits()).isEqualTo(early + 2);
        String[] both = java.util.Arrays.copyOf(tagged, tagged.length + 2);
        both[tagged.length] = "If-Modified-Since";
        both[tagged.length + 1] = LONG_AGO;
        HttpResponse<byte[]> notModifiedWhole = get(path, both);
        assertThat(kept.earlyHits()).isEqualTo(early + 2);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModifiedWhole.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(headers(notModified)).as(path + ": the same 304").isEqualTo(headers(notModifiedWhole));
    }

    /**
     * Every reader's request answered ahead of the chain asks each source for its recent mark: a source that reads the
     * database must remember its read ({@link RecheckedPageChanges}), or every kept page costs a query. Twice a new
     * source forgot (the follower counts, ADR 0070; the votes under comments, ADR 0097), halving the readers' rate.
     */
    @Test
    void everySourceOfPageChangesSaysHowItsRecentMarkIsKept() throws Exception {
        for (PageChanges source : sources) {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(source);
            assertThat(type.getMethod("recentMark").getDeclaringClass())
                    .as(type.getName() + " answers recentMark() with PageChanges' default, a database read per request")
                    .isNotEqualTo(PageChanges.class);
        }
        assertThat(sources).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aKeptPageAnsweredAheadOfTheChainIsTheAnswerOfTheWholeChain() throws Exception {
        sameAnswerBothWays("/");
        sameAnswerBothWays("/", "Cookie", "APERTURA_LANG=en");
        sameAnswerBothWays("/solicitudes?q=presupuesto");
        assertThat(new String(get("/", "Cookie", "APERTURA_LANG=en").body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("lang=\"en\"");
        assertThat(get("/", "Cookie", "APERTURA_LANG=en").headers().firstValue("Content-Language")).hasValue("en");
    }

    @Test
    void aChangeThisNodeCommitsShowsOnTheNextRequest() throws Exception {
        get("/");
        get("/");
        transactions.execute(s -> ledger.append("jurisdiction", "calendar.day.added", "calendar", "filtro-lectores",
                Map.of()));
        long early = kept.earlyHits();
        HttpResponse<byte[]> after = get("/");
        assertThat(kept.earlyHits()).as("the kept page is older than the change: built again").isEqualTo(early);
        assertThat(after.statusCode()).isEqualTo(200);
        get("/");
        assertThat(kept.earlyHits()).as("and kept again").isEqualTo(early + 1);
    }

    @Test
    void aChangeAnotherNodeCommitsShowsWithinTheRecheck() throws Exception {
        get("/");
        get("/");
        // another node's follow: the follower counts' mark moved in the database, not through this node (ADR 0070)
        jdbc.update("UPDATE community_follow_mark SET version = version + 1 WHERE id = 1");
        Thread.sleep(1100); // apertura.reader-pages.recheck: 1 s
        long early = kept.earlyHits();
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(kept.earlyHits()).as("the kept page is older than the change: built again").isEqualTo(early);
        get("/");
        assertThat(kept.earlyHits()).as("and kept again").isEqualTo(early + 1);
    }

    @Test
    void aSessionCookieOrALanguageChangeGoesTheWholeWay() throws Exception {
        get("/");
        get("/");
        long early = kept.earlyHits();
        HttpResponse<byte[]> withSession = get("/", "Cookie", "APERTURA_SESSION=abc");
        HttpResponse<byte[]> choosing = get("/?lang=en");
        HttpResponse<byte[]> fragment = get("/", "HX-Request", "true");
        assertThat(kept.earlyHits()).isEqualTo(early);
        assertThat(withSession.statusCode()).isEqualTo(200);
        assertThat(choosing.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("APERTURA_LANG=en"));
        assertThat(fragment.statusCode()).isEqualTo(200);
    }
}
