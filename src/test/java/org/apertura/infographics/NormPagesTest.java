package org.apertura.infographics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public side, as a visitor gets it: the list with its CSV and JSON, a norm's page in plain language with its
 * diagram and text version, the diagram as SVG, and the trípticos of the demo norm, the demo plan and DGO-02.
 */
@IntegrationTest
class NormPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private MockHttpServletResponse get200(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getHeader("Set-Cookie")).as(path + " creates no session").isNull();
        return response;
    }

    @Test
    void theListShowsTheThreeDemoNormsAndDownloadsAsCsvAndJson() throws Exception {
        String list = get200("/normas").getContentAsString();
        assertThat(list).contains("Cómo pedir información pública (Durango)")
                .contains("Cómo presentar un recurso de revisión (Durango)")
                .contains("Reglas de Operación del Programa Estatal de Becas de Transporte Escolar (ejemplo)");
        assertThat(get200("/normas?tipo=REGLAS_DE_OPERACION").getContentAsString())
                .doesNotContain("Cómo pedir información pública").contains("Becas de Transporte Escolar");
        String csv = get200("/normas.csv").getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("norma,titulo,tipo").contains("Reglas de operación").contains("LGTAIP-2025");
        String json = get200("/api/v1/norms?institution=idaip").getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"slug\":\"como-pedir-informacion-publica\"").doesNotContain("becas");
    }

    @Test
    void aNormPageScoresItsPlainLanguageAndDrawsItsStepsTwice() throws Exception {
        String page = get200("/normas/" + LawNorms.ACCESS).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("INFLESZ").contains("<svg").contains("diagram-title")
                .contains("El procedimiento en texto").contains("Plazo: 20 días hábiles")
                .contains("LGTAIP 2025 art. 134 ¶1").contains("Calendario de días inhábiles del IDAIP");
        String svg = get200("/normas/" + LawNorms.ACCESS + "/diagrama.svg").getContentAsString(StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml").contains("<title id=\"diagram-title\">");
        String demo = get200("/normas/" + InfographicsDemo.SLUG).getContentAsString(StandardCharsets.UTF_8);
        assertThat(demo).contains("Plazo: 20 días hábiles").contains("Versión 1")
                .contains("Texto oficial: reglas-becas-transporte-ejemplo.pdf");
        assertThat(get200("/normas/" + InfographicsDemo.SLUG + "/texto-oficial").getContentAsByteArray())
                .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        String first = get200("/normas/" + InfographicsDemo.SLUG + "/versiones/1").getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("Plazo: 30 días hábiles").contains("Está leyendo la versión 1");
    }

    @Test
    void theTripticosOfTheDemoNormPlanAndDgo02Print() throws Exception {
        Long plan = jdbc.queryForObject("SELECT MIN(id) FROM action_plan", Long.class);
        Long dgo02 = jdbc.queryForObject("SELECT MIN(id) FROM commitment WHERE code = 'DGO-02'", Long.class);
        for (String path : List.of("/normas/" + InfographicsDemo.SLUG + "/triptico.pdf",
                "/normas/" + LawNorms.APPEAL + "/triptico.pdf", "/planes/" + plan + "/triptico.pdf",
                "/compromisos/" + dgo02 + "/triptico.pdf")) {
            MockHttpServletResponse response = get200(path);
            assertThat(response.getContentType()).isEqualTo("application/pdf");
            List<String> panels = TripticoPdfTest.panels(response.getContentAsByteArray());
            assertThat(panels).as(path).hasSize(6);
            assertThat(panels.get(1)).as(path + ": the back has the link of the QR").contains("http");
            java.nio.file.Files.write(java.nio.file.Path.of("target", path.replaceAll("[^a-z0-9]+", "-") + ".pdf"),
                    response.getContentAsByteArray());
            if (path.contains(InfographicsDemo.SLUG)) {
                // Nothing of the citizen version is clipped: every section's last point is printed.
                assertThat(String.join(" ", panels).replaceAll("\\s+", " ")).contains("Pedir la beca es gratis.")
                        .contains("En línea: becas.durango.example.mx").contains("Saber por qué no te dieron la beca.")
                        .contains("Te entrega la tarjeta con la beca.").contains("Teléfono 618 000 0000");
            }
        }
    }
}
