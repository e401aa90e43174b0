package org.apertura.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A guarantor's staff act only on the appeals before their own authority (ADR 0026): the staff of another guarantor
 * authority of the same state, and of another state's, are refused (403), the appeal does not change and nothing
 * reaches the ledger; their queue does not list it, and the authority's own staff act on it.
 */
@IntegrationTest
class AppealGuarantorScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppealFixtures fixtures;
    @Autowired
    AppealService appeals;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    JurisdictionService jurisdictions;
    @Autowired
    LedgerService ledger;

    @Test
    void aGuarantorOfAnotherAuthorityIsRefusedAndNothingChanges() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String comptroller = "contraloria-congreso-" + suffix;
        Account own = TestAccounts.person(accounts, "Ponencia propia " + suffix);
        Account sameState = TestAccounts.person(accounts, "Contraloría del Congreso " + suffix);
        Account requester = TestAccounts.person(accounts, "Lectora " + suffix);
        SystemActor.run(() -> {
            jurisdictions.createInstitution(new InstitutionDraft(comptroller, "Contraloría del Congreso " + suffix,
                    null, "durango", Branch.LEGISLATIVE, true, null, null));
            accounts.grant(own.getId(), Role.GUARANTOR, "idaip", null);
            accounts.grant(sameState.getId(), Role.GUARANTOR, comptroller, null);
        });
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(),
                AppealFixtures.Requester.account(requester.getId()));
        mvc.perform(post("/solicitudes/" + request + "/recurso").param("causes", "INCOMPLETE")
                .param("reasons", "Faltan anexos.").with(details.signedIn(requester)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String folio = appeals.ofRequest(request).get(0).getFolio();
        assertThat(appeals.byFolio(folio).getGuarantorSlug()).isEqualTo("idaip");
        long entries = ledger.verify().entries();

        mvc.perform(post("/recursos/" + folio + "/admision").with(details.signedIn(sameState)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recursos/" + folio + "/desechamiento").param("ground", "QUERY").param("text", "Es consulta.")
                .with(details.signedIn(sameState)).with(csrf())).andExpect(status().isForbidden());
        assertThat(appeals.byFolio(folio).getStage()).isEqualTo(AppealStage.FILED);
        assertThat(ledger.verify().entries()).isEqualTo(entries);
        String queue = mvc.perform(get("/garante/recursos").with(details.signedIn(sameState)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).doesNotContain(folio);

        mvc.perform(post("/recursos/" + folio + "/admision").with(details.signedIn(own)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(appeals.byFolio(folio).getStage()).isEqualTo(AppealStage.ADMITTED);
    }
}
