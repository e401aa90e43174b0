package org.apertura.actionplan;

import org.apertura.platform.kits.ContentLicence;
import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apertura.IntegrationTest;
import org.apertura.platform.kits.KitFixture;
import org.apertura.platform.security.Role;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A coordinator imports another instance's commitment kit into a draft plan as a draft commitment with the origin's
 * attribution; every bad kit (issue 18's list) is refused with its reason in Spanish and English and changes nothing.
 */
@IntegrationTest
class CommitmentKitImportTest extends KitFixture {

    @Autowired
    SecretariatService secretariat;
    @Autowired
    ActionPlanService plans;

    ActionPlan plan;
    RequestPostProcessor coordinator;
    Map<String, Object> origin;

    @BeforeEach
    void aDraftPlanItsCoordinatorAndADemoKit() throws Exception {
        String body = PlanFixtures.secretariatWithAgreements(secretariat);
        plan = PlanFixtures.draftPlan(plans, body, LocalDate.parse("2025-12-01"));
        coordinator = PlanFixtures.withRole(accounts, details, "Coordinación que importa", Role.COORDINATOR, body, null);
        importer = coordinator;
        origin = jdbc.queryForMap("SELECT c.id, c.code, c.title FROM commitment c JOIN action_plan p ON p.id = c.plan_id"
                + " WHERE p.status = 'PUBLISHED' ORDER BY c.id LIMIT 1");
        kit = download("/compromisos/" + origin.get("id") + "/kit.zip");
    }

    @Override
    protected MockMultipartHttpServletRequestBuilder importForm() {
        return multipart("/planes/" + plan.getId() + "/compromisos/importar").param("code", "K-1")
                .param("leadInstitutionSlug", "ayuntamiento-tepehuanes").param("startDate", "2025-09-01")
                .param("endDate", "2026-08-31");
    }

    @Override
    protected List<String> tables() {
        return List.of("commitment", "milestone");
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
        refused(with("LICENSE.txt", "cambiado".getBytes(StandardCharsets.UTF_8)), "el kit fue alterado",
                "the kit was altered");
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
}
