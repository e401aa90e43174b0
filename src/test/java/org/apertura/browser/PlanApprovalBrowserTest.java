package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator approves a verifiable plan with the secretariat's adopted agreement and publishes it. */
class PlanApprovalBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ActionPlanService plans;

    @Test
    void approvingWithTheWrongAgreementFailsAndWithTheAdoptedOneSucceeds() {
        String body = org.apertura.actionplan.PlanFixturesAccess.secretariatWithAgreements(secretariat);
        Long planId = org.apertura.actionplan.PlanFixturesAccess.draftPlan(plans, body).getId();
        Account coordinator = TestAccounts.person(accounts, "Coordinación de Tepehuanes");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATOR, body, null));

        signIn(coordinator.getEmail(), TestAccounts.PASSWORD);
        open("/planes/" + planId);
        assertThat(page.getByText("El plan pasa la revisión: cada compromiso es verificable.")).isVisible();
        page.getByLabel("Número de sesión").fill("1");
        page.getByLabel("Número de acuerdo").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aprobar el plan")).click();
        assertThat(page.locator(".error-summary")).containsText("Ese acuerdo no fue adoptado: no puede aprobar el plan.");
        page.locator(".error-summary a[href='#plan-approvalAgreement']").click();
        assertThat(page.getByLabel("Número de acuerdo")).isFocused();
        assertThat(page.getByLabel("Número de acuerdo")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Número de acuerdo")).hasAttribute("aria-describedby", "plan-approvalAgreement-error");
        assertAccessible();

        page.getByLabel("Número de sesión").fill("1");
        page.getByLabel("Número de acuerdo").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aprobar el plan")).click();
        assertThat(page.getByText("El plan quedó aprobado. Ya puede publicarlo.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar el plan")).click();
        assertThat(page.getByText("El plan quedó publicado.")).isVisible();
        assertThat(page.locator("dl.facts")).containsText("publicado");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Acuerdo 1/1 de STL " + body)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Acuerdo 1/1: adoptado"))).isVisible();

        Long commitmentId = plans.commitments(plans.plan(planId)).get(0).getId();
        open("/compromisos/" + commitmentId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cambiar el texto del compromiso")).click();
        page.getByLabel("Resumen en lenguaje ciudadano").fill("El municipio dirá cada mes cuánta agua llega a cada colonia.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisar el lenguaje ciudadano")).click();
        assertThat(page.locator(".field-score")).containsText("INFLESZ");
        assertAccessible();
        page.getByLabel("Razón del cambio").fill("El resumen no decía qué se entrega.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar")).click();
        assertThat(page.getByText("El cambio quedó guardado; el texto anterior sigue visible.")).isVisible();
        page.getByText(java.util.regex.Pattern.compile("^Versión 1")).click();
        assertThat(page.getByText("Hoy es un lindo día.")).isVisible();
        assertAccessible();
        assertFitsThePhone();

        open("/historial?tipo=plan&id=" + planId);
        assertThat(page.getByText("Se publicó un plan de acción")).isVisible();
        assertThat(page.getByText("Se aprobó un plan de acción")).isVisible();
        assertAccessible();
    }
}
