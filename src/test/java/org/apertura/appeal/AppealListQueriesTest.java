package org.apertura.appeal;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.PageStatements;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The guarantor's work queue and the list of recursos de inconformidad are built by their module in one place
 * ({@link AppealQueueQuery}, {@link InconformityListQuery}) with a number of statements that does not grow with the
 * number of rows they show (docs/adr/0069).
 */
@IntegrationTest
class AppealListQueriesTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    EntityManagerFactory entityManagers;
    @Autowired
    AppealFixtures fixtures;
    @Autowired
    AppealQueueQuery queues;
    @Autowired
    InconformityService inconformities;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;

    @Test
    void theGuarantorsQueueCostsTheSameWithMoreAppeals() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Account guarantor = TestAccounts.person(accounts, "Ponencia de la cola " + suffix);
        Account requester = TestAccounts.person(accounts, "Solicitante de la cola " + suffix);
        SystemActor.run(() -> accounts.grant(guarantor.getId(), Role.GUARANTOR, "idaip", null));
        file(requester);
        queue(guarantor); // the calendars cached, as any page after the first
        PageStatements.Counted before = queue(guarantor);
        String[] added = {file(requester), file(requester), file(requester)};
        PageStatements.Counted after = queue(guarantor);
        System.out.printf("guarantor queue: %d statements for %d appeals, %d for %d%n", before.statements(),
                before.loaded(Appeal.class), after.statements(), after.loaded(Appeal.class));

        assertThat(after.body()).contains(added);
        assertThat(after.loaded(Appeal.class)).as("appeals shown")
                .isEqualTo(before.loaded(Appeal.class) + added.length)
                .isEqualTo(queues.before("idaip").items().size());
        // one appeal more is no statement more (a background job's statement aside)
        assertThat(after.statements()).as("statements with three appeals more")
                .isLessThanOrEqualTo(before.statements() + 1);
        assertThat(after.statements()).as("statements to build the queue").isLessThanOrEqualTo(20);
    }

    @Test
    void theListOfInconformidadesReadsOnePageWhateverItShows() throws Exception {
        long all = inconformities.search(null, null, 0).getNumberOfElements();
        PageStatements.Counted none = PageStatements.of(entityManagers, port,
                "/inconformidades?resolucion=" + InconformityResolution.MODIFIED + "&etapa=" + InconformityStage.FILED,
                Inconformity.class);
        PageStatements.Counted page = PageStatements.of(entityManagers, port, "/inconformidades", Inconformity.class);
        System.out.printf("inconformity list: %d statements for %d remedies, %d for none%n", page.statements(), all,
                none.statements());

        assertThat(all).as("the demo's remedy at least").isPositive();
        assertThat(none.loaded(Inconformity.class)).isZero();
        assertThat(page.loaded(Inconformity.class)).as("the remedies on the page, each once").isEqualTo(all);
        assertThat(page.statements()).as("statements with the remedies shown and with none")
                .isLessThanOrEqualTo(none.statements() + 1).isLessThanOrEqualTo(6);
    }

    private String file(Account requester) throws Exception {
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(),
                AppealFixtures.Requester.account(requester.getId()));
        String location = mvc.perform(post("/solicitudes/" + request + "/recurso").param("causes", "INCOMPLETE")
                .param("reasons", "Faltan anexos.").with(details.signedIn(requester)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return location.substring("/recursos/".length());
    }

    private PageStatements.Counted queue(Account guarantor) throws Exception {
        return PageStatements.counting(entityManagers, () -> mvc.perform(get("/garante/recursos")
                .with(details.signedIn(guarantor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8), Appeal.class);
    }
}
