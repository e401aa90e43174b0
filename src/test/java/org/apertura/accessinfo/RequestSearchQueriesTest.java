package org.apertura.accessinfo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.jurisdiction.Institution;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The request search a reader follows from a link (issue 19's load benchmark asks {@code /solicitudes?q=presupuesto})
 * reads the page's results and the institutions once, and the next reader of the same search, while nothing public
 * changed, gets the page as kept ({@code platform.web.ReaderPages}) without the search being run again. Counted with
 * Hibernate's statistics over real HTTP.
 */
@IntegrationTest
class RequestSearchQueriesTest {

    @LocalServerPort
    int port;
    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void aSearchReadsItsResultsOnceAndTheNextReaderGetsItKept() throws Exception {
        // a search no other test asks: the first reader builds it
        java.util.Random random = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
        String path = String.format(java.util.Locale.ROOT, "/solicitudes?q=presupuesto&hasta=20%02d-%02d-%02d",
                50 + random.nextInt(49), 1 + random.nextInt(12), 1 + random.nextInt(28));
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        boolean was = statistics.isStatisticsEnabled();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        long first;
        long institutions;
        long second;
        String firstPage;
        String secondPage;
        try {
            firstPage = get(path);
            first = statistics.getPrepareStatementCount();
            institutions = statistics.getEntityStatistics(Institution.class.getName()).getLoadCount();
            statistics.clear();
            secondPage = get(path);
            second = statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(was);
            statistics.clear();
        }
        System.out.printf("request search: %d statements (%d institutions loaded), then %d for the next reader%n",
                first, institutions, second);
        assertThat(firstPage).contains("presupuesto");
        assertThat(secondPage).as("the next reader reads the same page").isEqualTo(firstPage);
        assertThat(first).as("statements to build the search page").isLessThanOrEqualTo(12);
        assertThat(second).as("statements for the next reader of the same search, nothing changed").isLessThanOrEqualTo(3);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Set-Cookie")).as("a reader gets no session").isEmpty();
        return page.body();
    }
}
