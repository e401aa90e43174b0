package org.apertura.cocreation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.kits.KitFixture;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A call for proposals downloads as a kit (its text, themes and rules, with the licence and attribution, following the
 * manifest's schema) that another exercise's coordinator imports as a call of their own with their address and dates:
 * the call shows «Adaptado de», the ledger records {@code call.imported} with {@code adaptedFrom}; a kit of another
 * kind, an altered kit or terms the call refuses (an address taken, dates that do not add up) change nothing, said in
 * Spanish and English; people who do not run the exercise cannot import.
 */
@IntegrationTest
class CallKitTest extends KitFixture {

    @Autowired
    SecretariatService secretariat;
    @Autowired
    ActionPlanService plans;
    @Autowired
    CocreationService service;

    CocreationFixtures.Open origin;
    CocreationFixtures.Open adopter;
    String slug;
    Account account;

    @BeforeEach
    void aCallsKitAndAnotherExercisesCoordinator() throws Exception {
        origin = CocreationFixtures.openCall(secretariat, plans, service, 7);
        adopter = CocreationFixtures.openCall(secretariat, plans, service, 10);
        account = TestAccounts.person(accounts, "Coordinación que adopta una convocatoria");
        SystemActor.run(() -> accounts.grant(account.getId(), Role.COORDINATOR, adopter.body(), null));
        importer = details.signedIn(account);
        String original = origin.call().getSlug();
        assertThat(mvc.perform(get("/convocatorias/" + original)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/convocatorias/" + original + "/kit.zip");
        kit = download("/convocatorias/" + original + "/kit.zip");
        slug = "adaptada-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    protected MockMultipartHttpServletRequestBuilder importForm() {
        return multipart("/ejercicios/" + plans.exerciseOf(adopter.plan()).getSlug() + "/convocatorias/importar")
                .param("slug", slug).param("submissionOpens", "2030-03-01").param("submissionCloses", "2030-03-31")
                .param("supportOpens", "2030-03-01").param("supportCloses", "2030-04-15");
    }

    @Override
    protected List<String> tables() {
        return List.of("cocreation_call");
    }

    @Test
    void theApiImportsItAnswering201WithTheCallsAddress() throws Exception {
        importsThroughTheApi(() -> multipart("/api/v1/exercises/" + plans.exerciseOf(adopter.plan()).getSlug()
                + "/calls/kit").param("callSlug", slug).param("submissionOpens", "2030-03-01")
                .param("submissionCloses", "2030-03-31").param("supportOpens", "2030-03-01")
                .param("supportCloses", "2030-04-15"), account.getId(), "/api/v1/calls/" + slug);
        SystemActor.run(() -> assertThat(service.call(slug).getAdaptation().url())
                .endsWith("/convocatorias/" + origin.call().getSlug()));
        assertThat(mvc.perform(get("/api/v1/calls/" + slug)).andReturn().getResponse().getStatus())
                .as("a draft is nobody else's to read").isEqualTo(404);
    }

    @Test
    void theCallsKitFollowsTheSchemaAndCarriesItsTextsAndRules() throws Exception {
        JsonNode manifest = manifestOf(kit, "call");
        assertThat(manifest.path("attribution").path("url").asString())
                .endsWith("/convocatorias/" + origin.call().getSlug());
        assertThat(manifest.path("languages").toString()).as("its themes' English names travel").contains("es", "en");
        JsonNode english = json.readTree(kit.get("call.en.json"));
        assertThat(english.path("themes").path("C").asString()).isEqualTo("Right of access to information");
        assertThat(english.path("proposers").asString()).startsWith("Anyone with an account");
        JsonNode call = json.readTree(kit.get("call.json"));
        assertThat(call.path("title").asString()).isEqualTo("Convocatoria de prueba");
        assertThat(call.path("supportsPerPerson").asInt()).isEqualTo(7);
        assertThat(call.path("themes").toString()).contains("C", "G");
        assertThat(call.path("submissionDays").asInt()).isEqualTo(16);
        assertThat(download("/api/v1/calls/" + origin.call().getSlug() + "/kit")).containsKeys("manifest.json",
                "call.json", "LICENSE.txt");
        assertThat(mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/api/v1/calls/{slug}/kit", "/api/v1/exercises/{slug}/calls/kit");
    }

    @Test
    void anotherExercisesCoordinatorImportsItAsTheirOwnCallWithTheAttribution() throws Exception {
        String exercise = plans.exerciseOf(adopter.plan()).getSlug();
        assertThat(mvc.perform(get("/ejercicios/" + exercise + "/convocatorias/importar").with(importer))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Importar el kit de una convocatoria", "name=\"_csrf\"");
        long ledgerBefore = ledgerHead();
        assertThat(imported(zip(kit))).isEqualTo("/convocatorias/" + slug);

        // A draft (ADR 0061): its coordinators see it with the attribution; nobody else, nothing in the ledger yet.
        Call[] draft = new Call[1];
        SystemActor.run(() -> draft[0] = service.call(slug));
        Call imported = draft[0];
        assertThat(imported.isDraft()).isTrue();
        assertThat(service.exerciseOf(imported).getSlug()).isEqualTo(exercise);
        assertThat(imported.getSupportsPerPerson()).isEqualTo(7);
        assertThat(imported.getSubmissionOpens()).isEqualTo(LocalDate.parse("2030-03-01"));
        assertThat(imported.getAdaptation().url()).endsWith("/convocatorias/" + origin.call().getSlug());
        assertThat(mvc.perform(get("/convocatorias/" + slug).with(importer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Adaptado de:", "Ver el original", "Borrador",
                "/convocatorias/" + slug + "/publicar");
        for (String path : List.of("/convocatorias/" + slug, "/api/v1/calls/" + slug, "/convocatorias/" + slug
                + "/propuestas.csv", "/convocatorias/" + slug + "/feed.atom", "/convocatorias/" + slug + "/kit.zip")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
        }
        for (String list : List.of("/convocatorias", "/api/v1/calls", "/convocatorias.csv", "/sitemap.xml")) {
            assertThat(mvc.perform(get(list)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .as(list).doesNotContain(slug);
        }
        assertThat(ledgerHead()).as("nothing of a draft goes to the ledger").isEqualTo(ledgerBefore);

        // Publishing it writes the entry its creation wrote before, with the attribution the national node reads.
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/convocatorias/" + slug + "/publicar").with(importer)
                .with(org.apertura.identity.TestCsrf.csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/convocatorias/" + slug)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Adaptado de:", "Ver el original")
                .doesNotContain("/publicar");
        String payload = jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE seq > ? AND type = 'call.imported'",
                String.class, ledgerBefore);
        assertThat(payload).contains("adaptedFrom", "/convocatorias/" + origin.call().getSlug());
        assertThat(mvc.perform(get("/api/v1/calls/" + slug)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("adaptedFrom");
    }

    @Test
    void aBadKitOrTermsTheCallRefusesChangeNothingAndSayWhy() throws Exception {
        refused(withJson("call.json", call -> call.set("themes", json.createArrayNode().add("Z"))),
                "demasiado largo o desconocido en «themes»", "too long or unknown");
        refused(with("call.json", "{}".getBytes(StandardCharsets.UTF_8)), "alterado", "altered");
        refused(withManifest(m -> m.put("kind", "plan")), "no es el de una convocatoria", "This is not a call");
        slug = origin.call().getSlug();
        refused(zip(kit), "error-summary", "error-summary"); // an address taken

        String exercise = plans.exerciseOf(adopter.plan()).getSlug();
        Account stranger = TestAccounts.person(accounts, "Persona sin cargo");
        long calls = count("cocreation_call");
        assertThat(upload(zip(kit), details.signedIn(stranger), "es").andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/ejercicios/" + exercise + "/convocatorias/importar")
                .with(details.signedIn(stranger))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(count("cocreation_call")).isEqualTo(calls);
    }
}
