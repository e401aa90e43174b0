package org.apertura.archives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.time.Today;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The archival description of a fonds: the demo executive's fonds exports as EAD3 that the EAD3 schema (SAA, in
 * src/test/resources/archives) accepts, with its series and case files, no title of a confidential file and no file
 * given baja; an ISAD(G) page describes the fonds and each series; a fonds without instruments or without files is
 * refused with its reason.
 */
@IntegrationTest
class ArchivalDescriptionTest {

    static final String STATE = ArchivesDemo.STATE;

    @Autowired
    ArchivalDescriptions descriptions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Today today;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;

    @Test
    void theDemoFondsExportsAsEad3ThatTheSchemaAccepts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        descriptions.writeEad(STATE, out);
        byte[] xml = out.toByteArray();

        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/archives/ead3.xsd")).newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));

        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<archdesc level=\"fonds\">", "<unitid>PEED</unitid>",
                "<c level=\"subfonds\"", "<c level=\"series\"", "<c level=\"subseries\"", "<c level=\"file\"",
                "Correspondencia con dependencias federales, legajo 4", ArchivesDemoActs.firstSession(today));
        List<String> live = jdbc.queryForList("SELECT reference FROM archives_file WHERE institution_slug = ? "
                + "AND stage <> 'BAJA'", String.class, STATE);
        assertThat(live).isNotEmpty().allSatisfy(reference -> assertThat(text).contains(reference));
        List<String> disposed = jdbc.queryForList("SELECT reference FROM archives_file WHERE institution_slug = ? "
                + "AND stage = 'BAJA'", String.class, STATE);
        assertThat(disposed).as("the demo executed a baja").isNotEmpty()
                .allSatisfy(reference -> assertThat(text).doesNotContain(reference));
        List<String> confidential = jdbc.queryForList("SELECT title FROM archives_file WHERE institution_slug = ? "
                + "AND classification = 'CONFIDENTIAL'", String.class, STATE);
        assertThat(confidential).isNotEmpty().allSatisfy(title -> assertThat(text).doesNotContain(title));
    }

    @Test
    void theGuideGivesEachSeriesItsUnitExtremeDatesAndVolumeAsAPageCsvAndJson() throws Exception {
        var busiest = jdbc.queryForMap("SELECT series_code, COUNT(*) AS files, SUM(document_count) AS documents, "
                + "MIN(COALESCE(earliest_on, opened_on)) AS earliest FROM archives_file WHERE institution_slug = ? "
                + "AND stage <> 'BAJA' GROUP BY series_code ORDER BY COUNT(*) DESC, series_code LIMIT 1", STATE);
        String code = (String) busiest.get("series_code");
        long files = ((Number) busiest.get("files")).longValue();
        long documents = ((Number) busiest.get("documents")).longValue();
        String name = jdbc.queryForObject("SELECT n.name FROM archives_node n JOIN archives_instrument i "
                + "ON i.id = n.instrument_id WHERE i.institution_slug = ? AND i.status = 'APPROVED' AND n.code = ?",
                String.class, STATE, code);
        int disposed = jdbc.queryForObject("SELECT COUNT(*) FROM archives_file WHERE institution_slug = ? AND "
                + "stage = 'BAJA'", Integer.class, STATE);
        assertThat(disposed).as("the demo's baja does not count in the guide").isPositive();

        mvc.perform(get("/archivos/" + STATE)).andExpect(content().string(Matchers.containsString(
                "href=\"/archivos/" + STATE + "/guia\"")));
        String page = mvc.perform(get("/archivos/" + STATE + "/guia")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Guía de archivo documental", code, name);
        String csv = mvc.perform(get("/archivos/" + STATE + "/guia.csv")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Nivel,Código,Nombre,Unidad productora,Fecha más antigua")
                .containsPattern("(?m)^Subserie," + java.util.regex.Pattern.quote(code) + ",|(?m)^Serie,"
                        + java.util.regex.Pattern.quote(code) + ",")
                .contains(busiest.get("earliest").toString().substring(0, 10));
        mvc.perform(get("/archivos/" + STATE + "/guia.json")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.series[?(@.code == '" + code + "')].files").value(Matchers.contains((int) files)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.series[?(@.code == '" + code + "')].documents").value(Matchers.contains((int) documents)));
        mvc.perform(get("/archivos/" + STATE + "/guia").cookie(new jakarta.servlet.http.Cookie("APERTURA_LANG", "en")))
                .andExpect(content().string(Matchers.containsString("Archival guide")));
        mvc.perform(get("/archivos/ayuntamiento-durango/guia")).andExpect(status().isNotFound());
    }

    @Test
    void theExportDownloadsAndAFondsWithoutInstrumentsOrFilesIsRefusedWithItsReason() throws Exception {
        MvcResult started = mvc.perform(get("/archivos/" + STATE + "/ead.xml"))
                .andExpect(request().asyncStarted()).andReturn();
        mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("http://ead3.archivists.org/schema/")));

        // the judiciary has instruments in force but no case files; the Durango town council has no instruments
        assertThatThrownBy(() -> descriptions.writeEad(ArchivesDemo.JUDICIARY, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.messageKey())
                                .isEqualTo("archives.ead.error.empty")));
        mvc.perform(get("/archivos/" + ArchivesDemo.JUDICIARY + "/ead.xml")).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("no tiene expedientes que describir")));
        mvc.perform(get("/archivos/ayuntamiento-durango/ead.xml")).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("no tiene instrumentos archivísticos aprobados")));

        // a page from an exception handler still has the whole layout: a signed-in person sees their name and
        // "Salir", not "Entrar"; in English, the page says so in its language and links back to Spanish
        Account someone = TestAccounts.person(accounts, "Lectora del archivo");
        String refused = mvc.perform(get("/archivos/ayuntamiento-durango/ead.xml").with(details.signedIn(someone)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("no tiene instrumentos archivísticos aprobados", "Lectora del archivo", ">Salir<")
                .doesNotContain(">Entrar<");
        String inEnglish = mvc.perform(get("/archivos/ayuntamiento-durango/ead.xml").param("lang", "en")
                        .with(details.signedIn(someone)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(inEnglish).contains("<html lang=\"en\"", "no approved archival instruments", "Lectora del archivo", "lang=es")
                .doesNotContain(">Sign in<");
    }

    @Test
    void theWholeInventarioGeneralDownloadsAsCsvWithoutConfidentialTitles() throws Exception {
        MvcResult started = mvc.perform(get("/archivos/" + STATE + "/expedientes.csv"))
                .andExpect(request().asyncStarted()).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> all = jdbc.queryForList("SELECT reference FROM archives_file WHERE institution_slug = ?",
                String.class, STATE);
        assertThat(csv.lines().count()).isEqualTo(all.size() + 1);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("Expediente", "Dónde está");
        assertThat(all).allSatisfy(reference -> assertThat(csv).contains(reference));
        assertThat(csv).contains("Dado de baja (solo quedan sus datos)", "No se muestra: lo protege su clasificación.");
        jdbc.queryForList("SELECT title FROM archives_file WHERE institution_slug = ? AND classification = "
                + "'CONFIDENTIAL'", String.class, STATE).forEach(title -> assertThat(csv).doesNotContain(title));
    }

    @Test
    void isadPagesDescribeTheFondsAndEachSeriesInTheSevenAreas() throws Exception {
        mvc.perform(get("/archivos/" + STATE + "/descripcion")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("3.1 Área de identificación"),
                        Matchers.containsString("3.2 Área de contexto"),
                        Matchers.containsString("3.3 Área de contenido y estructura"),
                        Matchers.containsString("3.4 Área de condiciones de acceso y uso"),
                        Matchers.containsString("3.5 Área de documentación asociada"),
                        Matchers.containsString("3.6 Área de notas"),
                        Matchers.containsString("3.7 Área de control de la descripción"),
                        Matchers.containsString("3.1.1 Código de referencia"),
                        Matchers.containsString("MX poder-ejecutivo-durango PEED"),
                        Matchers.containsString("Poder Ejecutivo del Estado de Durango"),
                        Matchers.containsString("/archivos/poder-ejecutivo-durango/descripcion/PEED.1C"),
                        Matchers.containsString("/archivos/poder-ejecutivo-durango/ead.xml"))));
        mvc.perform(get("/archivos/" + STATE + "/descripcion/PEED.1C.2")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Correspondencia"),
                        Matchers.containsString("Oficialía de Partes"),
                        Matchers.containsString("Destino final: Baja."),
                        Matchers.containsString("Vigencia: 1 años en el archivo de trámite y 2 en el de concentración"),
                        Matchers.containsString("dados de baja documental"),
                        Matchers.containsString("Forma parte de: Sección PEED.1C"))));
        mvc.perform(get("/archivos/" + STATE + "/descripcion/NO.EXISTE")).andExpect(status().isNotFound());
    }
}
