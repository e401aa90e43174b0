package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Citizens follow the demo plan; an administrator drafts a plan and the verifiability check guides them. */
class ActionPlanBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aCitizenFollowsThePublishedPlanToACommitmentAndItsMilestones() {
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planes de acción").setExact(true)).click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Durango 2025-2026")).click();
        assertThat(page.locator("ol.timeline li.current")).containsText("Evaluación");
        assertAccessible();
        assertFitsThePhone();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan de Acción Local de Durango 2025-2026")).click();
        assertThat(page.getByText("El plan pasa la revisión: cada compromiso es verificable.")).isVisible();
        assertThat(page.locator("progress")).hasCount(6);
        assertAccessible();
        assertFitsThePhone();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DGO-04 · Diseño participativo del parque de Gómez Palacio")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Obra terminada"))).isVisible();
        assertThat(page.getByText("Avance: 0 % (no iniciado)")).isVisible();
        assertAccessible();
        assertFitsThePhone();
    }

    @Test
    void anAdministratorDraftsAPlanAndSeesWhatIsMissing() {
        Account admin = TestAccounts.admin(accounts);
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        String slug = "ejercicio-" + UUID.randomUUID().toString().substring(0, 6);
        open("/ejercicios/nuevo");
        page.getByLabel("Nombre del ejercicio").fill("Durango 2027");
        page.getByLabel("Identificador para la dirección web").fill(slug);
        page.getByLabel("Secretariado que lo coordina").selectOption("stl-durango");
        page.getByLabel("Instalación").fill("2027-01-15");
        page.getByLabel("Cocreación").fill("2026-12-01");
        button("Guardar").click();
        assertThat(page.locator(".error-summary")).containsText("Las fases deben empezar en orden");
        assertAccessible();
        page.getByLabel("Cocreación").fill("2027-03-01");
        button("Guardar").click();
        assertThat(page.getByText("El ejercicio se creó y quedó en el historial público.")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nuevo plan de acción")).click();
        page.getByLabel("Título del plan").fill("Plan 2027");
        page.getByLabel("Inicio de la implementación").fill("2027-06-01");
        page.getByLabel("Fin de la implementación").fill("2028-05-31");
        assertAccessible();
        button("Guardar").click();
        assertThat(page.getByText("El plan se creó como borrador.")).isVisible();
        assertThat(page.getByText("El plan tiene 0 compromisos y su regla pide 5.")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nuevo compromiso")).click();
        page.getByLabel("Clave", new Page.GetByLabelOptions().setExact(true)).fill("D27-01");
        page.getByLabel("Título", new Page.GetByLabelOptions().setExact(true)).fill("Presupuesto abierto");
        page.getByLabel("Fecha de inicio").fill("2027-06-01");
        page.getByLabel("Fecha de fin").fill("2028-05-31");
        button("Guardar").click();
        assertThat(page.locator(".error-summary")).containsText("Elija la institución responsable.");
        assertAccessible();
        page.getByLabel("Institución responsable").selectOption("poder-ejecutivo-durango");
        page.getByLabel("e) Asignación y gasto del dinero público").check();
        page.getByLabel("Transparencia", new Page.GetByLabelOptions().setExact(true)).fill("Publica el gasto.");
        button("Guardar").click();
        assertThat(page.getByText("El compromiso se agregó al plan.")).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan 2027")).click();
        assertThat(page.locator("#verificabilidad")).containsText("Falta el problema que atiende.");
        assertThat(page.locator("#verificabilidad")).containsText("Falta al menos un hito.");
        assertAccessible();
        assertFitsThePhone();
    }
}
