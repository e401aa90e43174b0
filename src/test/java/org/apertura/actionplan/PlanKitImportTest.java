package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.apertura.platform.kits.KitFixture;
import org.apertura.platform.security.Role;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A published action plan downloads as a kit (its commitments, each with its original's address) that another
 * government's coordinator imports into a draft plan: every commitment becomes a draft with its milestones and the
 * attribution to its own original, recorded as {@code commitment.imported}; a kit of another kind, a commitment whose
 * original is on another site or a code already in the plan refuses the whole kit in Spanish and English.
 */
@IntegrationTest
class PlanKitImportTest extends KitFixture {

    @Autowired
    SecretariatService secretariat;
    @Autowired
    ActionPlanService plans;

    ActionPlan plan;
    long published;

    @BeforeEach
    void aDraftPlanItsCoordinatorAndAPublishedPlansKit() throws Exception {
        String body = PlanFixtures.secretariatWithAgreements(secretariat);
        plan = PlanFixtures.draftPlan(plans, body, LocalDate.parse("2025-12-01"));
        importer = PlanFixtures.withRole(accounts, details, "Coordinación que adopta un plan", Role.COORDINATOR, body,
                null);
        published = jdbc.queryForObject("SELECT id FROM action_plan WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1",
                Long.class);
        assertThat(mvc.perform(get("/planes/" + published)).andReturn().getResponse().getContentAsString())
                .contains("Kit del plan para reutilizarlo", "/planes/" + published + "/kit.zip");
        kit = download("/planes/" + published + "/kit.zip");
    }

    @Override
    protected MockMultipartHttpServletRequestBuilder importForm() {
        return multipart("/planes/" + plan.getId() + "/importar-plan")
                .param("leadInstitutionSlug", "ayuntamiento-tepehuanes").param("startDate", "2025-09-01")
                .param("endDate", "2026-08-31");
    }

    @Override
    protected List<String> tables() {
        return List.of("commitment", "milestone");
    }

    @Test
    void thePlansKitFollowsTheSchemaAndCarriesEachCommitmentWithItsOriginal() throws Exception {
        JsonNode manifest = manifestOf(kit, "plan");
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
        assertThat(mvc.perform(get("/planes/" + plan.getId() + "/importar-plan").with(importer)).andReturn()
                .getResponse().getContentAsString()).contains("Importar el kit de un plan de acción", "name=\"_csrf\"");
        long ledgerBefore = jdbc.queryForObject("SELECT MAX(seq) FROM ledger_entry", Long.class);
        assertThat(imported(zip(kit))).isEqualTo("/planes/" + plan.getId());

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
        refused(zip(kit), "ya tiene un compromiso con la clave", "already has a commitment with the code");
    }

    @Test
    void aKitOfAnotherKindOrWithAnOriginalElsewhereIsRefusedWhole() throws Exception {
        Long commitment = jdbc.queryForObject("SELECT id FROM commitment WHERE plan_id = ? ORDER BY id LIMIT 1",
                Long.class, published);
        byte[] commitmentKit = mvc.perform(get("/compromisos/" + commitment + "/kit.zip")).andReturn().getResponse()
                .getContentAsByteArray();
        refused(commitmentKit, "no es el de un plan de acción", "is not an action plan's kit");

        refused(withJson("plan.json", texts -> ((ObjectNode) texts.path("commitments").get(1))
                .put("url", "https://otro-sitio.example/compromisos/1")), "demasiado largo o desconocido",
                "too long or unknown");
    }
}
