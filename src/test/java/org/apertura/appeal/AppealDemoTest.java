package org.apertura.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Collectors;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's appeals as a visitor finds them: filed against the demo's requests when those are loaded, at several
 * stages and with every kind of ruling on the merits, each page served and each shown on its request's page.
 */
@IntegrationTest
class AppealDemoTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppealRepository appeals;

    @Test
    void theDemoHasAppealsAtSeveralStagesWithEveryRulingOnTheMerits() throws Exception {
        List<Appeal> demo = appeals.findAll().stream().filter(a -> a.getReasons() != null
                && List.of("La reserva es genérica y no demuestra el daño.", "Los estudios se citan en la exposición de motivos.",
                "Faltan los contratos de octubre a diciembre.", "No hubo respuesta dentro del plazo.",
                "Quiero saber cuántas hay.", "No es lo que pedí.").contains(a.getReasons())).toList();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(5);
        assertThat(demo.stream().map(Appeal::getStage).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(demo.stream().map(Appeal::getResolution).filter(x -> x != null).collect(Collectors.toSet()))
                .contains(AppealResolution.CONFIRMED, AppealResolution.REVOKED, AppealResolution.MODIFIED);
        for (Appeal a : demo) {
            mvc.perform(get("/recursos/" + a.getFolio())).andExpect(status().isOk());
            String page = mvc.perform(get("/solicitudes/" + a.getRequestFolio())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).contains("id=\"recursos\"").contains("href=\"/recursos/" + a.getFolio() + "\"");
        }
    }

    @Test
    void theDemoShowsAnAppealForwardedByTheUnitAndAMeasureWithTheSuperiorRequired() throws Exception {
        // Art. 144 ¶2: filed in writing with the municipality's unit, forwarded the next business day.
        Appeal forwarded = appeals.findAll().stream().filter(a -> a.getForwardedOn() != null).findFirst().orElseThrow();
        assertThat(forwarded.getForwardedLate()).isFalse();
        assertThat(forwarded.getStage()).isEqualTo(AppealStage.ADMITTED);
        // Arts. 196–202: the Congress's not-complied appeal has a fine executed and its superior required (art. 199).
        Appeal notComplied = appeals.findAll().stream().filter(a -> a.getInstructionDue() != null).findFirst()
                .orElseThrow();
        assertThat(notComplied.getReasons()).isEqualTo("Faltan los contratos de octubre a diciembre.");
        String page = mvc.perform(get("/recursos/" + notComplied.getFolio())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Medidas de apremio", "Titular de la Dirección de Administración del Congreso",
                "Se requirió al superior jerárquico que instruya");
        String list = mvc.perform(get("/recursos/medidas")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list).contains("Titular de la Dirección de Administración del Congreso",
                "href=\"/recursos/" + notComplied.getFolio() + "#medida-");
        String csv = mvc.perform(get("/recursos/medidas.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Titular de la Dirección de Administración del Congreso", "(art. 196 fr. II)",
                "300");
        mvc.perform(get("/api/v1/appeals/measures")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[*].position")
                        .value(org.hamcrest.Matchers.hasItem("Titular de la Dirección de Administración del Congreso")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[*].fineUma")
                        .value(org.hamcrest.Matchers.hasItem(300)));
    }
}
