package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.jurisdiction.Institution;
import org.apertura.secretariat.CollegiateBody;
import org.apertura.secretariat.SecretariatService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Building a commitment's page reads what it shows, not every institution or body of the portal (issue 19: the lead
 * institution and the secretariat were found among all of them, several times per page), counted with Hibernate's
 * statistics while a reader's page is built (a query no kept page answers).
 */
@IntegrationTest
class CommitmentPageQueriesTest {

    @LocalServerPort
    int port;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void aCommitmentPageLoadsItsLeadAndBodyNotEveryOne() throws Exception {
        ActionPlan plan = PlanFixtures.draftPlan(plans, PlanFixtures.secretariatWithAgreements(secretariat),
                LocalDate.parse("2026-06-30"));
        String path = "/compromisos/" + plans.commitments(plan).get(0).getId() + "?n=" + UUID.randomUUID();
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        boolean was = statistics.isStatisticsEnabled();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        long statements;
        long institutions;
        long bodies;
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            statements = statistics.getPrepareStatementCount();
            institutions = statistics.getEntityStatistics(Institution.class.getName()).getLoadCount();
            bodies = statistics.getEntityStatistics(CollegiateBody.class.getName()).getLoadCount();
        } finally {
            statistics.setStatisticsEnabled(was);
            statistics.clear();
        }
        System.out.printf("commitment page: %d statements, %d institutions, %d bodies loaded%n", statements,
                institutions, bodies);
        assertThat(institutions).as("institutions loaded (the lead, by id)").isLessThanOrEqualTo(8);
        assertThat(bodies).as("collegiate bodies loaded (the plan's, by id)").isLessThanOrEqualTo(8);
    }
}
