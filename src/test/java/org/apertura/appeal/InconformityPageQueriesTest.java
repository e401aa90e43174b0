package org.apertura.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.apertura.IntegrationTest;
import org.apertura.PageStatements;
import org.apertura.jurisdiction.Institution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A recurso de inconformidad's page is built by its module in one place ({@link InconformityPageQuery}) and reads
 * what it shows: the remedy, its steps, three names and what the viewer may do, not the whole directory.
 */
@IntegrationTest
class InconformityPageQueriesTest {

    @LocalServerPort
    int port;
    @Autowired
    InconformityService inconformities;
    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void aRemedyPageReadsItsStepsAndNamesNotTheDirectory() throws Exception {
        String folio = inconformities.newestFolios(1).get(0);
        PageStatements.Counted page = PageStatements.of(entityManagers, port, "/inconformidades/" + folio,
                Institution.class, InconformityStep.class);
        System.out.printf("inconformity page: %d statements, %d institutions, %d steps loaded%n", page.statements(),
                page.loaded(Institution.class), page.loaded(InconformityStep.class));
        assertThat(page.body()).contains(folio);
        assertThat(page.loaded(InconformityStep.class)).as("its own steps")
                .isEqualTo(inconformities.steps(inconformities.byFolio(folio)).size());
        assertThat(page.loaded(Institution.class)).as("institutions loaded (its three names)").isLessThanOrEqualTo(4);
        assertThat(page.statements()).as("statements to build the remedy's page").isLessThanOrEqualTo(12);
    }
}
