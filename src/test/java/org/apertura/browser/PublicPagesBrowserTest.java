package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** What an anonymous citizen on a phone sees: home, directory, history, and a friendly 404. */
class PublicPagesBrowserTest extends BrowserTest {

    @Test
    void theHomePageSaysWhatAperturaIsInSpanishAndListsDurango() {
        open("/");
        assertThat(page.locator("html")).hasAttribute("lang", "es-MX");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Gobierno abierto, desde lo local");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Durango").setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gómez Palacio"))).isVisible();
        assertAccessible();
        assertFitsThePhone();
    }

    @Test
    void theSkipLinkIsTheFirstStopOfTheKeyboardAndLeadsToTheContent() {
        open("/");
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        assertThat(page.locator(".skip-link")).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
    }

    @Test
    void aCitizenBrowsesFromTheDirectoryToAMunicipalityAndItsGuarantor() {
        open("/jurisdicciones");
        assertAccessible();
        assertFitsThePhone();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tepehuanes")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tepehuanes");
        assertThat(page.getByText("H. Ayuntamiento de Tepehuanes")).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Instituto Duranguense de Acceso a la Información Pública y de Protección de Datos Personales")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Instituto Duranguense de Acceso a la Información Pública y de Protección de Datos Personales");
        assertThat(page.getByText("Autoridad garante").first()).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Durango").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Durango");
        assertAccessible();
        assertFitsThePhone();
    }

    @Test
    void theHistoryShowsAnIntactChain() {
        open("/historial?tipo=institution");
        assertThat(page.locator(".status-ok")).containsText("La cadena está íntegra");
        assertThat(page.getByText("Se creó una institución: Instituto Duranguense de Acceso a la Información Pública"
                + " y de Protección de Datos Personales")).isVisible();
        assertAccessible();
        assertFitsThePhone();
    }

    @Test
    void theDataDictionaryDescribesEveryDownload() {
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Datos abiertos")).click();
        // the catalog links the dictionary of Apertura's own lists
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diccionario de las listas de Apertura")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Compromisos de un plan de acción")))
                .isVisible();
        assertThat(page.getByText("Avance ponderado por el peso de los hitos (0 a 100).")).isVisible();
        assertAccessible();
        assertFitsThePhone();
    }

    @Test
    void aCitizenComputesADeadlineInBusinessDays() {
        open("/calendario");
        page.getByLabel("Fecha del acto (por ejemplo, cuando se presentó la solicitud)").fill("2026-11-14");
        page.getByLabel("Días hábiles del plazo").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calcular el vencimiento")).click();
        assertThat(page.locator("dl.facts")).containsText("martes 24/11/2026");
        assertAccessible();
        assertFitsThePhone();
    }

    @Test
    void aMissingPageIsAFriendly404() {
        Response response = page.navigate(url("/no-existe"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("No encontramos esta página");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ir al inicio"))).isVisible();
        assertAccessible();
    }

    @Test
    void signInAndSignUpPagesAreAccessible() {
        open("/entrar");
        assertAccessible();
        open("/registro");
        assertAccessible();
        open("/recuperar");
        assertAccessible();
        assertFitsThePhone();
    }
}
