package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.identity.TestAccounts;
import org.apertura.identity.TestMailLinks;
import org.junit.jupiter.api.Test;

/** A citizen signs up with a pseudonym, confirms the address from the e-mail, signs in, sees their account, and signs out. */
class AccountBrowserTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.apertura.platform.mail.MailOutbox outbox;

    @Test
    void signUpSignInSignOut() {
        String email = TestAccounts.uniqueEmail("navegador");
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Crear cuenta")).first().click();

        page.getByLabel("Nombre público").fill("Colectivo Nazas");
        page.getByLabel("Correo electrónico").fill(email);
        page.getByLabel("Contraseña").fill("corta");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear cuenta")).click();
        assertThat(page.locator(".error-summary")).containsText("La contraseña debe tener entre 10 y 128 caracteres.");
        assertThat(page.getByLabel("Nombre público")).hasValue("Colectivo Nazas");
        assertAccessible();

        page.getByLabel("Contraseña").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear cuenta")).click();
        assertThat(page.getByText("Le enviamos un correo a esa dirección para continuar.", new Page.GetByTextOptions()))
                .isVisible();
        // signing in before confirming answers as any failure, with a word about the link
        page.getByLabel("Correo electrónico").fill(email);
        page.getByLabel("Contraseña").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entrar")).click();
        assertThat(page.locator(".error-summary")).containsText("primero abra el enlace que le enviamos");

        open(TestMailLinks.link(outbox.messagesTo(email).get(0).getBody(), "/registro/confirmar/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Confirmar su correo");
        assertAccessible();
        assertFitsThePhone();
        screenshot("sign-up-confirm-360");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmar mi correo y crear mi cuenta")).click();
        assertThat(page.getByText("Su correo quedó confirmado y su cuenta está lista.")).isVisible();

        page.getByLabel("Correo electrónico").fill(email);
        page.getByLabel("Contraseña").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entrar")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mi cuenta");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Colectivo Nazas"))).isVisible();
        assertAccessible();
        assertFitsThePhone();

        page.getByLabel("Nombre del token").fill("mi tablero de datos");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear token")).click();
        assertThat(page.locator("#new-token")).containsText("apt_");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revocar «mi tablero de datos»")))
                .isVisible();
        assertAccessible();
        assertFitsThePhone();
        page.reload();
        assertThat(page.locator("#new-token")).hasCount(0);

        open("/admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("No tiene permiso para esto");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salir")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Entrar"))).isVisible();
        open("/cuenta");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Entrar");
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhichPart() {
        open("/entrar");
        page.getByLabel("Correo electrónico").fill("nadie@ejemplo.mx");
        page.getByLabel("Contraseña").fill("no importa cual");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entrar")).click();
        assertThat(page.locator(".error-summary")).containsText("El correo o la contraseña no son correctos.");
        assertAccessible();
    }
}
