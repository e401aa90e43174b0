package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The published processes as people and programs read them: the demo's 200 processes searched by words and
 * filters, a process's page with its stages, amounts and every change, supplier and buyer pages, figures, CSV
 * downloads and the red flags over the stored records.
 */
@IntegrationTest
class ContractingReadingTest {

    private static final String STATE = "poder-ejecutivo-durango";
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    StoredRedFlags redFlags;

    @Test
    void theDemoPublishesTwoHundredProcessesOfEveryMethodAndStageAndSomeRaiseFlags() {
        String demo = "(ocid LIKE 'ocds-213czf-GED-%' OR ocid LIKE 'ocds-213czf-M__-%')";
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocds_record WHERE " + demo, Integer.class))
                .isEqualTo(ContractingDemo.PROCESSES);
        assertThat(jdbc.queryForList("SELECT DISTINCT procurement_method FROM ocds_record WHERE " + demo
                + " AND procurement_method IS NOT NULL", String.class))
                .containsExactlyInAnyOrder("open", "selective", "direct");
        assertThat(jdbc.queryForList("SELECT DISTINCT stage FROM ocds_record WHERE " + demo, String.class))
                .containsExactlyInAnyOrder("planning", "tender", "award", "contract", "implementation");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release WHERE " + demo
                + " AND tags IN ('contractAmendment', 'tenderAmendment')", Integer.class)).isPositive();
        assertThat(jdbc.queryForList("SELECT DISTINCT indicator FROM ocds_flag WHERE subject_kind = 'process'",
                String.class)).contains("R003", "R018");
        assertThat(jdbc.queryForList("SELECT DISTINCT buyer_slug FROM ocds_record WHERE " + demo, String.class))
                .containsExactlyInAnyOrder(STATE, "ayuntamiento-durango", "ayuntamiento-gomez-palacio",
                        "ayuntamiento-tepehuanes");
    }

    @Test
    void wordsAreFoundWithoutAccentsAndTheMethodFilterNarrowsTheList() throws Exception {
        JsonNode classrooms = json("/api/v1/ocds/processes?q=construccion AULA&size=100");
        assertThat(classrooms.get("total").asInt()).isPositive();
        classrooms.get("processes").forEach(p -> assertThat(p.get("title").asString()).contains("Construcción de aula"));
        JsonNode found = json("/api/v1/ocds/processes?q=ADQUISICION&method=direct&size=100");
        assertThat(found.get("total").asInt()).isPositive();
        found.get("processes").forEach(p -> assertThat(p.get("procurementMethod").asString()).isEqualTo("direct"));
        int total = found.get("total").asInt();
        String page = html("/contrataciones?q=adquisicion&procedimiento=direct");
        assertThat(page).contains("Adquisición de").contains("Adjudicación directa")
                .contains(total == 1 ? "1 proceso" : total + " procesos");
        assertThat(html("/contrataciones?q=medicamentos")).contains("Adquisición de medicamentos");
        assertThat(html("/contrataciones?q=adquisicion&procedimiento=direct&lang=en")).contains("Direct award");
    }

    @Test
    void amountDatesStageFlagsAndSupplierFiltersNarrowTheList() throws Exception {
        for (JsonNode p : json("/api/v1/ocds/processes?minAmount=1000000&maxAmount=5000000&size=100").get("processes")) {
            assertThat(new BigDecimal(p.get("amountMxn").asString())).isBetween(new BigDecimal("1000000"),
                    new BigDecimal("5000000"));
        }
        for (JsonNode p : json("/api/v1/ocds/processes?from=2025-01-01&to=2025-12-31&size=100").get("processes")) {
            assertThat(Instant.parse(p.get("date").asString()).atZone(MEXICO).getYear()).isEqualTo(2025);
        }
        JsonNode implemented = json("/api/v1/ocds/processes?stage=implementation&size=100");
        assertThat(implemented.get("total").asInt()).isPositive();
        for (JsonNode p : implemented.get("processes")) {
            assertThat(p.get("stage").asString()).isEqualTo("implementation");
            assertThat(p.get("paidAmount").isNull()).isFalse();
        }
        JsonNode flagged = json("/api/v1/ocds/processes?flagged=true&size=100");
        assertThat(flagged.get("total").asInt()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM ocds_record WHERE flag_count > 0", Integer.class)).isPositive();
        flagged.get("processes").forEach(p -> assertThat(p.get("redFlags").asInt()).isPositive());

        String supplier = jdbc.queryForObject("SELECT supplier_key FROM ocds_supplier_award ORDER BY supplier_key "
                + "FETCH FIRST 1 ROWS ONLY", String.class);
        JsonNode bySupplier = json("/api/v1/ocds/processes?supplier=" + supplier + "&size=100");
        assertThat(bySupplier.get("total").asInt()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(DISTINCT ocid) FROM ocds_supplier_award WHERE supplier_key = ?", Integer.class, supplier));
        String filteredPage = html("/contrataciones?proveedor=" + supplier + "&etapa=implementation&alertas=si");
        assertThat(filteredPage).contains("<details class=\"filters\" open");
    }

    @Test
    void badFiltersAreLeftOutOnThePageWithANoteAndRefusedByTheApi() throws Exception {
        String page = html("/contrataciones?procedimiento=barato&montoMin=mucho&desde=ayer");
        assertThat(page).contains("Se ignoró el filtro «Tipo de procedimiento»")
                .contains("Se ignoró el filtro «Monto desde (pesos)»").contains("Se ignoró el filtro «Fecha desde»");
        mvc.perform(get("/api/v1/ocds/processes").param("method", "barato")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"));
        mvc.perform(get("/api/v1/ocds/processes").param("minAmount", "1.234,50")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minAmount"));
        mvc.perform(get("/api/v1/ocds/red-flags").param("indicator", "R999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicator"));
        mvc.perform(get("/contrataciones/ocds-213czf-no-existe")).andExpect(status().isNotFound());
        mvc.perform(get("/contrataciones/proveedores/MX-RFC-NADIE")).andExpect(status().isNotFound());
    }

    @Test
    void thePageAndItsJsonLinkReadAndRefuseTheSameValuesWithTheSameWords() throws Exception {
        // Amounts and dates as Mexico writes them: the page reads them, and so does the API its JSON link calls.
        String page = html("/contrataciones?montoMin=$1,000,000&desde=01/01/2025");
        assertThat(page).doesNotContain("Se ignoró");
        Matcher link = Pattern.compile("href=\"(/api/v1/ocds/processes[^\"]*)\"").matcher(page);
        assertThat(link.find()).isTrue();
        int total = json(HtmlUtils.htmlUnescape(link.group(1))).get("total").asInt();
        assertThat(total).isPositive()
                .isEqualTo(json("/api/v1/ocds/processes?minAmount=1000000&from=2025-01-01").get("total").asInt());
        assertThat(page).contains(total == 1 ? "1 proceso" : total + " procesos");

        // A decimal comma and an unreadable date: the page leaves them out saying why, the API refuses them in the
        // same words, in Spanish and in English.
        String refused = html("/contrataciones?montoMin=1.234,50&hasta=ayer");
        String decimalComma = "«1.234,50» parece escrito con coma decimal";
        assertThat(refused).contains("Se ignoró el filtro «Monto desde (pesos)»").contains(decimalComma)
                .contains("Se ignoró el filtro «Fecha hasta»").contains("«ayer» no es una fecha");
        mvc.perform(get("/api/v1/ocds/processes").param("minAmount", "1.234,50").param("to", "ayer"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minAmount"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(decimalComma)))
                .andExpect(jsonPath("$.errors[1].field").value("to"))
                .andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.startsWith("«ayer» no es una fecha")));
        assertThat(html("/contrataciones?montoMin=1.234,50&lang=en"))
                .contains("looks written with a decimal comma");
        mvc.perform(get("/api/v1/ocds/processes").param("minAmount", "1.234,50").param("lang", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString("looks written with a decimal comma")));
    }

    @Test
    void theProcessPageShowsItsStagesAmountsSuppliersDocumentsAndEveryChange() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, STATE);
        String ocid = OcdsFixtures.newOcid();
        for (String file : OcdsFixtures.RELEASE_FILES) {
            publish(token, OcdsFixtures.example(file, ocid, STATE));
        }
        String page = html("/contrataciones/" + ocid);
        assertThat(page).contains("Planned cycle lane improvements").contains("Licitación pública")
                .contains("Ejecución y pagos").contains("Pagado (suma de los pagos)")
                .contains("Historial de cambios").contains("Modificación de la convocatoria")
                // the tender amendment moved the deadline: field in words, old → new value
                .contains("Procedimiento › Plazo para presentar ofertas › Fin")
                .contains("<del>01/04/2010</del> → <ins>08/04/2010</ins>")
                .contains("/contrataciones/proveedores/").contains("Se publicaron 6 entregas de este proceso.");
        assertThat(page).doesNotContain(">tenderAmendment<").doesNotContain(">open<");
        // words, not codes: a party by its name, its identifier with the scheme in words (one line), a
        // classification by its description, a unit the page cannot put in the plural (English text) apart
        // an institution of this directory by its name, never its internal slug; each release by what it is and its
        // day, its id only in a detail labelled for developers; the tender's own id (a code) left out
        assertThat(page).contains("Parte «London Borough of Barnet» › Identificador</strong>: "
                        + "<span>Poder Ejecutivo del Estado de Durango (institución registrada en Apertura)</span>")
                .doesNotContain("Apertura " + STATE).doesNotContain(">" + STATE + "<")
                .contains("<h3>Adjudicación, 10 de mayo de 2010</h3>")
                .contains("<h3>Modificación de la convocatoria, 20 de marzo de 2010</h3>")
                .contains("<summary>Para desarrolladores: identificador de esta entrega (release id)</summary>")
                .doesNotContain(">Entrega ").doesNotContain("Procedimiento › Identificador")
                .doesNotContain("-01-tender<")
                .contains("Cantidad</strong>: <span>8 (unidad: Miles)</span>")
                .contains(">8 (unidad: Miles)</td>")
                .contains("Construction work for highways (Clave CPV 45233130.0)")
                .contains("Pagador › Nombre</strong>: <span>London Borough of Barnet</span>")
                .doesNotContain("«GB-LAC-").doesNotContain("Esquema").doesNotContain("{&quot;")
                .doesNotContain(">GBP<").doesNotContain("Pagador › Clave");
        String english = html("/contrataciones/" + ocid + "?lang=en");
        assertThat(english).contains("History of changes").contains("Procedure › Bidding period › End")
                .contains("Public tender").contains(">8 (unit: Miles)</td>")
                .contains("Party «London Borough of Barnet» › Identifier</strong>: <span>Poder Ejecutivo del Estado de "
                        + "Durango (institution registered on Apertura)</span>")
                .contains("<h3>Award, May 10, 2010</h3>").contains("For developers: the id of this release");
    }

    @Test
    void supplierAndBuyerPagesTotalTheirContractsAndTheShareOfDirectAwards() throws Exception {
        JsonNode figures = json("/api/v1/ocds/figures?buyer=" + STATE);
        long all = jdbc.queryForObject("SELECT COUNT(*) FROM ocds_record WHERE buyer_slug = ?", Long.class, STATE);
        long direct = jdbc.queryForObject("SELECT COUNT(*) FROM ocds_record WHERE buyer_slug = ? "
                + "AND procurement_method = 'direct'", Long.class, STATE);
        assertThat(new BigDecimal(figures.get("directShareOfProcesses").asString())).isEqualByComparingTo(
                BigDecimal.valueOf(direct * 100).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP));
        assertThat(figures.get("processes").asLong()).isEqualTo(all);

        String buyerPage = html("/contrataciones/compradores/" + STATE);
        assertThat(buyerPage).contains("Poder Ejecutivo del Estado de Durango").contains("Por tipo de procedimiento")
                .contains("Principales proveedores por monto adjudicado").contains("Adjudicación directa")
                .contains("La adjudicación directa es el " + figures.get("directShareOfProcesses").asString()
                        + " % de los procesos y el " + figures.get("directShareOfAmount").asString() + " % del monto.")
                .contains("href=\"/graficas/contrataciones/" + STATE + "/procedimientos.svg\"");
        String methods = mvc.perform(get("/graficas/contrataciones/" + STATE + "/procedimientos.csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(methods).contains("Adjudicación directa," + plain(figures.get("directShareOfProcesses")) + ","
                + plain(figures.get("directShareOfAmount")) + "\r\n");
        mvc.perform(get("/graficas/contrataciones/no-compra/procedimientos.svg")).andExpect(status().isNotFound());

        String key = figures.get("topSuppliers").get(0).get("key").asString();
        String name = figures.get("topSuppliers").get(0).get("name").asString();
        String supplierPage = html("/contrataciones/proveedores/" + key);
        assertThat(supplierPage).contains(name).contains("Por año y comprador").contains("Sus adjudicaciones");
        int awards = jdbc.queryForObject("SELECT COUNT(*) FROM ocds_supplier_award WHERE supplier_key = ?",
                Integer.class, key);
        String csv = mvc.perform(get("/contrataciones/proveedores/" + key + "/contratos.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.strip().split("\r\n")).hasSize(awards + 1);
        assertThat(csv).doesNotContain(",active,").doesNotContain(",cancelled,");
        assertThat(json("/api/v1/ocds/suppliers/" + key).get("awards")).hasSize(awards);

        String feed = mvc.perform(get("/contrataciones/compradores/" + STATE + "/feed.atom"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains("Contrataciones de Poder Ejecutivo del Estado de Durango").contains("<entry>")
                // each entry says when in words; its release id only labelled for developers
                .containsPattern("Publicada el \\d{1,2} de [a-z]+ de \\d{4}\\. Identificador de la entrega, para "
                        + "desarrolladores: ").doesNotContain("fechada");
    }

    @Test
    void theBuyersListDownloadsAsCsvAndJsonWithTheSameTotalsAsItsPage() throws Exception {
        long stateProcesses = jdbc.queryForObject("SELECT COUNT(*) FROM ocds_record WHERE buyer_slug = ?", Long.class,
                STATE);
        JsonNode buyers = json("/api/v1/ocds/buyers");
        assertThat(buyers.size()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(DISTINCT buyer_slug) FROM ocds_record", Integer.class)).isGreaterThanOrEqualTo(4);
        JsonNode state = null;
        for (JsonNode b : buyers) {
            if (b.get("slug").asString().equals(STATE)) {
                state = b;
            }
        }
        assertThat(state).isNotNull();
        assertThat(state.get("name").asString()).isEqualTo("Poder Ejecutivo del Estado de Durango");
        assertThat(state.get("processes").asLong()).isEqualTo(stateProcesses);
        assertThat(state.get("url").asString()).endsWith("/contrataciones/compradores/" + STATE);
        assertThat(state.get("feed").asString()).endsWith("/contrataciones/compradores/" + STATE + "/feed.atom");

        String page = html("/contrataciones/compradores");
        assertThat(page).contains("href=\"/contrataciones/compradores.csv\"").contains("href=\"/api/v1/ocds/buyers\"")
                .contains(stateProcesses + " procesos");
        String csv = csv("/contrataciones/compradores.csv");
        assertThat(csv).startsWith("\uFEFFcomprador,nombre_comprador,procesos,monto_mxn,url")
                .contains(STATE + ",Poder Ejecutivo del Estado de Durango," + stateProcesses + ",");
        assertThat(csv.strip().split("\r\n")).hasSize(buyers.size() + 1);
        assertThat(csv("/contrataciones/compradores.csv?idioma=en")).startsWith("\uFEFFbuyer,buyer_name");
        assertThat(html("/datos/diccionario")).contains("Instituciones compradoras")
                .contains("/contrataciones/compradores.csv");
        assertThat(mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString())
                .contains("/api/v1/ocds/buyers");
    }

    @Test
    void aSingleBidInAnOpenTenderIsFlaggedOnItsPageAndInTheApi() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, STATE);
        String ocid = OcdsFixtures.newOcid();
        publish(token, """
                {"uri": "https://example.org/p", "publishedDate": "2025-05-01T10:00:00-06:00", "version": "1.1",
                 "publisher": {"name": "Prueba"}, "releases": [{
                  "ocid": "%1$s", "id": "%1$s-01", "date": "2025-05-01T10:00:00-06:00", "tag": ["tender"],
                  "initiationType": "tender",
                  "parties": [{"id": "gob", "name": "Gobierno", "roles": ["buyer"],
                               "identifier": {"scheme": "APERTURA", "id": "%2$s"}}],
                  "buyer": {"id": "gob", "name": "Gobierno"},
                  "tender": {"id": "t", "title": "Compra de pupitres con una sola oferta", "status": "active",
                             "procurementMethod": "open", "numberOfTenderers": 1,
                             "tenderPeriod": {"startDate": "2025-05-01T10:00:00-06:00",
                                              "endDate": "2025-05-31T10:00:00-06:00"}}}]}
                """.formatted(ocid, STATE));
        redFlags.refreshIfStale(); // what the schedule runs: a record changed since the last run, so it runs again
        mvc.perform(get("/api/v1/ocds/red-flags").param("ocid", ocid).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flags[0].indicator").value("R018"))
                .andExpect(jsonPath("$.flags[0].subjectKind").value("process"))
                .andExpect(jsonPath("$.flags[0].title").value("Solo se recibió una oferta"));
        mvc.perform(get("/api/v1/ocds/red-flags").param("ocid", ocid).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flags[0].title").value("Only one bid received"));
        mvc.perform(get("/api/v1/ocds/red-flags").param("indicator", "r018").param("buyer", STATE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flags[?(@.subjectId == '" + ocid + "')]").exists());
        assertThat(html("/contrataciones/" + ocid)).contains("Solo se recibió una oferta")
                .contains("no la prueba de que algo esté mal");
        assertThat(json("/api/v1/ocds/processes?q=pupitres sola oferta&flagged=true").get("total").asInt())
                .isEqualTo(1);
        assertThat(mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString())
                .contains("/api/v1/ocds/red-flags").contains("/api/v1/ocds/processes");
    }

    @Test
    void everyListDownloadsAsCsvWithItsHeadersInTheAskedLanguage() throws Exception {
        String processes = csv("/contrataciones.csv?procedimiento=open");
        int open = json("/api/v1/ocds/processes?method=open").get("total").asInt();
        assertThat(processes).startsWith("\uFEFFocid,titulo,comprador");
        assertThat(processes.strip().split("\r\n")).hasSize(open + 1);
        assertThat(csv("/contrataciones.csv?procedimiento=open&idioma=en")).startsWith("\uFEFFocid,title,buyer");
        assertThat(csv("/contrataciones/alertas.csv")).as("R018 in words").contains("Solo se recibió una oferta").doesNotContain("R018");
        // Words a person reads, not OCDS codes: the procedure, the status, the stage, what a figure groups by.
        assertThat(processes).contains(",Licitación pública,").doesNotContain(",open,").doesNotContain(",complete,");
        assertThat(csv("/contrataciones/cifras.csv")).contains("procedimiento,Adjudicación directa,")
                .contains("proveedor,").doesNotContain("method").doesNotContain(",direct,");
        assertThat(csv("/contrataciones/cifras.csv?idioma=en")).contains("procedure,Direct award,");
        assertThat(csv("/contrataciones/alertas.csv")).contains("Proceso,").doesNotContain("process,");
        assertThat(csv("/contrataciones/proveedores.csv")).contains("S.A. de C.V.");
        List<String> datasets = List.of("Procesos de contratación", "Proveedores", "Alertas de riesgo en las contrataciones");
        assertThat(html("/datos/diccionario")).contains(datasets);
    }

    private void publish(String token, String body) throws Exception {
        mvc.perform(post("/api/v1/ocds/releases").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated());
    }

    private JsonNode json(String path) throws Exception {
        return OcdsJson.MAPPER.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String csv(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A number as a chart's CSV writes it: no trailing zeros. */
    private static String plain(JsonNode number) {
        return new BigDecimal(number.asString()).stripTrailingZeros().toPlainString();
    }
}
