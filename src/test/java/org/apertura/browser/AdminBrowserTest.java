package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator adds an institution, first with a mistake the form explains, then correctly. */
class AdminBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void anAdministratorCreatesAnInstitutionAfterFixingAnInvalidField() {
        Account admin = TestAccounts.admin(accounts);
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administración").setExact(true)).click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nueva institución")).click();

        page.getByLabel("Nombre oficial").fill("Comisión del Agua del Estado de Durango");
        page.getByLabel("Siglas").fill("CAED");
        page.getByLabel("Jurisdicción", new Page.GetByLabelOptions().setExact(true)).selectOption("durango");
        page.getByLabel("Poder o tipo de sujeto obligado").selectOption("EXECUTIVE");
        page.getByLabel("Sitio web").fill("caed.durango");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar")).click();

        assertThat(page.locator(".error-summary")).containsText("Escriba una dirección web completa");
        assertThat(page.getByLabel("Sitio web")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Nombre oficial")).hasValue("Comisión del Agua del Estado de Durango");
        assertAccessible();
        assertFitsThePhone();

        page.getByLabel("Sitio web").fill("https://caed.durango.gob.mx");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar")).click();
        assertThat(page.getByText("La institución se creó y quedó en el historial público.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Comisión del Agua del Estado de Durango"))).isVisible();
        assertAccessible();

        open("/historial");
        assertThat(page.getByText("Se creó una institución: Comisión del Agua del Estado de Durango")).isVisible();
    }

    @Test
    void anAdministratorSignsACheckpointOfTheHistoryOnDemand() {
        Account admin = TestAccounts.admin(accounts);
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administración").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Ver y firmar los puntos de control del historial")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Puntos de control firmados");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Firmar un punto de control ahora")).click();
        assertThat(page.getByText("Se firmó un punto de control con la cabeza actual del historial.")).isVisible();
        // the newest checkpoint, signed by this node's key, dated as every page dates (dd/MM/yyyy), not as ISO-8601
        assertThat(page.locator("tbody tr").first()).containsText("La de este nodo");
        assertThat(page.locator("tbody tr").first().locator("time")).hasText(
                java.util.regex.Pattern.compile("^\\d{2}/\\d{2}/\\d{4}"));
        assertThat(page.locator("tbody")).not().containsText(java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T"));
        assertThat(page.locator("thead")).containsText("Firmado (hora del centro)");
        checkPage("admin-historial");
    }
}
