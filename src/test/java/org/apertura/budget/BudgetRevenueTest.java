package org.apertura.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Revenue (ingresos by CRI, with the moments estimado, modificado, devengado and recaudado; LGCG art. 38) downloads as
 * CSV and JSON, answers through the API, and goes into the Fiscal Data Package as a second resource of direction
 * revenue.
 */
@IntegrationTest
class BudgetRevenueTest {

    private static final String BASE = "/presupuesto/" + BudgetDemo.STATE + "/" + BudgetDemo.YEAR;

    @Autowired
    MockMvc mvc;

    @Test
    void revenueDownloadsAsCsvAndJsonAndIsInTheApi() throws Exception {
        mvc.perform(get(BASE)).andExpect(status().isOk())
                .andExpect(content().string(containsString(BASE + "/ingresos.csv")));
        String csv = mvc.perform(get(BASE + "/ingresos.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("cri").contains("recaudado");
        assertThat(csv.lines().count()).isGreaterThan(2);
        mvc.perform(get("/api/v1/budget/budgets/" + BudgetDemo.STATE + "/" + BudgetDemo.YEAR + "/revenue"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.quarter").value(4))
                .andExpect(jsonPath("$.rubros[0].collected").exists())
                .andExpect(jsonPath("$.lines[0].criCode").exists());
        mvc.perform(get("/api/docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/budget/budgets/{institution}/{year}/revenue")));
    }

    @Test
    void theFiscalDataPackageCarriesTheRevenueAsItsSecondResource() throws Exception {
        mvc.perform(get(BASE + "/datapackage.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.resources[1].name").value("ingresos"))
                .andExpect(jsonPath("$.resources[1].path").value(FiscalDataPackage.REVENUE_DATA))
                .andExpect(jsonPath("$.model.measures['ingreso-recaudado'].direction").value("revenue"))
                .andExpect(jsonPath("$.model.measures['ingreso-recaudado'].phase").value("executed"))
                .andExpect(jsonPath("$.model.measures['ingreso-recaudado'].resource").value("ingresos"))
                .andExpect(jsonPath("$.model.dimensions['rubro-de-ingresos'].attributes.code.source").value("cri"));
        mvc.perform(get(BASE + "/" + FiscalDataPackage.REVENUE_DATA)).andExpect(status().isOk())
                .andExpect(content().string(containsString("estimado,modificado,devengado,recaudado")));
        byte[] zip = mvc.perform(get(BASE + "/paquete-fiscal.zip")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).containsKeys(FiscalDataPackage.DESCRIPTOR, FiscalDataPackage.DATA,
                FiscalDataPackage.REVENUE_DATA);
        assertThat(new String(entries.get(FiscalDataPackage.REVENUE_DATA), StandardCharsets.UTF_8))
                .startsWith("ciclo,trimestre,mes,cri,rubro");
    }
}
