package org.apertura.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.apertura.IntegrationTest;
import org.apertura.PageStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An institution's page is built by its module in one place ({@link InstitutionPageQuery}) and reads what it shows:
 * the institution, the guarantor that would hear an appeal against it and one section per module that knows it,
 * not every institution of the directory, nor every dataset of the portal (its open data section scored the whole
 * catalog's ranking to show one line of it: about 400 statements).
 */
@IntegrationTest
class InstitutionPageQueriesTest {

    @LocalServerPort
    int port;
    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void anInstitutionPageReadsItsSectionsNotTheDirectory() throws Exception {
        // the demo's executive: requests, commitments, feedback, purchases and open data all have a section on its page
        PageStatements.Counted page = PageStatements.of(entityManagers, port, "/instituciones/poder-ejecutivo-durango",
                Institution.class);
        System.out.printf("institution page: %d statements, %d institutions loaded%n", page.statements(),
                page.loaded(Institution.class));
        assertThat(page.body()).contains("Poder Ejecutivo", "Datos abiertos", "Completitud promedio");
        assertThat(page.loaded(Institution.class)).as("institutions loaded (it, its guarantor)").isLessThanOrEqualTo(4);
        assertThat(page.statements()).as("statements to build the institution page").isLessThanOrEqualTo(40);
    }
}
