package org.apertura.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Only the BUDGET role of the institution imports its budget; anonymous, another role or another scope change nothing. */
@IntegrationTest
class BudgetSecurityTest {

    private static final String INSTITUTION = "congreso-durango";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BudgetPolicy policy;

    private int snapshots() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM budget_snapshot", Integer.class);
    }

    private org.springframework.test.web.servlet.ResultActions post(String token) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/budget/imports")
                .param("institution", INSTITUTION).param("year", "2020").param("quarter", "1")
                .contentType(MediaType.TEXT_PLAIN)
                .content(BudgetTestFiles.goodQuarter().getBytes(StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request);
    }

    @Test
    void anonymousIsA401AndNothingIsSaved() throws Exception {
        int before = snapshots();
        post(null).andExpect(status().isUnauthorized());
        assertThat(snapshots()).isEqualTo(before);
    }

    @Test
    void anotherRoleOfTheInstitutionIsA403() throws Exception {
        Account person = TestAccounts.person(accounts, "Enlace");
        SystemActor.run(() -> accounts.grant(person.getId(), Role.LIAISON, INSTITUTION, null));
        int before = snapshots();
        post(accounts.createToken(person.getId(), "t").secret()).andExpect(status().isForbidden());
        assertThat(snapshots()).isEqualTo(before);
    }

    @Test
    void theBudgetOfficeOfAnotherInstitutionIsA403() throws Exception {
        int before = snapshots();
        post(BudgetTestFiles.budgetToken(accounts, "poder-judicial-durango")).andExpect(status().isForbidden());
        assertThat(snapshots()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM budget WHERE institution_slug = ? AND fiscal_year = 2020",
                Integer.class, INSTITUTION)).isZero();
    }

    @Test
    void theImportPageAsksAnonymousPeopleToSignInAndEveryoneReads() throws Exception {
        mvc.perform(get("/presupuesto/importar")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/presupuesto")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/budget/budgets")).andExpect(status().isOk());
    }

    @Test
    void thePolicyAllowsImportOnlyToTheInstitutionsBudgetOffice() {
        assertThat(policy.allowed(Actor.holding(Authority.of(Role.BUDGET, INSTITUTION)), INSTITUTION)
                .may(BudgetAction.IMPORT)).isTrue();
        assertThat(policy.allowed(Actor.holding(Authority.of(Role.BUDGET, "idaip")), INSTITUTION)
                .may(BudgetAction.IMPORT)).isFalse();
        assertThat(policy.allowed(Actor.holding(Authority.of(Role.PROCUREMENT, INSTITUTION)), INSTITUTION).any()).isFalse();
        assertThat(policy.allowed(Actor.holding(Authority.ADMIN), INSTITUTION).any()).isFalse();
        assertThat(policy.allowed(Actor.anonymous(), INSTITUTION).any()).isFalse();
    }
}
