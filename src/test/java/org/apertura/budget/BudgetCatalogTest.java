package org.apertura.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.apertura.platform.web.PublicDataset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each budget (institution and fiscal year) is a dataset of the open data catalog, owned by its institution, from the
 * moment it is imported; the lists per record link, in /datos and the catalog, only to records that exist.
 */
@IntegrationTest
class BudgetCatalogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<PublicDataset.Source> sources;

    private List<String> resources(String datasetName) {
        return jdbc.queryForList("SELECT r.url FROM opendata_resource r JOIN opendata_dataset d ON d.id = r.dataset_id "
                + "WHERE d.name = ? ORDER BY r.position", String.class, datasetName);
    }

    @Test
    void eachBudgetIsADatasetOfItsInstitutionFromItsFirstImport() throws Exception {
        assertThat(jdbc.queryForObject("SELECT institution_slug FROM opendata_dataset WHERE name = ?", String.class,
                "presupuesto-" + BudgetDemo.STATE + "-2025")).isEqualTo(BudgetDemo.STATE);

        String slug = "congreso-durango";
        String token = BudgetTestFiles.budgetToken(accounts, slug);
        mvc.perform(post("/api/v1/budget/imports").header("Authorization", "Bearer " + token)
                .param("institution", slug).param("year", "2018").param("quarter", "4").param("fileName", "t4.csv")
                .contentType(MediaType.TEXT_PLAIN)
                .content(BudgetTestFiles.goodQuarter().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated());
        String name = "presupuesto-" + slug + "-2018";
        assertThat(jdbc.queryForObject("SELECT institution_slug || ' ' || state || ' ' || title FROM opendata_dataset "
                + "WHERE name = ?", String.class, name)).startsWith(slug + " PUBLISHED Presupuesto de egresos 2018");
        assertThat(resources(name)).containsExactly("/presupuesto/" + slug + "/2018/lineas.csv",
                "/api/v1/budget/budgets/" + slug + "/2018/lines");
        for (String path : resources(name)) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
    }

    @Test
    void everyListPerRecordLinksToARecordThatExists() throws Exception {
        List<PublicDataset> perRecord = sources.stream().flatMap(s -> s.datasets().stream())
                .filter(PublicDataset::templated).toList();
        assertThat(perRecord).extracting(PublicDataset::key)
                .contains("budget-lines", "budget-totals", "archivesCatalog", "archivesReserved", "archivesPadas");
        for (PublicDataset list : perRecord) {
            PublicDataset example = list.resolved().orElseThrow(() -> new AssertionError(list.key()));
            mvc.perform(get(example.csvPath())).andExpect(status().isOk());
            mvc.perform(get(example.jsonPath())).andExpect(status().isOk());
        }
        String dictionary = mvc.perform(get("/datos/diccionario")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(dictionary).doesNotContain("{institucion}");
        assertThat(sources.stream().flatMap(s -> s.datasets().stream()).map(PublicDataset::csvPath))
                .noneMatch(p -> p.contains("poder-ejecutivo-durango"));
    }
}
