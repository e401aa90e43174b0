package org.apertura.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every public list of the budget downloads as CSV and JSON, linked from its page: a programme's contracting
 * processes, a snapshot's warnings, a comparison, and a commitment's money trail.
 */
@IntegrationTest
class BudgetDownloadsTest {

    private static final String BASE = "/presupuesto/" + BudgetDemo.STATE + "/" + BudgetDemo.YEAR;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aProgrammesProcessesAndACommitmentsTrailDownload() throws Exception {
        assertThat(body(BASE + "/programas/E-017")).contains(BASE + "/programas/E-017/contrataciones.csv")
                .contains("/api/v1/budget/budgets/" + BudgetDemo.STATE + "/2025/programmes/E-017");
        assertThat(body(BASE + "/programas/E-017/contrataciones.csv")).contains("ocid")
                .contains("Plataforma de contrataciones abiertas");
        mvc.perform(get("/api/v1/budget/budgets/" + BudgetDemo.STATE + "/2025/programmes/E-017"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.processes[0].ocid").exists());

        Long id = jdbc.queryForObject("SELECT MIN(id) FROM commitment WHERE code = 'DGO-01'", Long.class);
        assertThat(body("/compromisos/" + id + "/dinero")).contains("/compromisos/" + id + "/dinero.csv")
                .contains("/api/v1/budget/trails/" + id);
        assertThat(body("/compromisos/" + id + "/dinero.csv")).contains("Plataforma de contrataciones abiertas")
                .contains("E-017");
    }

    @Test
    void aSnapshotsWarningsAndAComparisonDownload() throws Exception {
        Long snapshot = jdbc.queryForObject("SELECT s.id FROM budget_snapshot s JOIN budget b ON b.id = s.budget_id "
                + "WHERE b.institution_slug = ? AND s.kind = 'EXPENDITURE' AND s.quarter = 4", Long.class,
                BudgetDemo.STATE);
        String page = BASE + "/cortes/" + snapshot;
        assertThat(body(page)).contains(page + "/advertencias.csv");
        String warnings = body(page + "/advertencias.csv");
        assertThat(warnings).contains("pagado es mayor");
        assertThat(warnings.lines().count()).isGreaterThan(1);
        mvc.perform(get("/api/v1/budget/budgets/" + BudgetDemo.STATE + "/2025/snapshots/" + snapshot + "/warnings"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].warnings[0]").exists());

        String a = BudgetDemo.STATE + "/2025";
        String b = "ayuntamiento-durango/2025";
        assertThat(body("/presupuesto/comparar?a=" + a + "&b=" + b)).contains("/presupuesto/comparar.csv?a=");
        String compared = body("/presupuesto/comparar.csv?a=" + a + "&b=" + b);
        assertThat(compared).contains(a + ",total").contains(b + ",total").contains("Servicios personales");
        mvc.perform(get("/api/v1/budget/compare").param("a", a).param("b", b)).andExpect(status().isOk())
                .andExpect(jsonPath("$[1].institution").value("ayuntamiento-durango"))
                .andExpect(jsonPath("$[0].chapter.length()").value(9));
        mvc.perform(get("/api/docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/budget/compare")));
    }
}
