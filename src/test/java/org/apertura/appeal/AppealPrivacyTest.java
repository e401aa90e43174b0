package org.apertura.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The appellant is never shown: a marker planted in the requester's private contact e-mail, in the account's
 * e-mail and in its (pseudonymous) display name, and the private follow-up key, never appear in the list, the
 * appeal's page, the CSV, the API or the ledger, while the guarantor's public name does.
 */
@IntegrationTest
class AppealPrivacyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppealFixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    AppealService appeals;
    @Autowired
    AccountUserDetailsAccess details;

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void noPublicOutputShowsWhoAppealed() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        Account requester = accounts.signUp(marker + "-cuenta@ejemplo.mx", TestAccounts.PASSWORD, "Seudónimo " + marker);
        Account guarantor = TestAccounts.person(accounts, "Comisionado Público");
        String key = marker + "-clave";
        String byAccount = fixtures.answered("congreso-durango", fixtures.today(),
                new AppealFixtures.Requester(requester.getId(), marker + "-contacto@ejemplo.mx", null));
        String byKey = fixtures.answered("poder-judicial-durango", fixtures.today(),
                AppealFixtures.Requester.anonymous(marker + "-anonimo@ejemplo.mx", key));

        String first = mvc.perform(post("/solicitudes/" + byAccount + "/recurso").with(csrf())
                        .with(details.signedIn(requester)).param("causes", "INEXISTENCE").param("reasons", "No es inexistente."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(post("/solicitudes/" + byKey + "/recurso").with(csrf()).param("clave", key)
                        .param("causes", "CLASSIFICATION").param("reasons", "No debe reservarse."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        // The Congress's and the Judiciary's appeals go to the authorities assigned to them: the guarantor's staff
        // hold their role on each (ADR 0026).
        List.of(first, second).stream().map(a -> appeals.byFolio(a.substring("/recursos/".length())).getGuarantorSlug())
                .distinct().forEach(slug -> SystemActor.run(() -> accounts.grant(guarantor.getId(), Role.GUARANTOR,
                        slug, null)));
        for (String appeal : List.of(first, second)) {
            String folio = appeal.substring("/recursos/".length());
            mvc.perform(post(appeal + "/admision").with(csrf()).with(details.signedIn(guarantor)))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post(appeal + "/alegatos").with(csrf()).with(details.signedIn(requester)).param("clave", key)
                    .param("text", "Alegato sin nombre.")).andExpect(status().is3xxRedirection());
            String page = body(appeal);
            assertThat(page).contains("Comisionado Público", "Persona recurrente", "Alegato sin nombre.");
            List<String> outputs = List.of(page, body("/recursos"), body("/recursos.csv"), body("/recursos.csv?idioma=en"),
                    body("/api/v1/appeals"), body("/api/v1/appeals/" + folio),
                    body("/api/v1/ledger?subjectKind=appeal&subjectId=" + folio + "&limit=1000"),
                    body("/api/v1/ledger?limit=1000"), body("/historial"));
            for (String output : outputs) {
                assertThat(output).doesNotContain(marker).doesNotContain(key);
            }
        }
    }
}
