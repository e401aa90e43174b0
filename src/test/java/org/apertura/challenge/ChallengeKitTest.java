package org.apertura.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.kits.KitFixture;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A challenge downloads as a kit (its description, rules, prizes, data, rubric and durations, never its teams or
 * scores, with the licence and attribution, following the manifest's schema) that the coordinator of another exercise
 * imports as a challenge of one of their commitments with their address and schedule: it shows «Adaptado de», keeps
 * the rubric, and the ledger records {@code challenge.imported} with {@code adaptedFrom}; a kit of another kind, an
 * altered kit, an unknown kind of challenge or a schedule a challenge refuses change nothing, said in Spanish and
 * English; people who do not run the commitment's exercise cannot import.
 */
@IntegrationTest
class ChallengeKitTest extends KitFixture {

    @Autowired
    ChallengeService service;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ActingAs actingAs;

    Challenge original;
    ChallengeFixtures.Setting adopter;
    String slug;
    String resultsOn;

    @BeforeEach
    void aChallengesKitAndAnotherExercisesCoordinator() throws Exception {
        ChallengeFixtures.Setting origin = ChallengeFixtures.setting(secretariat, plans, accounts);
        actingAs.run(origin.coordinator().getId(), () -> {
            original = service.createPublished(origin.commitment().getId(),
                    ChallengeFixtures.openToday("Reto de datos del agua", service.today()));
            service.addCriterion(original.getSlug(), "Utilidad", "¿Sirve a la gente?", 3);
            service.addCriterion(original.getSlug(), "Calidad", null, 1);
        });
        adopter = ChallengeFixtures.setting(secretariat, plans, accounts);
        importer = details.signedIn(adopter.coordinator());
        assertThat(mvc.perform(get("/retos/" + original.getSlug())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/retos/" + original.getSlug() + "/kit.zip");
        kit = download("/retos/" + original.getSlug() + "/kit.zip");
        slug = "adaptado-" + UUID.randomUUID().toString().substring(0, 8);
        resultsOn = "2030-06-15";
    }

    @Override
    protected MockMultipartHttpServletRequestBuilder importForm() {
        return multipart("/retos/importar").param("compromiso", adopter.commitment().getId().toString())
                .param("slug", slug).param("registrationOpens", "2030-05-01").param("registrationCloses", "2030-05-15")
                .param("submissionsOpen", "2030-05-10").param("submissionsClose", "2030-06-01")
                .param("resultsOn", resultsOn);
    }

    @Override
    protected List<String> tables() {
        return List.of("challenge", "challenge_criterion");
    }

    @Test
    void theChallengesKitFollowsTheSchemaAndCarriesItsTextsAndRubric() throws Exception {
        JsonNode manifest = manifestOf(kit, "challenge");
        assertThat(manifest.path("attribution").path("url").asString()).endsWith("/retos/" + original.getSlug());
        assertThat(manifest.path("languages").toString()).contains("es", "en");
        assertThat(json.readTree(kit.get("challenge.en.json")).path("kind").asString()).isEqualTo("Hackathon");
        JsonNode texts = json.readTree(kit.get("challenge.json"));
        assertThat(texts.path("title").asString()).isEqualTo("Reto de datos del agua");
        assertThat(texts.path("kind").asString()).isEqualTo("HACKATHON");
        assertThat(texts.path("rubric")).hasSize(2);
        assertThat(texts.path("rubric").get(0).path("weight").asInt()).isEqualTo(3);
        assertThat(texts.path("prizes").toString()).contains("Primer lugar");
        assertThat(texts.path("registrationDays").asInt()).isEqualTo(1);
        assertThat(texts.has("teams")).isFalse();
        assertThat(download("/api/v1/challenges/" + original.getSlug() + "/kit")).containsKeys("manifest.json",
                "challenge.json", "LICENSE.txt");
        assertThat(mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/api/v1/challenges/{slug}/kit", "/api/v1/challenges/kit");
    }

    @Test
    void theApiImportsItAnswering201WithTheChallengesAddress() throws Exception {
        importsThroughTheApi(() -> multipart("/api/v1/challenges/kit")
                .param("commitment", adopter.commitment().getId().toString()).param("challengeSlug", slug)
                .param("registrationOpens", "2030-05-01").param("registrationCloses", "2030-05-15")
                .param("submissionsOpen", "2030-05-10").param("submissionsClose", "2030-06-01")
                .param("resultsOn", resultsOn), adopter.coordinator().getId(), "/api/v1/challenges/" + slug);
        org.apertura.platform.security.SystemActor.run(() -> assertThat(service.challenge(slug).getAdaptation().url())
                .endsWith("/retos/" + original.getSlug()));
        assertThat(mvc.perform(get("/api/v1/challenges/" + slug)).andReturn().getResponse().getStatus())
                .as("a draft is nobody else's to read").isEqualTo(404);
    }

    @Test
    void anotherExercisesCoordinatorImportsItForTheirCommitmentWithTheAttribution() throws Exception {
        String form = mvc.perform(get("/retos/importar").param("compromiso", adopter.commitment().getId().toString())
                .with(importer)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Importar el kit de un reto", "name=\"_csrf\"");
        long ledgerBefore = ledgerHead();
        assertThat(imported(zip(kit))).isEqualTo("/retos/" + slug);

        Challenge[] draft = new Challenge[1];
        org.apertura.platform.security.SystemActor.run(() -> draft[0] = service.challenge(slug));
        Challenge imported = draft[0];
        assertThat(imported.isDraft()).as("imported as a draft, ADR 0061").isTrue();
        assertThat(imported.getCommitmentId()).isEqualTo(adopter.commitment().getId());
        assertThat(imported.getTitle()).isEqualTo(original.getTitle());
        assertThat(imported.getRegistrationOpens()).isEqualTo(LocalDate.parse("2030-05-01"));
        assertThat(service.rubric(imported)).extracting(Criterion::getName).containsExactly("Utilidad", "Calidad");
        assertThat(imported.getAdaptation().url()).endsWith("/retos/" + original.getSlug());
        assertThat(mvc.perform(get("/retos/" + slug).with(importer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Adaptado de:", "Ver el original");
        assertThat(mvc.perform(get("/retos/" + slug)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(ledgerHead()).as("nothing of a draft goes to the ledger").isEqualTo(ledgerBefore);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/retos/" + slug + "/publicar").with(importer).with(org.apertura.identity.TestCsrf.csrf()))
                .andReturn().getFlashMap().get("notice")).isEqualTo("challenge.notice.challengePublished");
        assertThat(mvc.perform(get("/retos/" + slug)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Adaptado de:", "Ver el original");
        JsonNode entry = json.readTree(jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE seq > ? AND type ="
                + " 'challenge.imported'", String.class, ledgerBefore));
        assertThat(entry.path("adaptedFrom").path("url").asString()).endsWith("/retos/" + original.getSlug());
        assertThat(entry.path("rubric")).hasSize(2);
        assertThat(mvc.perform(get("/api/v1/challenges/" + slug)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("adaptedFrom");
    }

    @Test
    void aBadKitOrScheduleChangesNothingAndSaysWhy() throws Exception {
        refused(withJson("challenge.json", c -> c.put("kind", "SPACE_RACE")), "demasiado largo o desconocido en «kind»",
                "too long or unknown");
        refused(withJson("challenge.json", c -> c.put("title", "x".repeat(201))), "en «title»", "too long or unknown");
        refused(withJson("challenge.json", c -> ((tools.jackson.databind.node.ArrayNode) c.get("rubric")).addObject().put("name", "Sin peso")),
                "en «rubric»", "too long or unknown");
        refused(with("challenge.json", "{}".getBytes(StandardCharsets.UTF_8)), "alterado", "altered");
        refused(withManifest(m -> m.put("kind", "call")), "no es el de un reto", "This is not a challenge");
        resultsOn = "2030-05-20";
        refused(zip(kit), "error-summary", "error-summary"); // results before submissions close

        long before = count("challenge");
        var stranger = details.signedIn(TestAccounts.person(accounts, "Persona sin cargo"));
        assertThat(upload(zip(kit), stranger, "es").andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/retos/importar").param("compromiso", adopter.commitment().getId().toString())
                .with(stranger)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(count("challenge")).isEqualTo(before);
    }
}
