package org.apertura.archives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apertura.IntegrationTest;
import org.apertura.platform.kits.Adaptation;
import org.apertura.platform.kits.ContentLicence;
import org.apertura.identity.Account;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.Hashing;
import org.apertura.platform.kits.KitFixture;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An institution's archival catalog in force downloads as a kit (its table as the archive exports it, with the licence
 * and the attribution, following the manifest's schema) that the archivists of another institution import as a draft
 * version of their instruments: nobody else sees it, it shows «Adaptado de», and its approval by the Grupo publishes
 * the attribution. A missing manifest, an unknown version, a path out of the ZIP, a ZIP too large, a licence that
 * forbids adaptation, a kit of another kind, an altered kit or a table the catalog reader refuses change nothing, said
 * in Spanish and English; people who do not import the institution's instruments cannot import.
 */
@IntegrationTest
class CatalogKitTest extends KitFixture {

    private static final String ORIGIN = ArchivesDemo.STATE;
    private static final String ADOPTER = "congreso-durango";

    @BeforeEach
    void theStatesCatalogKitAndTheCongresssArchivist() throws Exception {
        Account archivist = TestAccounts.person(accounts, "Archivo del Congreso");
        SystemActor.run(() -> accounts.grant(archivist.getId(), Role.ARCHIVIST, ADOPTER, null));
        importer = details.signedIn(archivist);
        assertThat(mvc.perform(get("/archivos/" + ORIGIN)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/archivos/" + ORIGIN + "/catalogo/kit.zip",
                        "Kit del catálogo para reutilizarlo");
        kit = download("/archivos/" + ORIGIN + "/catalogo/kit.zip");
    }

    @Override
    protected MockMultipartHttpServletRequestBuilder importForm() {
        return multipart("/archivos/" + ADOPTER + "/gestion/importar-kit");
    }

    @Override
    protected List<String> tables() {
        return List.of("archives_instrument", "archives_node");
    }

    @Test
    void theKitFollowsTheSchemaAndCarriesTheCatalogAsTheArchiveExportsIt() throws Exception {
        JsonNode manifest = manifestOf(kit, "catalog");
        assertThat(manifest.path("attribution").path("url").asString()).endsWith("/archivos/" + ORIGIN);
        assertThat(manifest.path("licence").path("id").asString()).isEqualTo("CC-BY-4.0");
        assertThat(kit).containsOnlyKeys("manifest.json", "catalog.csv", "LICENSE.txt");
        String csv = new String(kit.get("catalog.csv"), StandardCharsets.UTF_8);
        String exported = mvc.perform(get("/archivos/" + ORIGIN + "/catalogo.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(exported);
        assertThat(new String(download("/archivos/" + ORIGIN + "/catalogo/kit.zip?lang=en").get("catalog.csv"),
                StandardCharsets.UTF_8)).as("in Spanish, as the manifest says, from the English page too").isEqualTo(csv);
        assertThat(manifest.path("languages").toString()).isEqualTo("[\"es\"]");
        assertThat(download("/api/v1/archives/institutions/" + ORIGIN + "/catalog/kit")).containsKeys("manifest.json",
                "catalog.csv", "LICENSE.txt");
        assertThat(mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/api/v1/archives/institutions/{slug}/catalog/kit",
                        "/api/v1/archives/institutions/{slug}/versions/kit");
    }

    @Test
    void anotherInstitutionsArchivistImportsItAsADraftWithTheAttribution() throws Exception {
        String desk = mvc.perform(get("/archivos/" + ADOPTER + "/gestion").with(importer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(desk).contains("/archivos/" + ADOPTER + "/gestion/importar-kit");
        String form = mvc.perform(get("/archivos/" + ADOPTER + "/gestion/importar-kit").with(importer)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Importar el kit de un catálogo archivístico", "name=\"_csrf\"");
        long ledgerBefore = ledgerHead();
        String page = imported(zip(kit));
        assertThat(page).startsWith("/archivos/" + ADOPTER + "/instrumentos/");
        int number = Integer.parseInt(page.substring(page.lastIndexOf('/') + 1));
        Instrument draft = ArchivesTesting.as(Role.ARCHIVIST, ADOPTER,
                () -> instruments.version(ADOPTER, number));
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.getSeriesCount()).isPositive();
        assertThat(draft.getAdaptation().url()).endsWith("/archivos/" + ORIGIN);
        assertThat(mvc.perform(get(page).with(importer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Adaptado de:", "Ver el original");
        assertThat(mvc.perform(get(page)).andReturn().getResponse().getStatus()).as("a draft is not public")
                .isEqualTo(404);
        assertThat(ledgerHead()).as("a draft is not in the public ledger").isEqualTo(ledgerBefore);

        String api = mvc.perform(multipart("/api/v1/archives/institutions/" + ADOPTER + "/versions/kit")
                .file(new MockMultipartFile("kit", "kit.zip", "application/zip", zip(kit))).with(importer)
                .with(org.apertura.identity.TestCsrf.csrf())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(api).path("status").asString()).isEqualTo("DRAFT");
        assertThat(json.readTree(api).path("adaptedFrom").path("url").asString()).endsWith("/archivos/" + ORIGIN);
    }

    @Test
    void theApprovalOfAnAdaptedVersionPublishesItsAttribution() {
        Instrument adapted = new Instrument(ADOPTER, 9, "kit.zip", "0".repeat(64), 3, Instant.EPOCH);
        assertThat(adapted.publicRecord()).doesNotContainKey("adaptedFrom");
        adapted.adaptedFrom(new Adaptation("Poder Ejecutivo", "Instrumentos archivísticos, versión 1", null,
                LocalDate.of(2026, 1, 15), "https://durango.example/archivos/" + ORIGIN, ContentLicence.CC_BY_4_0));
        assertThat(adapted.publicRecord()).containsKey("adaptedFrom");
        assertThat(adapted.getAdaptation().institution()).isEqualTo("Poder Ejecutivo");
    }

    @Test
    void everyBadKitIsRefusedWithItsReasonAndNothingChanges() throws Exception {
        refused(without("manifest.json"), "no tiene manifest.json", "has no manifest.json");
        refused(withManifest(m -> m.put("formatVersion", "9.9")), "versión «9.9»", "version \"9.9\"");
        refused(with("../catalog.csv", "x".getBytes(StandardCharsets.UTF_8)), "ruta no permitida",
                "path that is not allowed");
        Map<String, byte[]> large = new LinkedHashMap<>(kit);
        Random random = new Random(18);
        for (int i = 1; i <= 3; i++) {
            byte[] noise = new byte[1900 * 1024];
            random.nextBytes(noise);
            System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, noise, 0, 5);
            large.put("anexo-" + i + ".pdf", noise);
        }
        refused(zip(large), "pesa más de 5 MB", "larger than 5 MB");
        refused(withManifest(m -> ((ObjectNode) m.path("licence")).put("id", "CC-BY-ND-4.0")),
                "no permite adaptarlo", "does not allow adapting it");
        refused(withManifest(m -> m.put("kind", "norm")), "no es el de un catálogo archivístico",
                "not an archival catalog's kit");
        refused(with("catalog.csv", "Nivel,Código\n".getBytes(StandardCharsets.UTF_8)), "el kit fue alterado",
                "the kit was altered");
        refused(withTable("Nivel,Código,Nombre\nSerie,,Sin clave\n"), "no se puede leer como instrumentos",
                "cannot be read as archival instruments");
    }

    @Test
    void onlyThoseWhoImportTheInstitutionsInstrumentsImport() throws Exception {
        long before = count("archives_instrument");
        RequestPostProcessor stranger = details.signedIn(TestAccounts.person(accounts, "Persona sin cargo"));
        assertThat(upload(zip(kit), stranger, "es").andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/archivos/" + ADOPTER + "/gestion/importar-kit").with(stranger)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(multipart("/api/v1/archives/institutions/" + ADOPTER + "/versions/kit")
                .file(new MockMultipartFile("kit", "kit.zip", "application/zip", zip(kit))).with(stranger)
                .with(org.apertura.identity.TestCsrf.csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(count("archives_instrument")).isEqualTo(before);
    }

    /** The kit with another table, its hash and size in the manifest made right (so only the table is wrong). */
    private byte[] withTable(String csv) throws Exception {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>(kit);
        files.put("catalog.csv", bytes);
        ObjectNode manifest = (ObjectNode) json.readTree(files.get("manifest.json"));
        for (JsonNode f : (ArrayNode) manifest.path("files")) {
            if ("catalog.csv".equals(f.path("path").asString())) {
                ((ObjectNode) f).put("sha256", Hashing.sha256Hex(bytes)).put("bytes", bytes.length);
            }
        }
        files.put("manifest.json", json.writeValueAsBytes(manifest));
        return zip(files);
    }

    @org.springframework.beans.factory.annotation.Autowired
    Instruments instruments;
}
