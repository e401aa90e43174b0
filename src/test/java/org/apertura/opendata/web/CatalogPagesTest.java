package org.apertura.opendata.web;

import static org.apertura.opendata.OpenDataTestActors.publisherOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.opendata.DatasetPublishing;
import org.apertura.platform.web.DatasetLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The catalog's public pages as a data user reads them: search with facets, a dataset's page, the ranking. */
@IntegrationTest
class CatalogPagesTest {

    static final String INSTITUTION = "ayuntamiento-durango";

    @Autowired
    MockMvc mvc;
    @Autowired
    DatasetPublishing publishing;
    @Autowired
    DatasetLinks links;
    @Autowired
    org.apertura.platform.PublicUrl publicUrl;

    String name;
    String word;

    @BeforeEach
    void publish() {
        word = CatalogTestData.uniqueWord();
        name = "obras-" + UUID.randomUUID().toString().substring(0, 8);
        CatalogTestData.publishWorks(publishing, INSTITUTION, name, word);
    }

    @Test
    void theSearchFindsTheDatasetInSpanishAndItsFacetsNarrowIt() throws Exception {
        String page = html("/datos?q=" + word);
        assertThat(page).contains("Obras públicas " + word, "1 conjunto de datos", "Ayuntamiento", "CSV", "GeoJSON",
                "Completitud: 80 de 100");
        // the facet links work without JavaScript: the licence facet's link narrows, and the chosen value removes
        assertThat(page).contains("licencia=libre-uso-mx", "Términos de Libre Uso MX");
        String narrowed = html("/datos?q=" + word + "&licencia=libre-uso-mx&formato=GEOJSON");
        assertThat(narrowed).contains("Obras públicas " + word, "aria-current=\"true\"", "Quitar todos los filtros");
        assertThat(html("/datos?q=" + word + "&licencia=CC0-1.0")).contains("Ningún conjunto de datos coincide");
        assertThat(html("/datos?tema=NADA")).contains("Se ignoró");
        String csv = mvc.perform(get("/datos.csv?q=" + word)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(name, "Términos de Libre Uso MX", "Regiones y ciudades").doesNotContain("LIBRE_USO_MX");
        String json = mvc.perform(get("/datos.json?q=" + word)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"name\":\"" + name + "\"", "\"licence\":\"libre-uso-mx\"");
    }

    @Test
    void theDatasetPageShowsVersionsQualityDictionaryPreviewMapCitationAndUsage() throws Exception {
        String page = html("/datos/" + name);
        assertThat(page).contains("Obras públicas " + word, "Durango (municipio) (clave INEGI 10005)", "Trimestral",
                "Regiones y ciudades", "Términos de Libre Uso MX", "https://datos.gob.mx/libreusomx");
        // every version, with its SHA-256 and its ledger entry
        assertThat(page).contains("obras.csv", "obras-v2.csv", "/versiones/1/obras.csv", "/versiones/2/obras-v2.csv",
                "Entrada n.º", "/historial?tipo=resource");
        // the quality report in words: a date not in ISO 8601 and a cell that breaks its column's type
        assertThat(page).contains("Informe de calidad", "Fechas que no están en formato ISO 8601");
        // the dictionary and the preview (a keyboard-scrollable region with a caption)
        assertThat(page).contains("Monto contratado", "pesos", "tabindex=\"0\"", "role=\"region\"",
                "Las 4 filas de «Obras 2025»", "Mapimí");
        // the GeoJSON map and its text alternative
        assertThat(page).contains("<svg", "role=\"img\"", "Presa Guadalupe Victoria", "24.0200, -104.6500", "Línea");
        // citation (Libre Uso MX: name, institution, address, date of consultation) and how to use it
        assertThat(page).contains("Consultado el ", "/datos/" + name, "pd.read_csv", "read.csv", "IMPORTDATA",
                "/api/3/action/package_show?id=" + name, "/dataset/" + name + ".ttl");
        // completeness with what is missing: the map file has no data dictionary
        assertThat(page).contains("80 de 100", "falta describir campos en el diccionario de datos de algún archivo");
        assertThat(page).doesNotContain("LIBRE_USO_MX", "QUARTERLY", ">REGI<", "??");
        mvc.perform(get("/datos/no-existe-" + word)).andExpect(status().isNotFound());
    }

    @Test
    void aWithdrawnDatasetStaysVisibleWithItsReasonButLeavesTheSearch() throws Exception {
        publisherOf(INSTITUTION, () -> publishing.withdraw(name, "Lo sustituye el padrón de obra 2026."));
        assertThat(html("/datos/" + name)).contains("se retiró el", "Lo sustituye el padrón de obra 2026.",
                "obras-v2.csv");
        assertThat(html("/datos?q=" + word)).contains("Ningún conjunto de datos coincide");
        assertThat(html("/datos/instituciones/" + INSTITUTION)).contains("Obras públicas " + word, "Retirado");
        // the public history names the dataset by its title, and its UUID only in the link's title
        java.util.regex.Matcher uid = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"")
                .matcher(html("/api/3/action/package_show?id=" + name));
        assertThat(uid.find()).isTrue();
        String history = html("/historial?tipo=dataset&id=" + uid.group(1));
        assertThat(history).contains("Se retiró un conjunto de datos abiertos: Obras públicas " + word,
                "title=\"" + uid.group(1) + "\"").doesNotContain(">Conjunto de datos abiertos " + uid.group(1));
    }

    @Test
    void institutionsAreRankedByCompletenessAndTheirPagesListTheirDatasets() throws Exception {
        String ranking = html("/datos/instituciones");
        assertThat(ranking).contains("Instituciones por completitud", "/datos/instituciones/" + INSTITUTION,
                "Completitud promedio");
        assertThat(html("/datos/instituciones/" + INSTITUTION)).contains("Obras públicas " + word);
        assertThat(html("/instituciones/" + INSTITUTION)).contains("Datos abiertos", "/datos/" + name);
        assertThat(html("/buscar?q=" + word)).contains("Obras públicas " + word);
        String csv = mvc.perform(get("/datos/instituciones.csv")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(INSTITUTION, "completitud_promedio");
    }

    @Test
    void evidenceAddressesOfCatalogDatasetsAreRecognised() {
        assertThat(links.find(publicUrl.of("/datos/" + name))).get()
                .extracting(DatasetLinks.DatasetLink::path).isEqualTo("/datos/" + name);
        assertThat(links.find("/dataset/" + name + ".ttl")).isPresent();
        assertThat(links.find("https://otro.example.org/datos/" + name)).isEmpty();
        assertThat(links.find("https://datos.example.org/municipio-durango")).isEmpty();
    }

    private String html(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
