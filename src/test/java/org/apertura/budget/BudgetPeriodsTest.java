package org.apertura.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An office that closes its books monthly publishes each month's cut-off (the year from January to the month's end),
 * beside or instead of the quarters; a month and the quarter ending in it stand for the same day, and the later import
 * counts. A Fiscal Data Package carrying revenue imports both of its resources, or nothing.
 */
@IntegrationTest
class BudgetPeriodsTest {

    private static final String CONGRESS = "congreso-durango";
    private static final String HEADER = "UR,PROGRAMA,NOMBRE_PROGRAMA,PARTIDA,TIPO_GASTO,FUNCION,FUENTE,PERIODO,APROBADO,"
            + "MODIFICADO,COMPROMETIDO,DEVENGADO,EJERCIDO,PAGADO\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BudgetExplorer explorer;

    private ResultActions importing(String token, int year, String period, String value, byte[] body) throws Exception {
        return mvc.perform(post("/api/v1/budget/imports").header("Authorization", "Bearer " + token)
                .param("institution", CONGRESS).param("year", Integer.toString(year)).param(period, value)
                .param("fileName", "corte.csv").contentType(MediaType.TEXT_PLAIN).content(body));
    }

    /** One line of E-017 dated on {@code day}, with {@code paid} pesos paid of a million approved. */
    private static byte[] month(String day, long paid) {
        return (HEADER + "201,E-017,Compras abiertas,21101,1,1.3.4,11," + day + ",1000000,1000000,800000," + paid + ","
                + paid + "," + paid + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void periodsAreQuartersOrMonthsAndKnowTheirDays() {
        assertThat(Period.parse("Q2")).isEqualTo(Period.ofQuarter(2));
        assertThat(Period.parse("m11")).isEqualTo(Period.ofMonth(11));
        assertThat(Period.parse("Q5")).isNull();
        assertThat(Period.parse("M13")).isNull();
        assertThat(Period.parse("M0")).isNull();
        assertThat(Period.parse("2")).isNull();
        assertThat(Period.parse(null)).isNull();
        assertThat(Period.choices()).hasSize(16).startsWith(Period.ofQuarter(1)).endsWith(Period.ofMonth(12));
        // the second quarter is April to June; its figures stand at 30 June; May is in it
        assertThat(Period.ofQuarter(2).firstDay(2024)).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(Period.ofQuarter(2).lastDay(2024)).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(Period.ofQuarter(2).contains(2024, LocalDate.of(2024, 5, 15))).isTrue();
        assertThat(Period.ofQuarter(2).contains(2024, LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(Period.ofMonth(2).lastDay(2024)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.ofMonth(2).contains(2024, LocalDate.of(2024, 3, 1))).isFalse();
        assertThat(Period.ofMonth(5).quarter()).isEqualTo(2);
        // a quarter has begun on its first day, a month on its own
        assertThat(Period.ofQuarter(4).begunBy(2026, LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(Period.ofQuarter(4).begunBy(2026, LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(Period.ofMonth(12).begunBy(2026, LocalDate.of(2026, 11, 30))).isFalse();
        // March as a month and the first quarter stand at the same day, and are told apart by their words
        assertThat(Period.ofMonth(3).lastDay(2024)).isEqualTo(Period.ofQuarter(1).lastDay(2024));
        assertThat(Period.ofMonth(3).key()).isEqualTo("M3");
        assertThat(Period.ofQuarter(1).key()).isEqualTo("Q1");
    }

    @Test
    void monthlyCutOffsAreImportedShownOverTheYearAndTheLaterOfAMonthAndItsQuarterCounts() throws Exception {
        String token = BudgetTestFiles.budgetToken(accounts, CONGRESS);
        importing(token, 2016, "month", "1", month("2016-01-31", 100000)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.month").value(1)).andExpect(jsonPath("$.quarter").value(1))
                .andExpect(jsonPath("$.cutOff").value("2016-01-31"));
        importing(token, 2016, "month", "2", month("29/02/2016", 200000)).andExpect(status().isCreated());
        importing(token, 2016, "quarter", "1", month("2016-03-31", 300000)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.month").doesNotExist());

        Budget budget = explorer.budget(CONGRESS, 2016);
        List<BudgetExplorer.PeriodTotals> year = explorer.overTheYear(budget, Filter.NONE);
        assertThat(year).extracting(BudgetExplorer.PeriodTotals::period)
                .containsExactly(Period.ofMonth(1), Period.ofMonth(2), Period.ofQuarter(1));
        assertThat(year).extracting(t -> t.moments().paid())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100000"), new BigDecimal("200000"), new BigDecimal("300000"));
        mvc.perform(get("/api/v1/budget/budgets/" + CONGRESS + "/2016")).andExpect(status().isOk())
                .andExpect(jsonPath("$.periods.length()").value(3))
                .andExpect(jsonPath("$.periods[1].month").value(2))
                .andExpect(jsonPath("$.periods[1].cutOff").value("2016-02-29"))
                .andExpect(jsonPath("$.periods[2].quarter").value(1))
                .andExpect(jsonPath("$.snapshot.cutOff").value("2016-03-31"));

        String page = mvc.perform(get("/presupuesto/" + CONGRESS + "/2016")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Cifras acumuladas al cierre del trimestre 1 de 2016.", ">Enero</th>",
                ">Febrero</th>", ">Trimestre 1</th>");
        assertThat(page).doesNotContain("budget.period", "??");

        // March published as a month later stands for the same day as the first quarter, and replaces it
        importing(token, 2016, "month", "3", month("2016-03-15", 350000)).andExpect(status().isCreated());
        year = explorer.overTheYear(budget, Filter.NONE);
        assertThat(year).extracting(BudgetExplorer.PeriodTotals::period)
                .containsExactly(Period.ofMonth(1), Period.ofMonth(2), Period.ofMonth(3));
        assertThat(year.get(2).moments().paid()).isEqualByComparingTo("350000");
        String english = mvc.perform(get("/presupuesto/" + CONGRESS + "/2016?lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Figures accumulated to the end of March, 2016.", ">January</th>");
        String csv = mvc.perform(get("/presupuesto.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(CONGRESS + ",2016,1,2016-03-31,");
    }

    @Test
    void aMonthsFileWithARowOfAnotherMonthOrNoSinglePeriodIsRefusedAndChangesNothing() throws Exception {
        String token = BudgetTestFiles.budgetToken(accounts, CONGRESS);
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM budget_snapshot", Integer.class);
        // a row dated in March in February's file
        importing(token, 2017, "month", "2", month("2017-03-01", 100)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code", hasItem("budget.import.error.periodOther")))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "La fila es de otro periodo; este corte es el del cierre de febrero de 2017."));
        // a month and a quarter at once, a month that does not exist, neither
        importing(token, 2017, "month", "13", month("2017-03-01", 100)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code", hasItem("budget.import.error.quarter")));
        mvc.perform(post("/api/v1/budget/imports").header("Authorization", "Bearer " + token)
                .param("lang", "en").param("institution", CONGRESS).param("year", "2017")
                .param("month", "2").param("quarter", "1").contentType(MediaType.TEXT_PLAIN)
                .content(month("2017-02-01", 100))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Choose the period: a quarter or a month of the fiscal year."));
        // the language asked for in the header, as every other API takes it
        mvc.perform(post("/api/v1/budget/imports").header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en-US,en;q=0.9").param("institution", CONGRESS).param("year", "2017")
                .param("month", "2").param("quarter", "1").contentType(MediaType.TEXT_PLAIN)
                .content(month("2017-02-01", 100))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Choose the period: a quarter or a month of the fiscal year."));
        mvc.perform(post("/api/v1/budget/imports").header("Authorization", "Bearer " + token)
                .param("institution", CONGRESS).param("year", "2017").contentType(MediaType.TEXT_PLAIN)
                .content(month("2017-02-01", 100))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code", hasItem("budget.import.error.quarter")));
        // December of a year still to come has not begun
        importing(token, 2099, "month", "12", month("2099-12-01", 100)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "No puede haber cifras al cierre de diciembre de 2099: ese periodo aún no ha empezado."));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM budget_snapshot", Integer.class)).isEqualTo(before);
        assertThat(explorer.findBudget(CONGRESS, 2017)).isEmpty();
    }

    @Test
    void aPackageWhoseRevenueHasABadRowImportsNeitherItsExpenditureNorItsRevenue() throws Exception {
        byte[] zip = mvc.perform(get("/presupuesto/" + BudgetDemo.STATE + "/2025/paquete-fiscal.zip"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] broken = replaceInEntry(zip, FiscalDataPackage.REVENUE_DATA, ",81,", ",8X,");
        String token = BudgetTestFiles.budgetToken(accounts, CONGRESS);
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM budget_snapshot", Integer.class);
        // the package's rows say 2025, its year: the broken CRI is the one problem, and the good expenditure stays out
        importing(token, 2025, "quarter", "4", broken).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].value").value("8X"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM budget_snapshot", Integer.class)).isEqualTo(before);
        assertThat(explorer.findBudget(CONGRESS, 2025)).isEmpty();

        // the same package read for its revenue alone imports only the revenue
        mvc.perform(post("/api/v1/budget/imports").header("Authorization", "Bearer " + token)
                .param("institution", CONGRESS).param("year", "2025").param("quarter", "4").param("kind", "ingresos")
                .contentType(MediaType.TEXT_PLAIN).content(zip)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("ingresos")).andExpect(jsonPath("$.lines").value(6));
        Budget budget = explorer.budget(CONGRESS, 2025);
        assertThat(explorer.current(budget, BudgetKind.EXPENDITURE)).isEmpty();
    }

    /** The zip with one entry's text changed. */
    private static byte[] replaceInEntry(byte[] zip, String name, String from, String to) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    assertThat(text).contains(from);
                    content = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
