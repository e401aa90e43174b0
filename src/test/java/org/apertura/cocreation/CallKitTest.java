package org.apertura.cocreation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.KitFiles;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.Hashing;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A call for proposals downloads as a kit (its text, themes and rules, with the licence and attribution, following the
 * manifest's schema) that another exercise's coordinator imports as a call of their own with their address and dates:
 * the call shows «Adaptado de», the ledger records {@code call.imported} with {@code adaptedFrom}; a kit of another
 * kind, an altered kit or terms the call refuses (an address taken, dates that do not add up) change nothing, said in
 * Spanish and English; people who do not run the exercise cannot import.
 */
@IntegrationTest
class CallKitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ActionPlanService plans;
    @Autowired
    CocreationService service;

    CocreationFixtures.Open origin;
    CocreationFixtures.Open adopter;
    RequestPostProcessor coordinator;
    Map<String, byte[]> kit;

    @BeforeEach
    void aCallsKitAndAnotherExercisesCoordinator() throws Exception {
        origin = CocreationFixtures.openCall(secretariat, plans, service, 7);
        adopter = CocreationFixtures.openCall(secretariat, plans, service, 10);
        Account account = TestAccounts.person(accounts, "Coordinación que adopta una convocatoria");
        SystemActor.run(() -> accounts.grant(account.getId(), Role.COORDINATOR, adopter.body(), null));
        coordinator = details.signedIn(account);
        String slug = origin.call().getSlug();
        assertThat(mvc.perform(get("/convocatorias/" + slug)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/convocatorias/" + slug + "/kit.zip");
        MvcResult download = mvc.perform(get("/convocatorias/" + slug + "/kit.zip")).andReturn();
        assertThat(download.getResponse().getContentType()).isEqualTo("application/zip");
        kit = KitFiles.unzip(download.getResponse().getContentAsByteArray());
    }

    @Test
    void theCallsKitFollowsTheSchemaAndCarriesItsTextsAndRules() throws Exception {
        JsonNode manifest = json.readTree(kit.get("manifest.json"));
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("src/main/resources/kits/manifest-1.0.schema.json")));
        assertThat(schema.validate(manifest)).isEmpty();
        assertThat(manifest.path("kind").asString()).isEqualTo("call");
        assertThat(manifest.path("attribution").path("url").asString())
                .endsWith("/convocatorias/" + origin.call().getSlug());
        JsonNode call = json.readTree(kit.get("call.json"));
        assertThat(call.path("title").asString()).isEqualTo("Convocatoria de prueba");
        assertThat(call.path("supportsPerPerson").asInt()).isEqualTo(7);
        assertThat(call.path("themes").toString()).contains("C", "G");
        assertThat(call.path("submissionDays").asInt()).isEqualTo(16);
        MvcResult api = mvc.perform(get("/api/v1/calls/" + origin.call().getSlug() + "/kit")).andReturn();
        assertThat(api.getResponse().getContentType()).isEqualTo("application/zip");
        assertThat(KitFiles.unzip(api.getResponse().getContentAsByteArray())).containsKeys("manifest.json",
                "call.json", "LICENSE.txt");
        assertThat(mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/api/v1/calls/{slug}/kit", "/api/v1/exercises/{slug}/calls/kit");
    }

    @Test
    void anotherExercisesCoordinatorImportsItAsTheirOwnCallWithTheAttribution() throws Exception {
        String exercise = plans.exerciseOf(adopter.plan()).getSlug();
        assertThat(mvc.perform(get("/ejercicios/" + exercise + "/convocatorias/importar").with(coordinator))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Importar el kit de una convocatoria", "name=\"_csrf\"");
        long ledgerBefore = jdbc.queryForObject("SELECT MAX(seq) FROM ledger_entry", Long.class);
        String slug = "adaptada-" + UUID.randomUUID().toString().substring(0, 8);
        MvcResult result = upload(exercise, KitFiles.zip(kit), slug, "es").andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/convocatorias/" + slug);

        Call imported = service.call(slug);
        assertThat(service.exerciseOf(imported).getSlug()).isEqualTo(exercise);
        assertThat(imported.getSupportsPerPerson()).isEqualTo(7);
        assertThat(imported.getSubmissionOpens()).isEqualTo(LocalDate.parse("2030-03-01"));
        assertThat(imported.getAdaptation().url()).endsWith("/convocatorias/" + origin.call().getSlug());
        assertThat(mvc.perform(get("/convocatorias/" + slug)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Adaptado de:", "Ver el original");
        String payload = jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE seq > ? AND type = 'call.imported'",
                String.class, ledgerBefore);
        assertThat(payload).contains("adaptedFrom", "/convocatorias/" + origin.call().getSlug());
        assertThat(mvc.perform(get("/api/v1/calls/" + slug)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("adaptedFrom");
    }

    @Test
    void aBadKitOrTermsTheCallRefusesChangeNothingAndSayWhy() throws Exception {
        String exercise = plans.exerciseOf(adopter.plan()).getSlug();
        Map<String, byte[]> altered = new LinkedHashMap<>(kit);
        ObjectNode call = (ObjectNode) json.readTree(kit.get("call.json"));
        call.put("title", "Otro título");
        altered.put("call.json", json.writeValueAsBytes(call));
        Map<String, byte[]> plan = new LinkedHashMap<>(kit);
        ObjectNode manifest = (ObjectNode) json.readTree(kit.get("manifest.json"));
        manifest.put("kind", "plan");
        plan.put("manifest.json", json.writeValueAsBytes(manifest));
        long calls = jdbc.queryForObject("SELECT COUNT(*) FROM cocreation_call", Long.class);
        long ledger = jdbc.queryForObject("SELECT MAX(seq) FROM ledger_entry", Long.class);
        String fresh = "nunca-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(refusal(exercise, KitFiles.zip(altered), fresh, "es")).contains("alterado");
        assertThat(refusal(exercise, KitFiles.zip(plan), fresh, "en")).contains("This is not a call");
        assertThat(refusal(exercise, KitFiles.zip(kit), origin.call().getSlug(), "es")).as("an address taken")
                .contains("error-summary");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cocreation_call", Long.class)).isEqualTo(calls);
        assertThat(jdbc.queryForObject("SELECT MAX(seq) FROM ledger_entry", Long.class)).isEqualTo(ledger);
        assertThat(Hashing.sha256Hex(kit.get("call.json"))).isNotEqualTo(Hashing.sha256Hex(altered.get("call.json")));

        Account stranger = TestAccounts.person(accounts, "Persona sin cargo");
        assertThat(mvc.perform(multipart("/ejercicios/" + exercise + "/convocatorias/importar")
                .file(new MockMultipartFile("kit", "kit.zip", "application/zip", KitFiles.zip(kit)))
                .param("slug", fresh).with(details.signedIn(stranger)).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cocreation_call", Long.class)).isEqualTo(calls);
    }

    private String refusal(String exercise, byte[] zip, String slug, String lang) throws Exception {
        MvcResult result = upload(exercise, zip, slug, lang).andReturn();
        assertThat(result.getResponse().getStatus()).isNotEqualTo(302);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private org.springframework.test.web.servlet.ResultActions upload(String exercise, byte[] zip, String slug,
            String lang) throws Exception {
        return mvc.perform(multipart("/ejercicios/" + exercise + "/convocatorias/importar")
                .file(new MockMultipartFile("kit", "kit.zip", "application/zip", zip)).param("slug", slug)
                .param("submissionOpens", "2030-03-01").param("submissionCloses", "2030-03-31")
                .param("supportOpens", "2030-03-01").param("supportCloses", "2030-04-15")
                .cookie(new Cookie("APERTURA_LANG", lang)).with(coordinator).with(csrf()));
    }
}
