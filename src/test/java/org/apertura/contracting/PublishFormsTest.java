package org.apertura.contracting;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
import tools.jackson.databind.JsonNode;

/**
 * A procurement officer publishes a process stage by stage through the forms: each step is one release with its
 * tag, through the same publication as the API; the record compiles; a bad amount or a step out of turn is
 * refused next to its field and nothing is saved; the upload page names each problem's place in words.
 */
@IntegrationTest
class PublishFormsTest {

    static final String BUYER = "poder-ejecutivo-durango";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor officer;

    @BeforeEach
    void officer() {
        officer = OcdsFixtures.officer(accounts, details, BUYER, "Compras Durango");
    }

    @Test
    void theDeskShowsTheBuyersProcessesAPageAtATimeAndFindsThemByOcidOrTitle() throws Exception {
        int count = jdbc.queryForObject("SELECT COUNT(*) FROM ocds_record WHERE buyer_slug = ?", Integer.class, BUYER);
        assertThat(count).as("the demo's processes of the state").isGreaterThan(ProcessDesk.PAGE_SIZE);
        String first = desk("");
        assertThat(cards(first)).isEqualTo(ProcessDesk.PAGE_SIZE);
        assertThat(first).contains(count + " procesos · página 1 de").contains("Página 1 de")
                .contains("rel=\"next\" href=\"/contrataciones/publicar?institucion=" + BUYER + "&amp;pagina=2\"");
        int pages = (count + ProcessDesk.PAGE_SIZE - 1) / ProcessDesk.PAGE_SIZE;
        assertThat(cards(desk("&pagina=" + pages))).isEqualTo(count - (pages - 1) * ProcessDesk.PAGE_SIZE);

        java.util.Map<String, Object> one = jdbc.queryForMap("SELECT ocid, title FROM ocds_record WHERE buyer_slug = ? "
                + "AND title LIKE 'Adquisición de tóner%' ORDER BY ocid LIMIT 1", BUYER);
        String byOcid = desk("&q=" + one.get("ocid").toString().toUpperCase(java.util.Locale.ROOT));
        assertThat(cards(byOcid)).isOne();
        assertThat(byOcid).contains("1 proceso · página 1 de 1").contains((String) one.get("ocid"));
        int toner = jdbc.queryForObject("SELECT COUNT(*) FROM ocds_record WHERE buyer_slug = ? AND title LIKE "
                + "'Adquisición de tóner%'", Integer.class, BUYER);
        String byTitle = desk("&q=TONER");
        assertThat(cards(byTitle)).isEqualTo(Math.min(toner, ProcessDesk.PAGE_SIZE)).isLessThan(count);
        assertThat(byTitle).contains((String) one.get("ocid"));
        assertThat(mvc.perform(get("/contrataciones/publicar").param("institucion", BUYER).param("q", "zz%_zz")
                        .with(officer)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Ningún proceso tiene «zz%_zz»");
    }

    private String desk(String query) throws Exception {
        return mvc.perform(get("/contrataciones/publicar?institucion=" + BUYER + query).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static int cards(String html) {
        return html.split("<h3><a href=\"/contrataciones/publicar/", -1).length - 1;
    }

    @Test
    void anOfficerPublishesAProcessStageByStage() throws Exception {
        String ocid = create("Uniformes escolares 2025", "1,250,000.00");
        assertThat(ocid).startsWith("ocds-213czf-ap-");
        mvc.perform(get("/contrataciones/publicar").with(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Uniformes escolares 2025")))
                .andExpect(content().string(containsString("Etapa: Planeación")))
                .andExpect(content().string(containsString("Estado del procedimiento: planeación")))
                .andExpect(content().string(containsString("/contrataciones/publicar/" + ocid + "/licitacion")))
                .andExpect(content().string(not(containsString("/contrataciones/publicar/" + ocid + "/contrato\""))));

        byte[] pdf = "%PDF-1.4\n% convocatoria\n%%EOF".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/contrataciones/publicar/{o}/licitacion", ocid)
                        .file(new MockMultipartFile("documents[0].file", "convocatoria.pdf", "application/pdf", pdf))
                        .with(officer).with(csrf())
                        .param("title", "Uniformes escolares 2025").param("method", "open").param("category", "goods")
                        .param("value", "$1,234,567.50").param("startDate", "2025-03-01").param("endDate", "2025-03-20")
                        .param("items[0].description", "Camisa blanca escolar").param("items[0].classification", "27100001")
                        .param("items[0].quantity", "1,500").param("items[0].unit", "pieza")
                        .param("documents[0].title", "Convocatoria")
                        .param("documents[1].title", "Anexo técnico")
                        .param("documents[1].url", "https://transparencia.durango.gob.mx/anexo.pdf"))
                .andExpect(status().is3xxRedirection());
        step(ocid, "adjudicacion", "supplierName", "Textiles del Guadiana, S.A. de C.V.", "supplierRfc", "tgu010203ab1",
                "value", "1,100,000", "date", "2025-04-02");
        JsonNode compiled = compiled(ocid);
        String award = compiled.path("awards").get(0).path("id").asString();
        step(ocid, "contrato", "award", award, "title", "Contrato de uniformes", "value", "1,100,000.00",
                "signedDate", "2025-04-10", "startDate", "2025-04-10", "endDate", "2025-12-31");
        String contract = compiled(ocid).path("contracts").get(0).path("id").asString();
        step(ocid, "ejecucion", "contract", contract, "paymentAmount", "550,000.00", "paymentDate", "2025-06-30",
                "milestoneTitle", "Primera entrega", "milestoneDate", "2025-06-15", "milestoneMet", "true");
        step(ocid, "modificacion-contrato", "contract", contract, "rationale", "Ampliación del 10 %",
                "value", "1,210,000.00");

        assertThat(jdbc.queryForList("SELECT tags FROM ocds_release WHERE ocid = ? ORDER BY id", String.class, ocid))
                .containsExactly("planning", "tender", "award", "contract", "implementation", "contractAmendment");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE type = 'releases.published' AND "
                + "payload LIKE ?", Integer.class, "%" + ocid + "%")).isEqualTo(6);
        compiled = compiled(ocid);
        assertThat(compiled.at("/planning/budget/projectID").asString()).isEqualTo("E012");
        assertThat(compiled.at("/planning/budget/amount/amount").decimalValue()).isEqualByComparingTo("1250000");
        assertThat(compiled.at("/tender/procurementMethod").asString()).isEqualTo("open");
        assertThat(compiled.at("/tender/procurementMethodDetails").asString()).isEqualTo("Licitación pública");
        assertThat(compiled.at("/tender/value/amount").decimalValue()).isEqualByComparingTo("1234567.50");
        assertThat(compiled.at("/tender/items/0/quantity").decimalValue()).isEqualByComparingTo("1500");
        assertThat(compiled.at("/tender/items/0/classification/scheme").asString()).isEqualTo("CUCOP");
        assertThat(compiled.at("/awards/0/suppliers/0/id").asString()).isEqualTo("MX-RFC-TGU010203AB1");
        assertThat(compiled.at("/contracts/0/value/amount").decimalValue()).isEqualByComparingTo("1210000");
        assertThat(compiled.at("/contracts/0/amendments/0/rationale").asString()).isEqualTo("Ampliación del 10 %");
        assertThat(compiled.at("/contracts/0/implementation/transactions/0/payee/id").asString())
                .isEqualTo("MX-RFC-TGU010203AB1");
        assertThat(compiled.at("/contracts/0/implementation/milestones/0/status").asString()).isEqualTo("met");
        assertThat(jdbc.queryForObject("SELECT paid_amount FROM ocds_record WHERE ocid = ?", java.math.BigDecimal.class,
                ocid)).isEqualByComparingTo("550000");

        String fileUrl = compiled.at("/tender/documents/0/url").asString();
        assertThat(compiled.at("/tender/documents/0/format").asString()).isEqualTo("application/pdf");
        mvc.perform(get(fileUrl.substring(fileUrl.indexOf("/contrataciones/")))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(pdf));
        assertThat(compiled.at("/tender/documents/1/url").asString()).isEqualTo("https://transparencia.durango.gob.mx/anexo.pdf");

        mvc.perform(get("/contrataciones/publicar/{o}", ocid).with(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ejecución: pagos y entregas")))
                .andExpect(content().string(containsString("<dd>adjudicado</dd>")))
                .andExpect(content().string(containsString("Terminación del contrato")))
                .andExpect(content().string(not(containsString("Cancelación del procedimiento"))));
    }

    @Test
    void anAmountWithADecimalCommaIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
        long before = releases();
        mvc.perform(post("/contrataciones/publicar/nuevo").with(officer).with(csrf())
                        .param("title", "Papelería").param("budget", "1.234,50").param("category", "goods"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("parece escrito con coma decimal")))
                .andExpect(content().string(containsString("id=\"budget-error\"")));
        mvc.perform(post("/contrataciones/publicar/nuevo").with(officer).with(csrf()).header("Accept-Language", "en")
                        .param("lang", "en").param("title", "Papelería").param("budget", "1.234"))
                .andExpect(content().string(containsString("looks written with a decimal comma")));
        assertThat(releases()).isEqualTo(before);
    }

    @Test
    void aStepOutOfTurnIsRefusedAndBadFieldsAreNamed() throws Exception {
        String ocid = create("Mezcla asfáltica", "");
        long before = releases();
        mvc.perform(post("/contrataciones/publicar/{o}/contrato", ocid).with(officer).with(csrf())
                        .param("title", "Contrato").param("value", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Este paso no se puede publicar ahora")));
        mvc.perform(multipart("/contrataciones/publicar/{o}/licitacion", ocid).with(officer).with(csrf())
                        .param("title", "Mezcla asfáltica").param("method", "nada").param("category", "works")
                        .param("value", "100").param("startDate", "2025-05-10").param("endDate", "2025-05-01")
                        .param("items[0].description", "Mezcla").param("items[0].quantity", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"method-error\"")))
                .andExpect(content().string(containsString("id=\"endDate-error\"")))
                .andExpect(content().string(containsString("id=\"items0.quantity-error\"")))
                .andExpect(content().string(containsString("id=\"items0.unit-error\"")));
        assertThat(releases()).isEqualTo(before);
    }

    @Test
    void theUploadPagePublishesAPackageOrNamesEveryProblemInWords() throws Exception {
        String ocid = OcdsFixtures.newOcid();
        String pack = OcdsFixtures.example("ocds-213czf-000-00001.json", ocid, BUYER);
        String broken = pack.replaceFirst("\"initiationType\": *\"tender\",", "");
        mvc.perform(multipart("/contrataciones/publicar/subir").file(new MockMultipartFile("archivo", "paquete.json",
                        "application/json", broken.getBytes(StandardCharsets.UTF_8))).with(officer).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("No se publicó nada")))
                .andExpect(content().string(containsString("/releases/0/initiationType (línea ")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release WHERE ocid = ?", Integer.class, ocid)).isZero();

        mvc.perform(multipart("/contrataciones/publicar/subir").file(new MockMultipartFile("archivo", "paquete.json",
                        "application/json", pack.getBytes(StandardCharsets.UTF_8))).with(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Se publicaron 6 entregas nuevas")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release WHERE ocid = ?", Integer.class, ocid))
                .isEqualTo(6);

        mvc.perform(multipart("/contrataciones/publicar/subir").file(new MockMultipartFile("archivo", "x.json",
                        "application/json", "{\"releases\": [".getBytes(StandardCharsets.UTF_8)))
                        .with(officer).with(csrf()).header("Accept-Language", "en").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("line 1, column")));
    }

    private String create(String title, String budget) throws Exception {
        String location = mvc.perform(post("/contrataciones/publicar/nuevo").with(officer).with(csrf())
                        .param("title", title).param("category", "goods").param("budget", budget)
                        .param("projectId", "E012").param("project", "Educación básica de calidad")
                        .param("rationale", "Dotar de uniformes a las escuelas primarias"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void step(String ocid, String step, String... fields) throws Exception {
        var request = multipart("/contrataciones/publicar/{o}/{s}", ocid, step).with(officer).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        String body = mvc.perform(request).andReturn().getResponse().getContentAsString();
        assertThat(mvc.perform(get("/api/v1/ocds/records/{o}", ocid)).andReturn().getResponse().getContentAsString())
                .as(step + " published; page said: " + body.replaceAll("(?s).*<ul>(.*?)</ul>.*", "$1"))
                .contains(List.of("\"" + tagOf(step) + "\"").get(0));
    }

    private static String tagOf(String step) {
        return ProcessStep.bySlug(step).orElseThrow().tag();
    }

    private JsonNode compiled(String ocid) throws Exception {
        return OcdsJson.MAPPER.readTree(mvc.perform(get("/api/v1/ocds/records/{o}", ocid)).andReturn().getResponse()
                .getContentAsByteArray()).path("records").get(0).path("compiledRelease");
    }

    private long releases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release", Long.class);
    }
}
