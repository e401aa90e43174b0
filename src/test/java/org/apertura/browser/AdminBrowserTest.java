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
}
