package org.apertura.actionplan;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.storage.UnwritableStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 19, fault 5: the file store fails while a liaison uploads evidence (its directory replaced by a plain file, so
 * nothing can be written under it, even by root). The page says in words that the file could not be kept and nothing
 * was saved, the API answers a 503 problem in the caller's language, and no evidence row, ledger entry or half-written
 * file is left; once the store is back the same upload is accepted.
 */
@IntegrationTest
class EvidenceStorageFaultTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActionPlanService plans;
    @Autowired
    LedgerService ledger;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${apertura.files-dir}")
    String filesDir;

    @Test
    void anUploadWhileTheStoreFailsIsRefusedClearlyAndLeavesNothing() throws Exception {
        Commitment commitment = PlanFixtures.demoCommitment(plans, "DGO-02");
        Milestone milestone = plans.milestones(commitment).get(1);
        RequestPostProcessor liaison = PlanFixtures.withRole(accounts, details, "Enlace con almacén caído", Role.LIAISON,
                "congreso-durango", null);
        Account apiPerson = TestAccounts.person(accounts, "Enlace API con almacén caído");
        SystemActor.run(() -> accounts.grant(apiPerson.getId(), Role.LIAISON, "congreso-durango", null));
        String token = "Bearer " + accounts.createToken(apiPerson.getId(), "api").secret();
        byte[] pdf = ("%PDF-1.7\n% lista de asistencia " + UUID.randomUUID() + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
        String page = "/compromisos/" + commitment.getId() + "/hitos/" + milestone.getId() + "/evidencias";
        String api = "/api/v1/milestones/" + milestone.getId() + "/evidence";
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM evidence", Integer.class);
        long entries = ledger.verify().entries();

        UnwritableStore.during(filesDir, () -> {
            mvc.perform(multipart(page).file(new MockMultipartFile("file", "asistencia.pdf", "application/pdf", pdf))
                            .with(liaison).with(csrf()).param("title", "Lista de asistencia").param("kind", "FILE"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "30"))
                    .andExpect(content().string(containsString("No pudimos guardar el archivo")))
                    .andExpect(content().string(containsString("No se guardó nada de lo que envió")));
            mvc.perform(multipart(api).file(new MockMultipartFile("file", "asistencia.pdf", "application/pdf", pdf))
                            .param("title", "Lista de asistencia").header("Authorization", token)
                            .header("Accept-Language", "en"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.title").value("We could not keep the file"))
                    .andExpect(jsonPath("$.detail").value(containsString("Nothing you sent was saved")));
        });

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence", Integer.class)).as("no evidence row")
                .isEqualTo(rows);
        assertThat(ledger.verify().entries()).as("no ledger entry").isEqualTo(entries);

        mvc.perform(multipart(page).file(new MockMultipartFile("file", "asistencia.pdf", "application/pdf", pdf))
                        .with(liaison).with(csrf()).param("title", "Lista de asistencia").param("kind", "FILE"))
                .andExpect(flash().attribute("notice", "evidence.notice.submitted"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence", Integer.class)).isEqualTo(rows + 1);
    }
}
