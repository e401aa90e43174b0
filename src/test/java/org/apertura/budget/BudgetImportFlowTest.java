package org.apertura.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A budget office imports quarters through the API; the public pages and downloads show them; an import with one bad
 * row saves nothing and says where; the Fiscal Data Package reads back to the same totals; the demo's money trail of
 * DGO-01 reaches its contracts and payments and names the gaps.
 */
@IntegrationTest
class BudgetImportFlowTest {

    private static final String CONGRESS = "congreso-durango";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BudgetExplorer explorer;

    private ResultActions importing(String token, String institution, int year, int quarter, byte[] body) throws Exception {
        return mvc.perform(post("/api/v1/budget/imports").header("Authorization", "Bearer " + token)
                .param("institution", institution).param("year", Integer.toString(year))
                .param("quarter", Integer.toString(quarter)).param("fileName", "trimestre.csv")
                .contentType(MediaType.TEXT_PLAIN).content(body));
    }

    @Test
    void aQuarterImportedThroughTheApiIsPublicWithItsWarningAndItsFingerprint() throws Exception {
        String token = BudgetTestFiles.budgetToken(accounts, CONGRESS);
        byte[] file = BudgetTestFiles.goodQuarter().getBytes(StandardCharsets.UTF_8);
        importing(token, CONGRESS, 2021, 2, file).andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines").value(3))
                .andExpect(jsonPath("$.linesWithWarnings").value(1));
        Budget budget = explorer.budget(CONGRESS, 2021);
        BudgetSnapshot snapshot = explorer.current(budget, BudgetKind.EXPENDITURE).orElseThrow();
        Moments totals = explorer.totals(snapshot.getId(), Filter.NONE);
        assertThat(totals.approved()).isEqualByComparingTo("8000000.00");
        assertThat(totals.modified()).isEqualByComparingTo("8030000.00");
        assertThat(totals.paid()).isEqualByComparingTo("2110000.00");
        assertThat(snapshot.getFileSha256()).isEqualTo(org.apertura.platform.Hashing.sha256Hex(file));
        assertThat(jdbc.queryForList("SELECT payload FROM ledger_entry WHERE module = 'budget' AND subject_id = ?",
                String.class, budget.getId().toString())).singleElement().asString().contains(snapshot.getFileSha256());

        mvc.perform(get("/presupuesto/" + CONGRESS + "/2021")).andExpect(status().isOk())
                .andExpect(content().string(containsString("E-017 Compras abiertas")))
                .andExpect(content().string(containsString("lo pagado es mayor que lo ejercido")))
                .andExpect(content().string(containsString("$8,030,000.00")));
        mvc.perform(get("/presupuesto/" + CONGRESS + "/2021/programas/E-017")).andExpect(status().isOk())
                .andExpect(content().string(containsString("33601")));
        mvc.perform(get("/presupuesto/" + CONGRESS + "/2021/capitulo.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Inversión pública")));

        // the next quarter: the report names what changed in each programme
        String next = BudgetTestFiles.goodQuarter().replace("360000\n", "460000\n");
        importing(token, CONGRESS, 2021, 3, next.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated());
        BudgetSnapshot third = explorer.current(budget, BudgetKind.EXPENDITURE).orElseThrow();
        assertThat(third.getPreviousId()).isEqualTo(snapshot.getId());
        assertThat(explorer.changes(third, CONGRESS)).singleElement()
                .satisfies(c -> assertThat(c.paidChange()).isEqualByComparingTo("100000"));
    }

    @Test
    void anImportWithBadRowsSavesNothingAndSaysLineColumnValueAndWhy() throws Exception {
        String token = BudgetTestFiles.budgetToken(accounts, CONGRESS);
        String bad = BudgetTestFiles.goodQuarter()
                + "201,E-017,Compras abiertas,99901,1,1.3.4,11,abc,0,0,0,0,0,0,0\n"
                + "201,X17,Otro,21101,9,7.7,99,100,0,0,100,0,0,0,0\n";
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM budget_line", Integer.class);
        importing(token, CONGRESS, 2022, 1, bad.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code", hasItem("budget.import.error.partida")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("budget.import.error.amount")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("budget.import.error.programme")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("budget.import.error.function")))
                .andExpect(jsonPath("$.errors[0].line").value(5))
                .andExpect(jsonPath("$.errors[0].column").value("PARTIDA"))
                .andExpect(jsonPath("$.errors[0].value").value("99901"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM budget_line", Integer.class)).isEqualTo(before);
        assertThat(explorer.findBudget(CONGRESS, 2022)).isEmpty();

        // Latin-1, a period of another year, a quarter that has not begun, a required column missing
        String latin = "UR;PROGRAMA;NOMBRE_PROGRAMA;PARTIDA;TIPO_GASTO;FUNCION;FUENTE;APROBADO;PERIODO\n"
                + "201;E-017;Educación;21101;1;2.5.1;11;100;2021-03-31\n";
        importing(token, CONGRESS, 2022, 1, latin.getBytes(Charset.forName("ISO-8859-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code", hasItem("budget.import.error.periodYear")));
        importing(token, CONGRESS, 2099, 1, latin.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code", hasItem("budget.import.error.periodNotBegun")));
        importing(token, CONGRESS, 2022, 1, "UR,PROGRAMA\n1,E-017\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code", hasItem("budget.import.error.unmapped")));
        assertThat(explorer.findBudget(CONGRESS, 2022)).isEmpty();
    }

    @Test
    void theFiscalDataPackageExportImportsBackToTheSameTotals() throws Exception {
        Budget state = explorer.budget(BudgetDemo.STATE, BudgetDemo.YEAR);
        Moments exported = explorer.totals(explorer.current(state, BudgetKind.EXPENDITURE).orElseThrow().getId(), Filter.NONE);
        byte[] zip = mvc.perform(get("/presupuesto/" + BudgetDemo.STATE + "/2025/paquete-fiscal.zip"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String descriptor = mvc.perform(get("/presupuesto/" + BudgetDemo.STATE + "/2025/datapackage.json"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.model.measures.aprobado.phase").value("approved"))
                .andExpect(jsonPath("$.model.dimensions.programa.dimensionType").value("activity"))
                .andExpect(jsonPath("$.resources[0].path").value("presupuesto.csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(descriptor).contains("\"profiles\"").contains("\"fiscalPeriod\"");

        String token = BudgetTestFiles.budgetToken(accounts, "poder-judicial-durango");
        importing(token, "poder-judicial-durango", 2025, 4, zip).andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("FDP"));
        Budget copy = explorer.budget("poder-judicial-durango", 2025);
        Moments imported = explorer.totals(explorer.current(copy, BudgetKind.EXPENDITURE).orElseThrow().getId(), Filter.NONE);
        assertThat(imported).isEqualTo(exported);
        assertThat(explorer.totalsBy(explorer.current(copy, BudgetKind.EXPENDITURE).orElseThrow().getId(),
                Dimension.CHAPTER, Filter.NONE, "poder-judicial-durango")).hasSize(9);

        // the package's second resource, the revenue by CRI, comes back with it as the same period's revenue
        BudgetSnapshot stateRevenue = explorer.current(state, BudgetKind.REVENUE).orElseThrow();
        BudgetSnapshot copyRevenue = explorer.current(copy, BudgetKind.REVENUE).orElseThrow();
        assertThat(copyRevenue.getPeriod()).isEqualTo(Period.ofQuarter(4));
        assertThat(revenueSums(copyRevenue)).isEqualTo(revenueSums(stateRevenue)).hasSize(5);
        assertThat(revenueSums(copyRevenue).get(0)).isEqualByComparingTo("6");
    }

    /** The number of revenue lines and the sums of their four moments. */
    private List<BigDecimal> revenueSums(BudgetSnapshot snapshot) {
        List<BudgetExplorer.RevenueView> lines = explorer.revenue(snapshot.getId());
        return List.of(BigDecimal.valueOf(lines.size()),
                lines.stream().map(BudgetExplorer.RevenueView::estimated).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().map(BudgetExplorer.RevenueView::modified).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().map(BudgetExplorer.RevenueView::accrued).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().map(BudgetExplorer.RevenueView::collected).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void theDemoTrailOfDgo01ReachesItsContractsAndNamesTheGaps() throws Exception {
        Long id = jdbc.queryForObject("SELECT MIN(id) FROM commitment WHERE code = 'DGO-01'", Long.class);
        mvc.perform(get("/compromisos/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/compromisos/" + id + "/dinero")));
        mvc.perform(get("/compromisos/" + id + "/dinero")).andExpect(status().isOk())
                .andExpect(content().string(containsString("E-017 Compras públicas abiertas y transparentes")))
                .andExpect(content().string(containsString("Plataforma de contrataciones abiertas")))
                .andExpect(content().string(containsString("$1,450,000.00")))
                .andExpect(content().string(containsString("Contrato pagado sin programa presupuestario")))
                .andExpect(content().string(containsString("faltan")));
        mvc.perform(get("/api/v1/budget/trails/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.programme").value("E-017"))
                .andExpect(jsonPath("$.processes.length()").value(2))
                .andExpect(jsonPath("$.gaps[*].code", hasItem("budget.gap.unprogrammed")));
        Map<String, Object> warned = jdbc.queryForMap("SELECT COUNT(*) AS n FROM budget_line l JOIN budget_snapshot s "
                + "ON s.id = l.snapshot_id WHERE l.warnings LIKE '%OVER_EXERCISED%' AND s.quarter = 4");
        assertThat(((Number) warned.get("n")).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(new BigDecimal("0")).isNotNull();
    }
}
