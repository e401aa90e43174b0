package org.apertura.actionplan;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.Hashing;
import org.apertura.platform.security.Role;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A published action plan downloads as a kit (its commitments, each with its original's address) that another
 * government's coordinator imports into a draft plan: every commitment becomes a draft with its milestones and the
 * attribution to its own original, recorded as {@code commitment.imported}; a kit of another kind, a commitment whose
 * original is on another site or a code already in the plan refuses the whole kit in Spanish and English.
 */
@IntegrationTest
class PlanKitImportTest {

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

    ActionPlan plan;
    RequestPostProcessor coordinator;
    long published;
    Map<String, byte[]> kit;

    @BeforeEach
    void aDraftPlanItsCoordinatorAndAPublishedPlansKit() throws Exception {
        String body = PlanFixtures.secretariatWithAgreements(secretariat);
        plan = PlanFixtures.draftPlan(plans, body, LocalDate.parse("2025-12-01"));
        coordinator = PlanFixtures.withRole(accounts, details, "Coordinación que adopta un plan", Role.COORDINATOR, body,
                null);
        published = jdbc.queryForObject("SELECT id FROM action_plan WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1",
                Long.class);
        assertThat(mvc.perform(get("/planes/" + published)).andReturn().getResponse().getContentAsString())
                .contains("Kit del plan para reutilizarlo", "/planes/" + published + "/kit.zip");
        MvcResult download = mvc.perform(get("/planes/" + published + "/kit.zip")).andReturn();
        assertThat(download.getResponse().getContentType()).isEqualTo("application/zip");
        kit = KitFiles.unzip(download.getResponse().getContentAsByteArray());
    }

    @Test
    void thePlansKitFollowsTheSchemaAndCarriesEachCommitmentWithItsOriginal() throws Exception {
        JsonNode manifest = json.readTree(kit.get("manifest.json"));
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("src/main/resources/kits/manifest-1.0.schema.json")));
        assertThat(schema.validate(manifest)).isEmpty();
        assertThat(manifest.path("kind").asString()).isEqualTo("plan");
        assertThat(manifest.path("attribution").path("url").asString()).endsWith("/planes/" + published);
        List<Long> ids = jdbc.queryForList("SELECT id FROM commitment WHERE plan_id = ? ORDER BY id", Long.class,
                published);
        JsonNode commitments = json.readTree(kit.get("plan.json")).path("commitments");
        assertThat(commitments).hasSize(ids.size());
        assertThat(commitments.get(0).path("url").asString()).endsWith("/compromisos/" + ids.get(0));
        assertThat(new String(kit.get("commitments.csv"), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("code,title,url\r\n");
    }

    @Test
    void everyCommitmentBecomesADraftAttributedToItsOwnOriginal() throws Exception {
        assertThat(mvc.perform(get("/planes/" + plan.getId() + "/importar-plan").with(coordinator)).andReturn()
                .getResponse().getContentAsString()).contains("Importar el kit de un plan de acción", "name=\"_csrf\"");
        long ledgerBefore = jdbc.queryForObject("SELECT MAX(seq) FROM ledger_entry", Long.class);
        MvcResult result = upload(KitFiles.zip(kit), "es").andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/planes/" + plan.getId());

        List<Map<String, Object>> originals = jdbc.queryForList("SELECT id, code FROM commitment WHERE plan_id = ?"
                + " ORDER BY id", published);
        List<Commitment> imported = plans.commitments(plans.plan(plan.getId())).stream()
                .filter(c -> c.getAdaptation() != null).toList();
        assertThat(imported).hasSize(originals.size());
        for (int i = 0; i < originals.size(); i++) {
            Commitment c = imported.get(i);
            assertThat(c.getCode()).isEqualTo(originals.get(i).get("code"));
            assertThat(c.getAdaptation().code()).isEqualTo(originals.get(i).get("code"));
            assertThat(c.getAdaptation().url()).endsWith("/compromisos/" + originals.get(i).get("id"));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE seq > ? AND type = 'commitment.imported'",
                Long.class, ledgerBefore)).isEqualTo(originals.size());
        assertThat(mvc.perform(get("/compromisos/" + imported.get(0).getId())).andReturn().getResponse()
                .getContentAsString()).contains("Adaptado de:", "Ver el original");

        // The same kit again: its codes are in the plan now, so the whole kit is refused and nothing more is added.
        refused(KitFiles.zip(kit), "ya tiene un compromiso con la clave", "already has a commitment with the code");
    }

    @Test
    void aKitOfAnotherKindOrWithAnOriginalElsewhereIsRefusedWhole() throws Exception {
        Long commitment = jdbc.queryForObject("SELECT id FROM commitment WHERE plan_id = ? ORDER BY id LIMIT 1",
                Long.class, published);
        byte[] commitmentKit = mvc.perform(get("/compromisos/" + commitment + "/kit.zip")).andReturn().getResponse()
                .getContentAsByteArray();
        refused(commitmentKit, "no es el de un plan de acción", "is not an action plan's kit");

        ObjectNode texts = (ObjectNode) json.readTree(kit.get("plan.json"));
        ((ObjectNode) texts.path("commitments").get(1)).put("url", "https://otro-sitio.example/compromisos/1");
        refused(KitFiles.zip(withFile("plan.json", json.writeValueAsBytes(texts))), "demasiado largo o desconocido",
                "too long or unknown");
    }

    private Map<String, byte[]> withFile(String name, byte[] bytes) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>(kit);
        files.put(name, bytes);
        ObjectNode manifest = (ObjectNode) json.readTree(files.get("manifest.json"));
        for (JsonNode f : (ArrayNode) manifest.path("files")) {
            if (name.equals(f.path("path").asString())) {
                ((ObjectNode) f).put("sha256", Hashing.sha256Hex(bytes)).put("bytes", bytes.length);
            }
        }
        files.put("manifest.json", json.writeValueAsBytes(manifest));
        return files;
    }

    private void refused(byte[] zip, String spanish, String english) throws Exception {
        long commitments = count("commitment");
        long ledger = count("ledger_entry");
        String es = upload(zip, "es").andReturn().getResponse().getContentAsString();
        assertThat(es).as(spanish).contains(spanish).contains("error-summary");
        String en = upload(zip, "en").andReturn().getResponse().getContentAsString();
        assertThat(en.replace("&quot;", "\"").replace("&#39;", "'")).as(english).contains(english);
        assertThat(count("commitment")).isEqualTo(commitments);
        assertThat(count("ledger_entry")).isEqualTo(ledger);
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] zip, String lang) throws Exception {
        return mvc.perform(multipart("/planes/" + plan.getId() + "/importar-plan")
                .file(new MockMultipartFile("kit", "kit.zip", "application/zip", zip)).with(coordinator).with(csrf())
                .param("leadInstitutionSlug", "ayuntamiento-tepehuanes").param("startDate", "2025-09-01")
                .param("endDate", "2026-08-31").param("lang", lang).header("Accept-Language", lang));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
