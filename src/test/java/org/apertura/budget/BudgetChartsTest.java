package org.apertura.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A budget's charts are the platform's: where the money goes as a treemap that adds up to the chapter totals the page
 * downloads, the moments quarter by quarter as one line per moment with a takeaway written from the figures, a
 * filtered page's charts filtered too (their files as well), two budgets compared chapter by chapter; an address that
 * names no budget, an unknown filter or a comparison without its second budget is not found.
 */
@IntegrationTest
class BudgetChartsTest {

    static final String STATE = "poder-ejecutivo-durango";
    static final String CITY = "ayuntamiento-durango";

    @Autowired
    MockMvc mvc;
    @Autowired
    BudgetExplorer explorer;

    @Test
    void theBudgetPageDrawsWhereTheMoneyGoesAndTheQuartersFromItsOwnFigures() throws Exception {
        Budget budget = explorer.budget(STATE, 2025);
        List<BudgetExplorer.PeriodTotals> quarters = explorer.overTheYear(budget, Filter.NONE);
        BudgetExplorer.PeriodTotals last = quarters.get(quarters.size() - 1);
        String page = text("/presupuesto/" + STATE + "/2025");
        assertThat(page).contains("Al cierre del trimestre " + last.period().quarter() + " se había pagado el "
                + last.moments().paidPercent() + " % de lo modificado.",
                "href=\"/graficas/presupuesto/" + STATE + "-2025/donde.svg\"",
                "href=\"/graficas/presupuesto/" + STATE + "-2025/trimestres.csv\"",
                "href=\"/graficas/presupuesto/" + STATE + "-2025/programas.png\"", "La mayor parte es ");

        // the treemap's figures are the chapter totals the page downloads, rounded to whole pesos
        Map<String, BigDecimal> chapters = new LinkedHashMap<>();
        List<List<String>> totals = csv("/presupuesto/" + STATE + "/2025/capitulo.csv");
        for (List<String> row : totals.subList(1, totals.size())) {
            if (new BigDecimal(row.get(3)).signum() != 0) {
                chapters.put(row.get(0) + " " + row.get(1), new BigDecimal(row.get(3)).setScale(0, RoundingMode.HALF_UP));
            }
        }
        List<List<String>> where = csv("/graficas/presupuesto/" + STATE + "-2025/donde.csv");
        assertThat(where.get(0)).containsExactly("Capítulo", "Modificado");
        Map<String, BigDecimal> drawn = new LinkedHashMap<>();
        where.subList(1, where.size()).forEach(r -> drawn.put(r.get(0), new BigDecimal(r.get(1))));
        assertThat(drawn).hasSize(chapters.size());
        chapters.forEach((name, amount) -> assertThat(drawn.get(name)).as(name).isEqualByComparingTo(amount));

        // one line per moment, one point per quarter; the picture's key names each line with its latest value
        List<List<String>> lines = csv("/graficas/presupuesto/" + STATE + "-2025/trimestres.csv");
        assertThat(lines.get(0)).containsExactly("Periodo", "Aprobado", "Modificado", "Comprometido", "Devengado",
                "Ejercido", "Pagado");
        assertThat(lines).hasSize(quarters.size() + 1);
        assertThat(new BigDecimal(lines.get(lines.size() - 1).get(6)))
                .isEqualByComparingTo(last.moments().paid().setScale(0, RoundingMode.HALF_UP));
        String svg = text("/graficas/presupuesto/" + STATE + "-2025/trimestres.svg");
        assertThat(svg).contains("<polyline", "Pagado: $", "(T" + last.period().quarter() + ")");
        assertThat(text("/graficas/presupuesto/" + STATE + "-2025/trimestres.csv?lang=en")).startsWith(
                "\uFEFFPeriod,Approved,Modified,Committed,Accrued,Exercised,Paid");
    }

    @Test
    void aFilteredPageDrawsFilteredChartsAndItsFilesAreFilteredToo() throws Exception {
        String page = text("/presupuesto/" + STATE + "/2025?capitulo=2000");
        assertThat(page).contains("href=\"/graficas/presupuesto/" + STATE + "-2025~capitulo~2000/donde.csv\"");
        List<List<String>> where = csv("/graficas/presupuesto/" + STATE + "-2025~capitulo~2000/donde.csv");
        assertThat(where).hasSize(2);
        assertThat(where.get(1).get(0)).startsWith("2000 ");

        String programme = text("/presupuesto/" + STATE + "/2025/programas/E-017");
        assertThat(programme).contains("href=\"/graficas/presupuesto/" + STATE + "-2025~programa~E-017/trimestres.svg\"");
        Budget budget = explorer.budget(STATE, 2025);
        List<BudgetExplorer.PeriodTotals> quarters = explorer.overTheYear(budget, Filter.of(Dimension.PROGRAMME, "E-017"));
        List<List<String>> lines = csv("/graficas/presupuesto/" + STATE + "-2025~programa~E-017/trimestres.csv");
        assertThat(new BigDecimal(lines.get(lines.size() - 1).get(2))).isEqualByComparingTo(
                quarters.get(quarters.size() - 1).moments().modified().setScale(0, RoundingMode.HALF_UP));
    }

    @Test
    void twoBudgetsAreComparedChapterByChapter() throws Exception {
        String page = text("/presupuesto/comparar?a=" + STATE + "/2025&b=" + CITY + "/2025");
        String key = STATE + "-2025~vs~" + CITY + "-2025";
        assertThat(page).contains("href=\"/graficas/presupuesto/" + key + "/comparacion.svg\"", "En total: ");
        List<List<String>> rows = csv("/graficas/presupuesto/" + key + "/comparacion.csv");
        assertThat(rows.get(0)).containsExactly("Capítulo", "Poder Ejecutivo del Estado de Durango 2025",
                "H. Ayuntamiento del Municipio de Durango 2025");
        assertThat(rows.get(1).get(0)).startsWith("1000 ");
    }

    @Test
    void anAddressThatNamesNoBudgetIsNotFound() throws Exception {
        for (String path : List.of("no-existe-2025/donde.svg", STATE + "-1999/donde.svg", STATE + "-2025~nada~x/donde.svg",
                STATE + "-2025/comparacion.svg", STATE + "-2025~vs~" + CITY + "-2025/donde.svg",
                STATE + "-2025/otra.svg")) {
            mvc.perform(get("/graficas/presupuesto/" + path)).andExpect(status().isNotFound());
        }
    }

    private String text(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<List<String>> csv(String path) throws Exception {
        String body = text(path);
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : body.split("\r\n")) {
            if (!line.isEmpty()) {
                rows.add(cells(line));
            }
        }
        return rows;
    }

    /** The cells of one CSV line (RFC 4180 quotes). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
