package org.apertura.opendata;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.identity.TestCsrf;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The publisher's flow through the pages, as a person with the DATA_PUBLISHER role of an institution: create a
 * draft, upload a CSV, read its quality report, fill the dictionary, publish; the file is public with its SHA-256;
 * a replaced file's old version stays downloadable; withdrawing keeps everything. Bad input is said in words and
 * saves nothing; another institution's publisher, anyone else and anonymous people write nothing.
 */
@IntegrationTest
class PublisherPagesTest {

    static final String CONGRESS = "congreso-durango";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcTemplate jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    MockHttpSession publisherOf(String institution) throws Exception {
        Account person = TestAccounts.person(accounts, "Publicadora de datos");
        SystemActor.run(() -> accounts.grant(person.getId(), Role.DATA_PUBLISHER, institution, null));
        return org.apertura.identity.TestTwoStep.signIn(mvc, person.getEmail(), TestAccounts.PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void create(MockHttpSession session, String name) throws Exception {
        mvc.perform(post("/datos/publicar/nuevo").session(session).with(csrf()).param("institution", CONGRESS)
                .param("name", name).param("title", "Asistencia a sesiones").param("description", "Quién asistió.")
                .param("keywords", "asistencia, pleno").param("themes", "GOVE").param("frequency", "MONTHLY")
                .param("licence", "CC_BY_4_0").param("contactName", "Transparencia")
                .param("contactEmail", "transparencia@congreso.example.mx").param("spatial", "10"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/datos/publicar/" + name + "?creado"));
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @Test
    void aPublisherUploadsReadsTheReportFillsTheDictionaryPublishesReplacesAndWithdraws() throws Exception {
        MockHttpSession session = publisherOf(CONGRESS);
        String name = unique("asistencia");
        create(session, name);
        String csv = "diputada,fecha,asistio\nAna Pérez,2025-01-15,true\nLuis Soto,15/01/2025,false\n";
        String location = mvc.perform(multipart("/datos/publicar/" + name + "/archivos").file(new MockMultipartFile(
                "archivo", "asistencia.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).session(session)
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).contains("/recursos/");
        String resourceId = location.substring(location.indexOf("/recursos/") + 10, location.indexOf('?'));

        mvc.perform(get(location).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Revisión de calidad")))
                .andExpect(content().string(containsString("Fechas que no están en formato ISO 8601")))
                .andExpect(content().string(containsString("15/01/2025")))
                .andExpect(content().string(containsString("value=\"DATE\" selected")));
        mvc.perform(post("/datos/publicar/" + name + "/recursos/" + resourceId + "/diccionario").session(session)
                .with(csrf()).param("fields[0].name", "diputada").param("fields[0].type", "STRING")
                .param("fields[0].description", "Nombre de la diputada o el diputado")
                .param("fields[1].name", "fecha").param("fields[1].type", "DATE")
                .param("fields[1].description", "Fecha de la sesión")
                .param("fields[2].name", "asistio").param("fields[2].type", "BOOLEAN")
                .param("fields[2].description", "Si asistió").param("fields[2].allowedValues", "true|false"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.find(name)).isEmpty();
        mvc.perform(post("/datos/publicar/" + name + "/publicar").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "opendata.publish.done"));
        Dataset published = catalog.find(name).orElseThrow();
        assertThat(catalog.completeness(published).score()).isEqualTo(100);

        String first = "/datos/" + name + "/recursos/" + resourceId + "/versiones/1/asistencia.csv";
        mvc.perform(get(first)).andExpect(status().isOk())
                .andExpect(header().string("ETag", containsString(catalog.version(resourceId, 1).orElseThrow()
                        .getSha256())))
                .andExpect(content().bytes(csv.getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/datos/" + name + "/recursos/" + resourceId + "/versiones/1/calidad"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("15/01/2025")));

        String second = csv + "Eva Ruiz,2025-02-01,true\n";
        mvc.perform(multipart("/datos/publicar/" + name + "/recursos/" + resourceId + "/reemplazar")
                .file(new MockMultipartFile("archivo", "asistencia-febrero.csv", "text/csv",
                        second.getBytes(StandardCharsets.UTF_8))).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "opendata.replace.done"));
        mvc.perform(get(first)).andExpect(status().isOk()).andExpect(content().bytes(csv.getBytes(
                StandardCharsets.UTF_8)));
        mvc.perform(get("/datos/" + name + "/recursos/" + resourceId + "/versiones/2/asistencia-febrero.csv"))
                .andExpect(status().isOk()).andExpect(content().bytes(second.getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/datos/" + name + "/recursos/" + resourceId)).andExpect(status().isOk())
                .andExpect(content().string(containsString("asistencia-febrero.csv")))
                .andExpect(content().string(containsString("Nombre de la diputada o el diputado")));

        mvc.perform(post("/datos/publicar/" + name + "/retirar").session(session).with(csrf())
                .param("motivo", "Lo sustituye el registro de asistencia 2026."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(first)).andExpect(status().isOk());
        mvc.perform(get("/datos/" + name + "/recursos/" + resourceId)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lo sustituye el registro de asistencia 2026.")));
    }

    @Test
    void badInputIsSaidInBothLanguagesAndSavesNothing() throws Exception {
        MockHttpSession session = publisherOf(CONGRESS);
        String name = unique("gaceta");
        create(session, name);
        int datasets = count("opendata_dataset");
        mvc.perform(post("/datos/publicar/nuevo").session(session).with(csrf()).param("institution", CONGRESS)
                .param("name", name).param("title", "Otro").param("description", "Otro.").param("licence", "CC_BY_4_0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ya hay un conjunto de datos con ese identificador")));
        mvc.perform(post("/datos/publicar/nuevo").session(session).with(csrf()).locale(Locale.ENGLISH)
                .param("lang", "en").param("institution", CONGRESS).param("name", unique("otro")).param("title", "T")
                .param("description", "D").param("licence", "GPL-3.0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a licence from the list")));
        assertThat(count("opendata_dataset")).isEqualTo(datasets);

        int resources = count("opendata_resource");
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3binary".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/datos/publicar/" + name + "/archivos").file(new MockMultipartFile("archivo",
                "gaceta.csv", "text/csv", pdf)).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problems", java.util.List.of(
                        "El archivo dice ser CSV pero no lo es: su contenido no es texto separado por comas. Guárdelo "
                                + "como CSV (UTF-8) desde su hoja de cálculo y vuelva a subirlo.")));
        // The page's summary links each problem to its field, which says it is invalid and points at its message:
        // the upload's to the file field, a link's without an address to the address field.
        mvc.perform(get("/datos/publicar/" + name).session(session))
                .andExpect(content().string(containsString("<a href=\"#upload-file\">")))
                .andExpect(content().string(containsString("aria-invalid=\"true\" aria-describedby=\"upload-file-error\"")));
        mvc.perform(post("/datos/publicar/" + name + "/enlaces").session(session).with(csrf())
                .param("nombre", "Versión en línea").param("url", "no es una dirección"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/datos/publicar/" + name).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#link-url\">")))
                .andExpect(content().string(containsString("id=\"link-url\" name=\"url\" autocomplete=\"url\" "
                        + "aria-invalid=\"true\" aria-describedby=\"link-url-error\"")))
                .andExpect(content().string(containsString("<p class=\"error\" id=\"link-url-error\">")))
                .andExpect(content().string(not(containsString("#upload-file"))));
        assertThat(count("opendata_resource")).isEqualTo(resources);
    }

    /**
     * Over a real connection: the server answers before reading the body, with the path's limit in words in both
     * languages — 1 GB for open data files, the 12 MB of every other form elsewhere.
     */
    @Test
    void uploadsOverTheirPathsLimitAreRefusedWithTheLimitInWordsBeforeTheyAreRead() throws Exception {
        String[][] cases = {
            {"/datos/publicar/algo/archivos", Long.toString(2L << 30), "El límite para subir un archivo aquí es de 1 GB"},
            {"/datos/publicar/algo/archivos?lang=en", Long.toString(2L << 30),
                "The limit for uploading a file here is 1 GB"},
            {"/presupuesto/importar", Long.toString(14L << 20), "El límite para subir un archivo aquí es de 12 MB"}};
        for (String[] c : cases) {
            try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                socket.setSoTimeout(30_000);
                var out = socket.getOutputStream();
                out.write(("POST " + c[0] + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                        + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + c[1]
                        + "\r\n\r\n--xyz\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                var in = socket.getInputStream();
                var received = new java.io.ByteArrayOutputStream();
                byte[] chunk = new byte[8192];
                int n;
                while (!received.toString(StandardCharsets.UTF_8).contains("</html>") && (n = in.read(chunk)) > 0) {
                    received.write(chunk, 0, n);
                }
                String answer = received.toString(StandardCharsets.UTF_8);
                assertThat(answer).as(c[0]).startsWith("HTTP/1.1 413");
                assertThat(answer).as(c[0]).contains(c[2]);
            }
        }
    }

    @Test
    void onlyTheDataPublisherOfTheInstitutionWrites() throws Exception {
        MockHttpSession owner = publisherOf(CONGRESS);
        String name = unique("votaciones");
        create(owner, name);
        MockHttpSession other = publisherOf("poder-judicial-durango");
        int datasets = count("opendata_dataset");
        mvc.perform(post("/datos/publicar/nuevo").session(other).with(csrf()).param("institution", CONGRESS)
                .param("name", unique("ajeno")).param("title", "T").param("description", "D"))
                .andExpect(status().isForbidden());
        // another institution's draft is not even shown to it
        mvc.perform(post("/datos/publicar/" + name + "/publicar").session(other).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/datos/publicar/" + name).session(other)).andExpect(status().isNotFound());
        mvc.perform(post("/datos/publicar/" + name + "/publicar").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/entrar"));
        mvc.perform(get("/datos/publicar")).andExpect(status().is3xxRedirection());
        assertThat(count("opendata_dataset")).isEqualTo(datasets);
        assertThat(catalog.find(name)).isEmpty();
        mvc.perform(get("/datos/publicar").session(owner)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name.isEmpty() ? "" : "Asistencia a sesiones")))
                .andExpect(content().string(not(containsString("DRAFT"))));
    }
}
