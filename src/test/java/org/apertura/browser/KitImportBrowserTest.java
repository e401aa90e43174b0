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
 * it was adapted from. Both pages pass axe-core.
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
    JdbcTemplate jdbc;

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
}
