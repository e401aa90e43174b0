package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.identity.TestTwoStep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two-step sign-in in a browser: an administrator signing in for the first time sets up the authenticator app from
 * the QR code's key, keeps the recovery codes, signs in again with a code, and reads the audit log. axe-core and
 * 360 px on every page.
 */
class TwoStepBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void anAdministratorSetsUpTheAppSignsInWithACodeAndReadsTheAuditLog() {
        Account admin = TestAccounts.admin(accounts);
        open("/admin");
        page.getByLabel("Correo electrónico").fill(admin.getEmail());
        page.getByLabel("Contraseña").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entrar")).click();

        assertThat(page.locator("h1")).hasText("Activar la verificación en dos pasos");
        assertThat(page.getByText("Su cuenta tiene un rol en Apertura")).isVisible();
        assertThat(page.locator("figure.qr svg")).isVisible();
        checkPage("two-step-setup");
        page.getByLabel("Código").fill("123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activar")).click();
        assertThat(page.locator(".error-summary")).containsText("El código no es correcto");
        assertThat(page.getByLabel("Código")).hasAttribute("aria-invalid", "true");
        assertAccessible();

        TestTwoStep.remember(admin.getEmail(), page.locator("#totp-secret").textContent());
        page.getByLabel("Código").fill(TestTwoStep.code(admin.getEmail()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activar")).click();
        assertThat(page.locator("h1")).hasText("Sus códigos de recuperación");
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        checkPage("two-step-recovery-codes");
        // the page asked for before signing in comes next
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Listo, los guardé")).click();
        assertThat(page.locator("h1")).hasText("Administración");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salir")).click();
        open("/entrar");
        page.getByLabel("Correo electrónico").fill(admin.getEmail());
        page.getByLabel("Contraseña").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entrar")).click();
        assertThat(page.locator("h1")).hasText("Código de verificación");
        checkPage("two-step-code");
        page.getByLabel("Código").fill(TestTwoStep.code(admin.getEmail()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verificar")).click();
        assertThat(page.locator("h1")).hasText("Mi cuenta");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verificación en dos pasos")).click();
        assertThat(page.getByText("Le quedan 10 códigos de recuperación sin usar.")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Desactivar la verificación en dos pasos")))
                .hasCount(0);
        checkPage("two-step-account");

        open("/admin/auditoria");
        assertThat(page.locator("h1")).hasText("Registro de auditoría");
        assertThat(page.locator("tbody")).containsText("Activó la verificación en dos pasos");
        assertThat(page.locator("tbody")).containsText("Entró (en dos pasos)");
        page.getByLabel("Acción").selectOption("TWO_STEP_ENABLED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrar")).click();
        assertThat(page.locator("tbody")).not().containsText("Entró (en dos pasos)");
        checkPage("audit-log");
    }
}
