package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor of an institution's norms in a browser: writes a citizen version (a step without its deadline type is
 * refused and explained, nothing saved), adds a step without JavaScript, publishes, and gets the plain-language page
 * with its diagram and its text version, and the tríptico. The generated access procedure is read too. axe-core,
 * 360 px and 1280 px on the editor and the pages.
 */
class NormsBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    private void field(String id, String value) {
        page.locator("[id='" + id + "']").fill(value);
    }

    @Test
    void anEditorWritesACitizenVersionAndGetsItsPageDiagramAndTriptico() {
        String email = TestAccounts.uniqueEmail("normas");
        Account editor = accounts.signUp(email, TestAccounts.PASSWORD, "Editora de normas");
        SystemActor.run(() -> accounts.grant(editor.getId(), Role.NORMS_EDITOR, "congreso-durango", null));
        signIn(email, TestAccounts.PASSWORD);
        open("/normas");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Normas que usted edita")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Nueva norma de H. Congreso del Estado de Durango")).click();
        assertThat(page.locator("h1")).hasText("Nueva norma");
        checkPage("norm-editor");

        String slug = "manual-visitas-" + Long.toHexString(System.nanoTime());
        field("slug", slug);
        page.locator("#type").selectOption("MANUAL");
        field("title", "Manual de visitas guiadas al Congreso");
        field("gazette", "Periódico Oficial del Gobierno del Estado de Durango");
        field("publishedOn", "2026-02-10");
        field("purpose", "Sirve para visitar el Congreso con tu escuela o tu grupo. [art. 1]");
        field("appliesTo", "A escuelas y grupos de vecinos. [art. 2]");
        field("requirements", "Una carta con el nombre del grupo. [art. 4]");
        field("steps0.who", "Tú (grupo)");
        field("steps0.what", "Pides la visita por correo.");
        field("steps0.days", "10");
        page.locator("[name='steps[0].dayType'][value='CALENDAR']").check();
        field("steps0.article", "art. 5");
        field("steps1.who", "Área de Atención Ciudadana");
        field("steps1.what", "Te confirma la fecha.");
        field("steps1.days", "5");
        field("steps1.article", "art. 6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar")).click();
        assertThat(page.locator(".error-summary")).containsText(
                "El paso 2 no dice cómo se cuentan sus días: elija días hábiles o días naturales.");
        checkPage("norm-editor-errors");

        page.locator("[name='steps[1].dayType'][value='BUSINESS']").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agregar otro paso")).click();
        field("steps2.who", "Tú (grupo)");
        field("steps2.what", "Llegas el día de la visita.");
        field("steps2.days", "");
        page.locator("[name='steps[2].dayType'][value='CALENDAR']").check();
        field("steps2.article", "art. 7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar")).click();

        assertThat(page.locator("h1")).hasText("Manual de visitas guiadas al Congreso");
        assertThat(page.getByText("Se publicó la versión ciudadana de la norma.")).isVisible();
        assertThat(page.locator("figure.diagram svg title")).hasText(
                "Diagrama del procedimiento: Manual de visitas guiadas al Congreso");
        assertThat(page.locator("ol.steps-text > li")).hasCount(3);
        assertThat(page.locator("ol.steps-text")).containsText("Plazo: 5 días hábiles");
        assertThat(page.locator(".score-box")).containsText("INFLESZ");
        checkPage("norm-page");

        APIResponse pdf = page.request().get(url("/normas/" + slug + "/triptico.pdf"));
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        org.assertj.core.api.Assertions.assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        open("/normas/como-pedir-informacion-publica");
        assertThat(page.locator("ol.steps-text")).containsText("Plazo: 20 días hábiles");
        checkPage("norm-generated-page");
        open("/normas");
        checkPage("norms-list");

        // the form for another institution's norm is refused, not shown
        APIResponse other = page.request().get(url("/normas/gestion/nueva?institucion=poder-judicial-durango"));
        org.assertj.core.api.Assertions.assertThat(other.status()).isEqualTo(403);
        open("/normas/gestion/nueva?institucion=poder-judicial-durango");
        assertThat(page.locator("h1")).hasText("No tiene permiso para esto");
    }
}
