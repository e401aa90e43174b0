package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.CommitmentKit;
import org.apertura.actionplan.PlanFixturesAccess;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator imports another government's commitment kit into a draft plan on a phone: a file that is not a kit
 * is refused with its reason beside the field, then the demo's kit becomes a draft commitment whose page says where
 * it was adapted from; and adopts a whole plan's kit the same way (a commitment's kit refused there by its kind).
 * Every page passes axe-core.
 */
class KitImportBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    CommitmentKit kits;
    @Autowired
    org.apertura.actionplan.PlanKit planKits;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.apertura.cocreation.CocreationService calls;
    @Autowired
    org.apertura.cocreation.CallKit callKits;
    @Autowired
    org.apertura.challenge.ChallengeService challenges;
    @Autowired
    org.apertura.challenge.ChallengeKit challengeKits;
    @Autowired
    org.apertura.identity.ActingAs actingAs;
    @Autowired
    org.apertura.infographics.NormKit normKits;

    @Test
    void aCoordinatorImportsAKitAsADraftWithItsAttribution() throws Exception {
        String body = PlanFixturesAccess.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixturesAccess.draftPlan(plans, body);
        Account coordinator = TestAccounts.person(accounts, "Coordinación que importa un kit");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATOR, body, null));
        Long origin = jdbc.queryForObject("SELECT c.id FROM commitment c JOIN action_plan p ON p.id = c.plan_id"
                + " WHERE p.status = 'PUBLISHED' ORDER BY c.id LIMIT 1", Long.class);
        Path kit = Files.createTempFile("kit", ".zip");
        Files.write(kit, kits.zip(origin));
        Path notAKit = Files.createTempFile("no-kit", ".zip");
        Files.writeString(notAKit, "esto no es un zip", StandardCharsets.UTF_8);

        signIn(coordinator.getEmail(), TestAccounts.PASSWORD);
        open("/planes/" + plan.getId());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importar el kit de un compromiso de otro gobierno"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Importar el kit de un compromiso");
        checkPage("kit-importar");

        page.getByLabel("Kit del compromiso (ZIP)").setInputFiles(notAKit);
        page.getByLabel("Institución responsable").selectOption("ayuntamiento-tepehuanes");
        page.getByLabel("Fecha de inicio").fill("2025-09-01");
        page.getByLabel("Fecha de término").fill("2026-08-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar como borrador")).click();
        assertThat(page.locator(".error-summary")).containsText("El archivo no es un ZIP legible");
        assertThat(page.getByLabel("Kit del compromiso (ZIP)")).hasAttribute("aria-invalid", "true");
        checkPage("kit-importar-error");

        page.getByLabel("Kit del compromiso (ZIP)").setInputFiles(kit);
        page.getByLabel("Clave del compromiso en este plan").fill("K-1");
        page.getByLabel("Fecha de inicio").fill("2025-09-01");
        page.getByLabel("Fecha de término").fill("2026-08-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar como borrador")).click();
        assertThat(page.getByText("Kit importado como compromiso en borrador")).isVisible();
        assertThat(page.locator("#adaptado")).containsText("Adaptado de:");
        checkPage("kit-importado");
    }

    @Test
    void aCoordinatorAdoptsAnotherGovernmentsWholePlan() throws Exception {
        String body = PlanFixturesAccess.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixturesAccess.draftPlan(plans, body);
        Account coordinator = TestAccounts.person(accounts, "Coordinación que adopta un plan");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATOR, body, null));
        Long published = jdbc.queryForObject("SELECT id FROM action_plan WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1",
                Long.class);
        Long origin = jdbc.queryForObject("SELECT id FROM commitment WHERE plan_id = ? ORDER BY id LIMIT 1", Long.class,
                published);
        Path planKit = Files.createTempFile("kit-plan", ".zip");
        Files.write(planKit, planKits.zip(published));
        Path commitmentKit = Files.createTempFile("kit", ".zip");
        Files.write(commitmentKit, kits.zip(origin));

        signIn(coordinator.getEmail(), TestAccounts.PASSWORD);
        open("/planes/" + plan.getId());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importar el kit de un plan de otro gobierno"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Importar el kit de un plan de acción");
        checkPage("kit-plan-importar");

        page.getByLabel("Kit del plan (ZIP)").setInputFiles(commitmentKit);
        page.getByLabel("Institución responsable").selectOption("ayuntamiento-tepehuanes");
        page.getByLabel("Fecha de inicio").fill("2025-09-01");
        page.getByLabel("Fecha de término").fill("2026-08-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar como borrador")).click();
        assertThat(page.locator(".error-summary")).containsText("Este kit no es el de un plan de acción");
        assertThat(page.getByLabel("Kit del plan (ZIP)")).hasAttribute("aria-invalid", "true");
        checkPage("kit-plan-importar-error");

        page.getByLabel("Kit del plan (ZIP)").setInputFiles(planKit);
        page.getByLabel("Fecha de inicio").fill("2025-09-01");
        page.getByLabel("Fecha de término").fill("2026-08-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar como borrador")).click();
        assertThat(page.getByText("Kit del plan importado")).isVisible();
        String firstCode = jdbc.queryForObject("SELECT code FROM commitment WHERE id = ?", String.class, origin);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(firstCode + " · ").setExact(false)).first()
                .click();
        assertThat(page.locator("#adaptado")).containsText("Adaptado de:");
        checkPage("kit-plan-importado");
    }

    /** A call's kit, downloaded from its page, imported by another exercise's coordinator from the calls panel. */
    @Test
    void aCoordinatorImportsAnotherGovernmentsCall() throws Exception {
        org.apertura.cocreation.CocreationFixtures.Open origin = org.apertura.cocreation.CocreationFixtures.openCall(
                secretariat, plans, calls, 5);
        String body = PlanFixturesAccess.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixturesAccess.draftPlan(plans, body);
        Account coordinator = TestAccounts.person(accounts, "Coordinación que importa una convocatoria");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATOR, body, null));
        Path kit = Files.createTempFile("kit-convocatoria", ".zip");
        Files.write(kit, callKits.zip(origin.call().getSlug()));
        String slug = "adaptada-" + java.util.UUID.randomUUID().toString().substring(0, 8);

        signIn(coordinator.getEmail(), TestAccounts.PASSWORD);
        open("/ejercicios/" + plans.exerciseOf(plan).getSlug());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Importar el kit de una convocatoria de otro gobierno")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Importar el kit de una convocatoria");
        page.getByLabel("Kit de la convocatoria (ZIP)").setInputFiles(kit);
        page.getByLabel("Identificador en la dirección").fill(slug);
        page.getByLabel("Primer día para proponer").fill("2030-03-01");
        page.getByLabel("Último día para proponer").fill("2030-02-01");
        page.getByLabel("Primer día para apoyar").fill("2030-03-01");
        page.getByLabel("Último día para apoyar").fill("2030-04-15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar la convocatoria")).click();
        assertThat(page.locator(".error-summary")).isVisible();
        checkPage("kit-convocatoria-error");

        page.getByLabel("Kit de la convocatoria (ZIP)").setInputFiles(kit);
        page.getByLabel("Último día para proponer").fill("2030-03-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar la convocatoria")).click();
        assertThat(page.getByText("Kit importado como borrador de convocatoria de este ejercicio")).isVisible();
        assertThat(page.locator("#adaptado")).containsText("Adaptado de:");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Borrador sin publicar")))
                .isVisible();
        checkPage("kit-convocatoria-importada");

        // ADR 0061: the coordinator publishes the adapted draft; it keeps its attribution.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar la convocatoria")).click();
        assertThat(page.getByText("La convocatoria se publicó y quedó en el historial público.")).isVisible();
        assertThat(page.locator("#adaptado")).containsText("Adaptado de:");
        assertThat(page.getByText("Borrador sin publicar")).hasCount(0);
        checkPage("kit-convocatoria-publicada");
    }

    /** ADR 0061: a coordinator writes a call as a draft from the exercise's page, sees it badged, and publishes it. */
    @Test
    void aCoordinatorDraftsACallAndPublishesIt() throws Exception {
        String body = PlanFixturesAccess.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixturesAccess.draftPlan(plans, body);
        Account coordinator = TestAccounts.person(accounts, "Coordinación que redacta una convocatoria");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATOR, body, null));
        String slug = "borrador-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        java.time.LocalDate today = calls.today();

        signIn(coordinator.getEmail(), TestAccounts.PASSWORD);
        open("/ejercicios/" + plans.exerciseOf(plan).getSlug());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nueva convocatoria").setExact(true)).click();
        page.getByLabel("Identificador en la dirección").fill(slug);
        page.getByLabel("Título", new Page.GetByLabelOptions().setExact(true)).fill("Convocatoria para el parque central");
        page.getByLabel("Texto de la convocatoria").fill("Propuestas para rehabilitar el parque central con las vecinas y vecinos.");
        page.locator("#themes input[type=checkbox]").first().check();
        page.getByLabel("Primer día para proponer").fill(today.plusDays(1).toString());
        page.getByLabel("Último día para proponer").fill(today.plusDays(20).toString());
        page.getByLabel("Primer día para apoyar").fill(today.plusDays(1).toString());
        page.getByLabel("Último día para apoyar").fill(today.plusDays(30).toString());
        checkPage("convocatoria-borrador-formulario");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar el borrador")).click();
        assertThat(page.getByText("Se guardó el borrador de la convocatoria.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Borrador sin publicar")))
                .isVisible();
        checkPage("convocatoria-borrador");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar la convocatoria")).click();
        assertThat(page.getByText("La convocatoria se publicó y quedó en el historial público.")).isVisible();
        checkPage("convocatoria-publicada");
    }

    /** A challenge's kit imported for a commitment of another exercise from the commitment's challenges panel. */
    @Test
    void aCoordinatorImportsAnotherGovernmentsChallenge() throws Exception {
        org.apertura.challenge.ChallengeFixtures.Setting origin = org.apertura.challenge.ChallengeFixtures.setting(
                secretariat, plans, accounts);
        String[] original = new String[1];
        actingAs.run(origin.coordinator().getId(), () -> original[0] = challenges.createPublished(
                origin.commitment().getId(),
                org.apertura.challenge.ChallengeFixtures.openToday("Reto de datos del agua", challenges.today()))
                .getSlug());
        org.apertura.challenge.ChallengeFixtures.Setting adopter = org.apertura.challenge.ChallengeFixtures.setting(
                secretariat, plans, accounts);
        Path kit = Files.createTempFile("kit-reto", ".zip");
        Files.write(kit, challengeKits.zip(original[0]));

        signIn(adopter.coordinator().getEmail(), TestAccounts.PASSWORD);
        open("/compromisos/" + adopter.commitment().getId());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Importar el kit de un reto de otro gobierno")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Importar el kit de un reto");
        checkPage("kit-reto-importar");
        page.getByLabel("Kit del reto (ZIP)").setInputFiles(kit);
        page.getByLabel("Identificador en la dirección").fill("reto-adoptado-" + adopter.commitment().getId());
        page.getByLabel("Abre el registro de equipos").fill("2030-05-01");
        page.getByLabel("Cierra el registro de equipos").fill("2030-05-15");
        page.getByLabel("Abre la recepción de entregas").fill("2030-05-10");
        page.getByLabel("Cierra la recepción de entregas").fill("2030-06-01");
        page.getByLabel("Publicación de resultados").fill("2030-05-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar el reto")).click();
        assertThat(page.locator(".error-summary")).isVisible();
        checkPage("kit-reto-error");

        page.getByLabel("Kit del reto (ZIP)").setInputFiles(kit);
        page.getByLabel("Publicación de resultados").fill("2030-06-15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar el reto")).click();
        assertThat(page.getByText("Kit importado como borrador de reto de este compromiso")).isVisible();
        assertThat(page.locator("#adaptado")).containsText("Adaptado de:");
        checkPage("kit-reto-importado");
    }

    /**
     * A norm's kit read by another institution's editor from their desk: a file that is not a kit is refused beside
     * the field; the kit fills the new norm's form with the attribution, and the adapted norm is published with it.
     */
    @Test
    void anEditorAdaptsAnotherGovernmentsNorm() throws Exception {
        Account editor = TestAccounts.person(accounts, "Editora que adapta una norma");
        SystemActor.run(() -> accounts.grant(editor.getId(), Role.NORMS_EDITOR, "congreso-durango", null));
        Path kit = Files.createTempFile("kit-norma", ".zip");
        Files.write(kit, normKits.zip("reglas-becas-transporte-escolar"));
        Path notAKit = Files.createTempFile("no-kit", ".zip");
        Files.writeString(notAKit, "esto no es un zip", StandardCharsets.UTF_8);

        signIn(editor.getEmail(), TestAccounts.PASSWORD);
        open("/normas/gestion");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Importar el kit de una norma de otro gobierno")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Importar el kit de una norma");
        checkPage("kit-norma-importar");
        page.getByLabel("Kit de la norma (ZIP)").setInputFiles(notAKit);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leer el kit")).click();
        assertThat(page.locator(".error-summary")).containsText("El archivo no es un ZIP legible");
        checkPage("kit-norma-error");

        page.getByLabel("Kit de la norma (ZIP)").setInputFiles(kit);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leer el kit")).click();
        assertThat(page.getByText("Kit leído")).isVisible();
        assertThat(page.locator("#adaptado")).containsText("Adaptado de:");
        checkPage("kit-norma-leida");
        String slug = "becas-adaptadas-" + Long.toHexString(System.nanoTime());
        page.locator("[id='slug']").fill(slug);
        page.locator("[id='gazette']").fill("Periódico Oficial del Gobierno del Estado de Durango");
        page.locator("[id='publishedOn']").fill("2026-02-10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar")).click();
        assertThat(page.getByText("Se publicó la versión ciudadana de la norma.")).isVisible();
        assertThat(page.locator("#adaptado")).containsText("Adaptado de:");
        checkPage("kit-norma-publicada");
    }

    /**
     * An archival catalog's kit, downloaded from the state's archives page, imported by the Congress's archivist from
     * their desk: a file that is not a kit is refused beside the field; the kit becomes a draft version of the
     * Congress's instruments that says where it was adapted from.
     */
    @Test
    void anArchivistImportsAnotherInstitutionsCatalogAsADraft() throws Exception {
        Account archivist = TestAccounts.person(accounts, "Archivista que importa un catálogo");
        SystemActor.run(() -> accounts.grant(archivist.getId(), Role.ARCHIVIST, "congreso-durango", null));
        Path kit = Files.createTempFile("kit-catalogo", ".zip");
        Files.write(kit, page.request().get(url("/archivos/poder-ejecutivo-durango/catalogo/kit.zip")).body());
        Path notAKit = Files.createTempFile("no-kit", ".zip");
        Files.writeString(notAKit, "esto no es un zip", StandardCharsets.UTF_8);

        signIn(archivist.getEmail(), TestAccounts.PASSWORD);
        open("/archivos/congreso-durango/gestion");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Importar el kit del catálogo de otra institución")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Importar el kit de un catálogo archivístico");
        checkPage("kit-catalogo-importar");
        page.getByLabel("Kit del catálogo (ZIP)").setInputFiles(notAKit);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar como borrador")).click();
        assertThat(page.locator(".error-summary")).containsText("El archivo no es un ZIP legible");
        checkPage("kit-catalogo-error");

        page.getByLabel("Kit del catálogo (ZIP)").setInputFiles(kit);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importar como borrador")).click();
        assertThat(page.getByText("Kit importado como borrador")).isVisible();
        assertThat(page.locator("#adaptado")).containsText("Adaptado de:");
        checkPage("kit-catalogo-importado");
    }
}
