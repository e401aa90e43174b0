package org.apertura.contracting;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The spreadsheet of contracts: the templates download and read back; a sheet previews its releases and every
 * problem by row and column without saving anything; confirming publishes exactly what was previewed, once, and
 * only for who uploaded it.
 */
@IntegrationTest
class ContractSheetTest {

    static final String BUYER = "ayuntamiento-tepehuanes";
    static final String HEADER = "Número de expediente,Título,Procedimiento,Tipo de contratación,Proveedor,"
            + "RFC del proveedor,Monto del contrato (MXN),Fecha de firma,Inicio de vigencia,Fin de vigencia,"
            + "Clave del programa presupuestario (opcional)\n";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor officer;
    RequestPostProcessor colleague;

    @BeforeEach
    void officers() {
        officer = OcdsFixtures.officer(accounts, details, BUYER, "Tesorería Tepehuanes");
        colleague = OcdsFixtures.officer(accounts, details, BUYER, "Otra persona de compras");
    }

    @Test
    void theTemplatesHaveTheHeadersAndAnExampleRow() throws Exception {
        byte[] xlsx = mvc.perform(get("/contrataciones/publicar/hoja/plantilla.xlsx").with(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("plantilla-contratos.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        List<SheetTable.Row> rows = SheetTable.read(xlsx, Set.of());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).startsWith("Número de expediente", "Título", "Procedimiento");
        assertThat(rows.get(1).cell(6)).isEqualTo("1234567.5");
        String csv = mvc.perform(get("/contrataciones/publicar/hoja/plantilla.csv").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNúmero de expediente,Título").contains("\"1,234,567.50\"");

        // the XLSX template, uploaded as it is, previews its example row
        mvc.perform(multipart("/contrataciones/publicar/hoja").file(new MockMultipartFile("archivo", "plantilla.xlsx",
                        "application/octet-stream", xlsx)).with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uniformes escolares para primarias")))
                .andExpect(content().string(containsString("$1,234,567.50")));
    }

    @Test
    void aSheetIsPreviewedThenPublishedOnceByItsAuthor() throws Exception {
        String file = "EXP-" + UUID.randomUUID().toString().substring(0, 8);
        String sheet = HEADER
                + file + "-1,Bacheo de calles,Adjudicación directa,Obra pública,Asfaltos de Durango SA de CV,ADU900101AB1,"
                + "\"350,000.00\",15/03/2025,16/03/2025,30/06/2025,K024\n"
                + file + "-2,Papelería,invitacion a cuando menos tres personas,Bienes,Papelería del Norte,PNO850505XY9,"
                + "45210.5,2025-04-01,2025-04-01,2025-12-31,\n";
        long before = count();
        String page = mvc.perform(multipart("/contrataciones/publicar/hoja").file(csv(sheet)).with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bacheo de calles")))
                .andExpect(content().string(containsString("$45,210.50")))
                .andReturn().getResponse().getContentAsString();
        assertThat(count()).isEqualTo(before);
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).isTrue();

        mvc.perform(post("/contrataciones/publicar/hoja/confirmar").with(colleague).with(csrf())
                        .param("token", token.group(1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ya no está disponible")));
        assertThat(count()).isEqualTo(before);

        mvc.perform(post("/contrataciones/publicar/hoja/confirmar").with(officer).with(csrf()).param("token", token.group(1)))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 2);
        String ocid = "ocds-213czf-hoja-" + BUYER + "-" + file.toLowerCase() + "-1";
        assertThat(jdbc.queryForObject("SELECT tags FROM ocds_release WHERE ocid = ?", String.class, ocid))
                .isEqualTo("tender,award,contract");
        assertThat(jdbc.queryForObject("SELECT procurement_method FROM ocds_record WHERE ocid = ?", String.class, ocid))
                .isEqualTo("direct");
        assertThat(jdbc.queryForObject("SELECT contracted_amount FROM ocds_record WHERE ocid = ?",
                java.math.BigDecimal.class, ocid)).isEqualByComparingTo("350000");

        mvc.perform(post("/contrataciones/publicar/hoja/confirmar").with(officer).with(csrf()).param("token", token.group(1)))
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void everyProblemIsNamedByRowAndColumnAndNothingIsSaved() throws Exception {
        String sheet = HEADER
                + "E-1,Bacheo,Adjudicación directa,Obra pública,Asfaltos SA,ADU900101AB1,\"1.234,50\",15/03/2025,"
                + "16/03/2025,30/06/2025,\n"
                + "E-2,Papelería,Subasta,Bienes,Papelería SA,XX,100,31/02/2025,2025-04-01,2025-03-01,\n";
        long before = count();
        mvc.perform(multipart("/contrataciones/publicar/hoja").file(csv(sheet)).with(officer).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Fila 2, columna «Monto del contrato (MXN) (G)»: «1.234,50» "
                        + "parece escrito con coma decimal")))
                .andExpect(content().string(containsString("Fila 3, columna «Procedimiento (C)»")))
                .andExpect(content().string(containsString("Fila 3, columna «RFC del proveedor (F)»")))
                .andExpect(content().string(containsString("Fila 3, columna «Fecha de firma (H)»: «31/02/2025» no es una fecha")))
                .andExpect(content().string(containsString("Fila 3, columna «Fin de vigencia (J)»")))
                .andExpect(content().string(containsString("No se guardó ni se publicó nada")));
        mvc.perform(multipart("/contrataciones/publicar/hoja").file(csv("Título,Proveedor\nx,y\n")).with(officer)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Falta la columna «Número de expediente»")))
                .andExpect(content().string(containsString("Falta la columna «Monto del contrato (MXN)»")));
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocds_pending_upload", Long.class)).isNotNull();
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("archivo", "contratos.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release", Long.class);
    }
}
