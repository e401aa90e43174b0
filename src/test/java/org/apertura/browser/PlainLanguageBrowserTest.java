package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A public servant checks a text with the writing aid, reads the glossary, and reviews a description. */
class PlainLanguageBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void theWritingAidScoresAPastedTextAndMarksTheHints() {
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lenguaje ciudadano")).click();
        assertAccessible();
        page.getByLabel("Texto").fill("Por medio del presente, el suscrito hace del conocimiento que la PNT fue "
                + "actualizada. Hoy es un lindo día.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analizar")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Resultado"))).isVisible();
        assertThat(page.locator(".score")).containsText("INFLESZ");
        assertThat(page.locator("mark")).hasCount(5);
        assertThat(page.locator("mark").first()).hasText("Por medio del presente");
        assertThat(page.locator("ol.hints > li")).hasCount(5);
        assertThat(page.locator("#sugerencia-2")).containsText("Mejor: yo");
        assertThat(page.getByLabel("Texto")).hasValue(
                "Por medio del presente, el suscrito hace del conocimiento que la PNT fue actualizada. Hoy es un lindo día.");
        assertAccessible();
        assertFitsThePhone();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ir a la sugerencia 4")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#sugerencia-4$"));
    }

    @Test
    void anEmptyTextIsExplained() {
        open("/lenguaje-ciudadano");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analizar")).click();
        assertThat(page.locator(".error-summary")).containsText("Escriba o pegue un texto para analizar.");
        assertThat(page.getByLabel("Texto")).hasAttribute("aria-invalid", "true");
        assertAccessible();
    }

    @Test
    void theGlossaryExplainsTheWordsOfTheLaw() {
        open("/glosario");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Glosario");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sujeto obligado")).click();
        assertThat(page.locator("#sujeto-obligado + dd")).containsText("dinero público");
        assertAccessible();
        assertFitsThePhone();
    }

    @Test
    void anAdministratorReviewsADescriptionBeforeSaving() {
        Account admin = TestAccounts.admin(accounts);
        signIn(admin.getEmail(), TestAccounts.PASSWORD);
        open("/admin/jurisdicciones/tepehuanes/editar");
        page.getByLabel("Descripción").fill("En virtud de lo anterior, el municipio coadyuvará en la implementación "
                + "de los mecanismos institucionales de la PNT.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisar el lenguaje ciudadano")).click();
        assertThat(page.locator(".field-score")).containsText("INFLESZ");
        assertThat(page.locator(".field-score")).containsText("lenguaje burocrático");
        assertAccessible();

        page.getByLabel("Descripción").fill("Municipio de la sierra de Durango. Aquí vive gente que trabaja el campo.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar")).click();
        assertThat(page.getByText("Los cambios se guardaron y quedaron en el historial público.")).isVisible();
        assertThat(page.getByText("Aquí vive gente que trabaja el campo.")).isVisible();
    }
}
