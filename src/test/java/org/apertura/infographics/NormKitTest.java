package org.apertura.infographics;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.kits.KitFixture;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A published norm's citizen version downloads as a kit (its facts and whole citizen version, under CC-BY-4.0, with the
 * institution and the norm as the attribution, following the manifest's schema). Another institution's editor reads
 * it into the form of a new norm of theirs — which writes nothing —, adapts it and publishes it: the norm shows
 * «Adaptado de» and the ledger records {@code norm.imported} with {@code adaptedFrom}. A kit of another kind, an altered
 * kit or a citizen version a norm could not publish is refused in Spanish and English; people who edit no norms of
 * the institution cannot read a kit into its form.
 */
@IntegrationTest
class NormKitTest extends KitFixture {

    static final String ADOPTER = "congreso-durango";

    @Autowired
    NormService norms;

    @BeforeEach
    void theDemoNormsKitAndAnotherInstitutionsEditor() throws Exception {
        Account editor = TestAccounts.person(accounts, "Editora que adapta una norma");
        SystemActor.run(() -> accounts.grant(editor.getId(), Role.NORMS_EDITOR, ADOPTER, null));
        importer = details.signedIn(editor);
        assertThat(mvc.perform(get("/normas/" + InfographicsDemo.SLUG)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/normas/" + InfographicsDemo.SLUG + "/kit.zip");
        kit = download("/normas/" + InfographicsDemo.SLUG + "/kit.zip");
    }

    @Override
    protected MockMultipartHttpServletRequestBuilder importForm() {
        return multipart("/normas/gestion/importar").param("institution", ADOPTER);
    }

    @Override
    protected List<String> tables() {
        return List.of("infographics_norm", "infographics_norm_version");
    }

    @Test
    void theNormsKitFollowsTheSchemaAndCarriesItsCitizenVersion() throws Exception {
        JsonNode manifest = manifestOf(kit, "norm");
        assertThat(manifest.path("licence").path("id").asString()).isEqualTo("CC-BY-4.0");
        assertThat(manifest.path("attribution").path("url").asString()).endsWith("/normas/" + InfographicsDemo.SLUG);
        JsonNode texts = json.readTree(kit.get("norm.json"));
        assertThat(texts.path("type").asString()).isEqualTo("REGLAS_DE_OPERACION");
        assertThat(texts.path("citizenVersion").path("steps").size()).isPositive();
        assertThat(download("/api/v1/norms/" + InfographicsDemo.SLUG + "/kit")).containsKeys("manifest.json",
                "norm.json", "LICENSE.txt");
        assertThat(mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/api/v1/norms/{slug}/kit");
    }

    @Test
    void anotherInstitutionsEditorReadsItIntoTheirFormAndPublishesItWithTheAttribution() throws Exception {
        assertThat(mvc.perform(get("/normas/gestion/importar").with(importer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Importar el kit de una norma", "name=\"_csrf\"");
        var before = counts();
        String form = upload(zip(kit), "es").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Kit leído", "Adaptado de:", "name=\"adaptedUrl\"", "Nueva norma")
                .doesNotContain("error-summary");
        assertThat(counts()).as("reading a kit writes nothing").isEqualTo(before);

        JsonNode texts = json.readTree(kit.get("norm.json"));
        JsonNode version = texts.path("citizenVersion");
        String url = json.readTree(kit.get("manifest.json")).path("attribution").path("url").asString();
        String slug = "becas-adaptadas-" + Long.toHexString(System.nanoTime());
        long ledgerBefore = ledgerHead();
        String original = texts.path("title").asString();
        var result = mvc.perform(publish(slug, texts.path("type").asString(), original, url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(302);
        assertThat(version.path("purpose").size()).isPositive();
        assertThat(norms.adaptation(slug).url()).isEqualTo(url);
        assertThat(mvc.perform(get("/normas/" + slug)).andReturn().getResponse().getContentAsString(
                StandardCharsets.UTF_8)).contains("Adaptado de:", "Ver el original");
        JsonNode entry = json.readTree(jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE seq > ? AND type ="
                + " 'norm.imported'", String.class, ledgerBefore));
        assertThat(entry.path("adaptedFrom").path("url").asString()).isEqualTo(url);
        assertThat(entry.path("slug").asString()).isEqualTo(slug);

        // An attribution the form could not have come with is refused whole, and nothing is published.
        var tampered = counts();
        String refused = mvc.perform(publish(slug + "-2", texts.path("type").asString(), original,
                "javascript:alert(1)")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("error-summary");
        assertThat(counts()).isEqualTo(tampered);
    }

    @Test
    void aBadKitIsRefusedAndSaysWhyAndOnlyTheInstitutionsEditorsReadOne() throws Exception {
        refused(withJson("norm.json", n -> n.put("type", "DECRETO_SECRETO")), "demasiado largo o desconocido en «type»",
                "too long or unknown");
        refused(withJson("norm.json", n -> n.putObject("citizenVersion")), "en «citizenVersion»",
                "too long or unknown");
        refused(with("norm.json", "{}".getBytes(StandardCharsets.UTF_8)), "alterado", "altered");
        refused(withManifest(m -> m.put("kind", "challenge")), "no es el de una norma", "This is not a norm");

        var stranger = details.signedIn(TestAccounts.person(accounts, "Persona sin normas"));
        assertThat(upload(zip(kit), stranger, "es").andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(multipart("/normas/gestion/importar").param("institution", "poder-judicial-durango")
                .file("kit", zip(kit)).with(importer).with(csrf())).andReturn().getResponse().getStatus())
                .as("an institution whose norms the editor does not write").isEqualTo(403);
    }

    /** The new-norm form as the editor sends it after adapting a kit: their norm's facts, the kit's attribution. */
    private MockMultipartHttpServletRequestBuilder publish(String slug, String type, String original, String url) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/normas/gestion/nueva").param("slug", slug)
                .param("institution", ADOPTER).param("type", type)
                .param("title", "Reglas de las becas de transporte del Congreso")
                .param("gazette", "Periódico Oficial del Gobierno del Estado de Durango")
                .param("publishedOn", "2026-02-10").param("purpose", "Sirve para pedir una beca de transporte. [art. 1]")
                .param("steps[0].who", "Tú").param("steps[0].what", "Pides la beca.").param("steps[0].days", "10")
                .param("steps[0].dayType", "BUSINESS").param("steps[0].article", "art. 5")
                .param("adaptedInstitution", "Poder Ejecutivo").param("adaptedExercise", original)
                .param("adaptedDate", "2026-12-01").param("adaptedUrl", url).param("adaptedLicence", "CC-BY-4.0")
                .with(importer).with(csrf());
    }
}
