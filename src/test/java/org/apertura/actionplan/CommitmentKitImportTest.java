package org.apertura.actionplan;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A coordinator imports another instance's commitment kit into a draft plan as a draft commitment with the origin's
 * attribution; every bad kit (issue 18's list) is refused with its reason in Spanish and English and changes nothing.
 */
@IntegrationTest
class CommitmentKitImportTest {

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
    Map<String, Object> origin;
    Map<String, byte[]> kit;

    @BeforeEach
    void aDraftPlanItsCoordinatorAndADemoKit() throws Exception {
        String body = PlanFixtures.secretariatWithAgreements(secretariat);
        plan = PlanFixtures.draftPlan(plans, body, LocalDate.parse("2025-12-01"));
        coordinator = PlanFixtures.withRole(accounts, details, "Coordinación que importa", Role.COORDINATOR, body, null);
        origin = jdbc.queryForMap("SELECT c.id, c.code, c.title FROM commitment c JOIN action_plan p ON p.id = c.plan_id"
                + " WHERE p.status = 'PUBLISHED' ORDER BY c.id LIMIT 1");
        kit = unzip(mvc.perform(get("/compromisos/" + origin.get("id") + "/kit.zip")).andReturn().getResponse()
                .getContentAsByteArray());
    }

    @Test
    void aKitBecomesADraftCommitmentWithItsAttributionAndALedgerEntry() throws Exception {
        mvc.perform(get("/planes/" + plan.getId())).andReturn(); // warm
        assertThat(mvc.perform(get("/planes/" + plan.getId() + "/compromisos/importar").with(coordinator)).andReturn()
                .getResponse().getContentAsString()).contains("Importar el kit de un compromiso", "name=\"_csrf\"");
        long ledgerBefore = jdbc.queryForObject("SELECT MAX(seq) FROM ledger_entry", Long.class);

        MvcResult result = upload(zip(kit), coordinator, "es").andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
        String page = result.getResponse().getRedirectedUrl();
        Commitment imported = plans.commitments(plans.plan(plan.getId())).stream()
                .filter(c -> c.getAdaptation() != null).findFirst().orElseThrow();
        assertThat(page).isEqualTo("/compromisos/" + imported.getId());
        assertThat(imported.getCode()).isEqualTo("K-1");
        assertThat(imported.getTitle()).isEqualTo(origin.get("title"));
        assertThat(imported.getAdaptation().code()).isEqualTo(origin.get("code"));
        assertThat(imported.getAdaptation().url()).endsWith("/compromisos/" + origin.get("id"));
        assertThat(imported.getAdaptation().licence()).isEqualTo(ContentLicence.CC_BY_4_0);
        assertThat(plans.plan(plan.getId()).getStatus().name()).isEqualTo("DRAFT");
        int milestones = json.readTree(kit.get("commitment.json")).path("milestones").size();
        assertThat(plans.milestones(imported)).hasSize(milestones);

        String shown = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("Adaptado de:", (String) origin.get("code"), "Ver el original");
        JsonNode entry = json.readTree(jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE type = "
                + "'commitment.imported' AND subject_id = ?", String.class, imported.getId().toString()));
        assertThat(entry.path("adaptedFrom").path("code").asString()).isEqualTo(origin.get("code"));
        assertThat(entry.path("adaptedFrom").path("url").asString()).endsWith("/compromisos/" + origin.get("id"));
        assertThat(jdbc.queryForList("SELECT type FROM ledger_entry WHERE seq > ? AND module = 'actionplan' ORDER BY seq",
                String.class, ledgerBefore)).containsExactlyElementsOf(java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("commitment.imported"),
                        java.util.Collections.nCopies(milestones, "milestone.created").stream()).toList());
    }

    @Test
    void everyBadKitIsRefusedWithItsReasonAndNothingChanges() throws Exception {
        refused(without("manifest.json"), "no tiene manifest.json", "has no manifest.json");
        refused(withManifest(m -> m.put("formatVersion", "9.9")), "versión «9.9»", "version \"9.9\"");
        refused(with("../evil.txt", "hola".getBytes(StandardCharsets.UTF_8)), "ruta no permitida", "path that is not allowed");
        refused(with("/etc/passwd", "x".getBytes(StandardCharsets.UTF_8)), "ruta no permitida", "path that is not allowed");
        // A zip bomb: 40 MB of zeros compress to some 40 KB; its entry is cut off at 2 MB, whatever its header says.
        refused(with("bomb.txt", new byte[40 * 1024 * 1024]), "se expande a más de 2 MB", "inflates to more than 2 MB");
        // More than 5 MB as uploaded: three incompressible files each under the per-file cap.
        Map<String, byte[]> large = new LinkedHashMap<>(kit);
        Random random = new Random(18);
        for (int i = 1; i <= 3; i++) {
            byte[] noise = new byte[1900 * 1024];
            random.nextBytes(noise);
            System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, noise, 0, 5);
            large.put("anexo-" + i + ".pdf", noise);
        }
        refused(zip(large), "pesa más de 5 MB", "larger than 5 MB");
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        refused(with("tool.exe", exe), "«tool.exe» no es de un tipo permitido", "\"tool.exe\" is not of an allowed type");
        refused(with("notes.txt", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}), "«notes.txt» no es de un tipo",
                "\"notes.txt\" is not of an allowed type");
        refused(with("fake.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), "«fake.pdf» no es de un tipo",
                "\"fake.pdf\" is not of an allowed type");
        refused(withManifest(m -> ((ObjectNode) m.path("licence")).put("id", "CC-BY-ND-4.0")),
                "licencia del kit («CC-BY-ND-4.0») no permite adaptarlo", "licence (\"CC-BY-ND-4.0\") does not allow");
        refused(withManifest(m -> m.remove("attribution")), "no cumple el esquema", "does not follow the format's schema");
        refused(withManifest(m -> m.put("kind", "spaceship")), "no cumple el esquema", "does not follow the format's schema");
        Map<String, byte[]> altered = new LinkedHashMap<>(kit);
        altered.put("LICENSE.txt", "cambiado".getBytes(StandardCharsets.UTF_8));
        refused(zip(altered), "el kit fue alterado", "the kit was altered");
        refused("esto no es un zip".getBytes(StandardCharsets.UTF_8), "no es un ZIP legible", "is not a readable ZIP");
    }

    @Test
    void onlyThePlansRunnersImportAndOnlyIntoADraft() throws Exception {
        long before = count("commitment");
        RequestPostProcessor other = PlanFixtures.withRole(accounts, details, "Coordinación ajena", Role.COORDINATOR,
                PlanFixtures.secretariatWithAgreements(secretariat), null);
        assertThat(upload(zip(kit), other, "es").andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/planes/" + plan.getId() + "/compromisos/importar").with(other)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        int anonymous = mvc.perform(multipart("/planes/" + plan.getId() + "/compromisos/importar")
                .file(new MockMultipartFile("kit", "kit.zip", "application/zip", zip(kit))).with(csrf())
                .param("leadInstitutionSlug", "ayuntamiento-tepehuanes").param("startDate", "2025-09-01")
                .param("endDate", "2026-08-31")).andReturn().getResponse().getStatus();
        assertThat(anonymous).isIn(302, 401, 403);
        int noCsrf = mvc.perform(multipart("/planes/" + plan.getId() + "/compromisos/importar")
                .file(new MockMultipartFile("kit", "kit.zip", "application/zip", zip(kit))).with(coordinator)
                .param("leadInstitutionSlug", "ayuntamiento-tepehuanes").param("startDate", "2025-09-01")
                .param("endDate", "2026-08-31")).andReturn().getResponse().getStatus();
        assertThat(noCsrf).isEqualTo(403);
        assertThat(count("commitment")).isEqualTo(before);

        Long published = jdbc.queryForObject("SELECT id FROM action_plan WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1",
                Long.class);
        String body = plans.secretariatOf(plans.exerciseOf(plans.plan(published)));
        RequestPostProcessor runner = PlanFixtures.withRole(accounts, details, "Coordinación del publicado",
                Role.COORDINATOR, body, null);
        String page = mvc.perform(multipart("/planes/" + published + "/compromisos/importar")
                .file(new MockMultipartFile("kit", "kit.zip", "application/zip", zip(kit))).with(runner).with(csrf())
                .param("code", "K-9").param("leadInstitutionSlug", "ayuntamiento-tepehuanes")
                .param("startDate", "2025-09-01").param("endDate", "2026-08-31")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Importar el kit");
        assertThat(count("commitment")).isEqualTo(before);
    }

    private void refused(byte[] zip, String spanish, String english) throws Exception {
        long commitments = count("commitment");
        long ledger = count("ledger_entry");
        String es = upload(zip, coordinator, "es").andReturn().getResponse().getContentAsString();
        assertThat(es).as(spanish).contains(spanish).contains("error-summary");
        String en = upload(zip, coordinator, "en").andReturn().getResponse().getContentAsString();
        assertThat(en.replace("&quot;", "\"").replace("&#39;", "'")).as(english).contains(english);
        assertThat(count("commitment")).isEqualTo(commitments);
        assertThat(count("ledger_entry")).isEqualTo(ledger);
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] zip, RequestPostProcessor who, String lang)
            throws Exception {
        return mvc.perform(multipart("/planes/" + plan.getId() + "/compromisos/importar")
                .file(new MockMultipartFile("kit", "kit.zip", "application/zip", zip)).with(who).with(csrf())
                .param("code", "K-1").param("leadInstitutionSlug", "ayuntamiento-tepehuanes")
                .param("startDate", "2025-09-01").param("endDate", "2026-08-31").param("lang", lang)
                .header("Accept-Language", lang));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private byte[] without(String name) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>(kit);
        files.remove(name);
        return zip(files);
    }

    private byte[] with(String name, byte[] bytes) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>(kit);
        files.put(name, bytes);
        return zip(files);
    }

    /** The kit with its manifest changed (its files' hashes stay right). */
    private byte[] withManifest(Consumer<ObjectNode> change) throws Exception {
        ObjectNode manifest = (ObjectNode) json.readTree(kit.get("manifest.json"));
        change.accept(manifest);
        Map<String, byte[]> files = new LinkedHashMap<>(kit);
        files.put("manifest.json", json.writeValueAsBytes(manifest));
        return zip(files);
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        return KitFiles.unzip(bytes);
    }

    static byte[] zip(Map<String, byte[]> files) throws Exception {
        return KitFiles.zip(files);
    }
}
