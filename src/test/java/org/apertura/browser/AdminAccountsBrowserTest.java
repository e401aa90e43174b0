package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.PlanFixturesAccess;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator grants a scoped role, fixing a mistake first; and adds a milestone to a draft plan. */
class AdminAccountsBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ActionPlanService plans;

    @Test
    void anAdministratorGrantsASecretariatRoleWithItsSector() {
        Account admin = TestAccounts.admin(accounts);
        Account person = TestAccounts.person(accounts, "Persona por nombrar");
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        open("/admin/cuentas");
        assertAccessible();
        assertFitsThePhone();
        open("/admin/cuentas/" + person.getId());
        page.getByLabel("Rol", new Page.GetByLabelOptions().setExact(true)).selectOption("STL_MEMBER");
        page.getByLabel("Ámbito").selectOption("stl-durango");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dar un rol")).click();
        assertThat(page.locator(".error-summary")).containsText("Quien integra el secretariado debe tener un sector.");
        assertAccessible();
        page.getByLabel("Rol", new Page.GetByLabelOptions().setExact(true)).selectOption("STL_MEMBER");
        page.getByLabel("Ámbito").selectOption("stl-durango");
        page.getByLabel("Sector (solo integrantes del secretariado)").selectOption("CIVIL_SOCIETY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dar un rol")).click();
        assertThat(page.getByText("El rol quedó asignado.")).isVisible();
        assertThat(page.locator("main")).containsText("Integrante del secretariado");
        assertThat(page.locator("main li").first()).not().containsText("stl-durango");
        assertAccessible();
    }

    @Test
    void anAdministratorAddsAMilestoneToADraftPlan() {
        Account admin = TestAccounts.admin(accounts);
        String body = PlanFixturesAccess.secretariatWithAgreements(secretariat);
        Long commitmentId = plans.commitments(PlanFixturesAccess.draftPlan(plans, body)).get(0).getId();
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        open("/compromisos/" + commitmentId + "/hitos/nuevo");
        page.getByLabel("Título del hito").fill("Segundo hito");
        page.getByLabel("Fecha de inicio").fill("2026-03-01");
        page.getByLabel("Fecha de fin").fill("2026-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar")).click();
        assertThat(page.locator(".error-summary")).containsText("La fecha de fin no puede ser antes del inicio.");
        assertAccessible();
        page.getByLabel("Fecha de fin").fill("2026-04-30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar")).click();
        assertThat(page.getByText("El hito se agregó al compromiso.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Segundo hito"))).isVisible();
    }
}
