package org.apertura.ledger;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator signs a checkpoint on demand; the request is in the public history and the signature covers it. */
@IntegrationTest
class LedgerAdminPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    LedgerCheckpoints checkpoints;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorSignsTheHeadNowAndTheHistorySaysSo() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        mvc.perform(get("/admin/historial").with(details.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Firmar un punto de control ahora")))
                .andExpect(content().string(containsString(checkpoints.keyId())))
                .andExpect(content().string(containsString("se generó al arrancar"))); // no key configured in tests
        long before = jdbc.queryForObject("SELECT last_seq FROM ledger_head WHERE id = 1", Long.class);

        mvc.perform(post("/admin/historial/firma").with(details.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/historial"))
                .andExpect(flash().attribute("notice", "ledger.admin.signed"));

        LedgerCheckpoints.SignedCheckpoint newest = checkpoints.newestFirst(1).get(0);
        assertThat(newest.seq()).as("the signature covers the entry recording the request").isGreaterThan(before);
        assertThat(jdbc.queryForObject("SELECT type FROM ledger_entry WHERE seq = ?", String.class, newest.seq()))
                .isEqualTo("ledger.checkpoint-requested");
        assertThat(checkpoints.check().valid()).isTrue();
        mvc.perform(get("/admin/historial").with(details.signedIn(admin)))
                .andExpect(content().string(containsString("<td>" + newest.seq() + "</td>")));
    }

    @Test
    void nobodyElseSignsAndAFormWithoutItsTokenChangesNothing() throws Exception {
        Account person = TestAccounts.person(accounts, "Paula");
        long count = jdbc.queryForObject("SELECT count(*) FROM ledger_signed_checkpoint", Long.class);
        mvc.perform(post("/admin/historial/firma").with(details.signedIn(person)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/historial").with(details.signedIn(person))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/historial/firma").with(details.signedIn(TestAccounts.admin(accounts))))
                .andExpect(status().isForbidden()); // no form token
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger_signed_checkpoint", Long.class)).isEqualTo(count);
    }
}
