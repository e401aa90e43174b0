package org.apertura.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A line charged to a programme key of another institution (here E-010, a programme only the state executive has) is
 * refused with a clear error in Spanish and English naming whose it is, and nothing of the import stays.
 */
@IntegrationTest
class BudgetOtherInstitutionTest {

    private static final String CONGRESS = "congreso-durango";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BudgetExplorer explorer;

    private MockHttpServletRequestBuilder importing(String token, byte[] body, String language) {
        return post("/api/v1/budget/imports").header("Authorization", "Bearer " + token)
                .param("lang", language).param("institution", CONGRESS).param("year", "2017")
                .param("quarter", "2").param("fileName", "t2.csv").contentType(MediaType.TEXT_PLAIN).content(body);
    }

    @Test
    void aProgrammeKeyOfAnotherInstitutionIsRefusedByNameAndNothingChanges() throws Exception {
        assertThat(explorer.programme(BudgetDemo.STATE, "E-010")).as("the state's programme").isPresent();
        assertThat(explorer.programme(CONGRESS, "E-010")).isEmpty();
        String token = BudgetTestFiles.budgetToken(accounts, CONGRESS);
        String file = "UR,PROGRAMA,PARTIDA,TIPO_GASTO,FUNCION,FUENTE,APROBADO\n"
                + "201,E-010,21101,1,1.3.4,11,1000\n";
        int lines = jdbc.queryForObject("SELECT COUNT(*) FROM budget_line", Integer.class);
        int programmes = jdbc.queryForObject("SELECT COUNT(*) FROM budget_programme", Integer.class);
        mvc.perform(importing(token, file.getBytes(StandardCharsets.UTF_8), "es"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("budget.import.error.otherProgramme"))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].value").value("E-010"))
                .andExpect(jsonPath("$.errors[0].message", containsString("es de otra institución")))
                .andExpect(jsonPath("$.errors[0].message", containsString("Poder Ejecutivo")));
        mvc.perform(importing(token, file.getBytes(StandardCharsets.UTF_8), "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("belongs to another institution")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM budget_line", Integer.class)).isEqualTo(lines);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM budget_programme", Integer.class)).isEqualTo(programmes);
        assertThat(explorer.findBudget(CONGRESS, 2017)).isEmpty();
        assertThat(explorer.programme(CONGRESS, "E-010")).isEmpty();
    }
}
