package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The site search, from the header, without JavaScript: Spanish words without accents and in the singular find
 * commitments, institutions and requests written with them, and a search that finds nothing says so.
 */
class SearchBrowserTest extends BrowserTest {

    @Test
    void aPersonSearchesWithoutAccentsOrPluralsAndFindsAcrossModules() {
        com.microsoft.playwright.BrowserContext noScript = newContextWithoutJavaScript();
        try {
            Page plain = noScript.newPage();
            plain.navigate(url("/jurisdicciones"));
            plain.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buscar").setExact(true)).click();
            plain.getByLabel("Qué busca").fill("compra publica");
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buscar")).click();
            Locator commitments = plain.locator("section").filter(new Locator.FilterOptions().setHas(
                    plain.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Compromisos").setExact(true))));
            // the demo's commitment; a plan adopted from the demo's kit in another test may list its own copy beside it
            assertThat(commitments.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("DGO-01 Compras públicas abiertas"))
                    .first()).isVisible();
        } finally {
            noScript.close();
        }

        open("/buscar?q=ejecutivo+durango");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Poder Ejecutivo del Estado de Durango").setExact(true)))
                .hasAttribute("href", "/instituciones/poder-ejecutivo-durango");
        // its budget, a dataset of the catalog, is found by the same words
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Presupuesto de egresos 2025")))
                .hasAttribute("href", "/datos/presupuesto-poder-ejecutivo-durango-2025");
        assertAccessible();
        assertFitsThePhone();
        screenshot("search");

        open("/buscar?q=regidores");
        Locator requests = page.locator("section").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Solicitudes de información"))));
        assertThat(requests.getByText("Encontrados", new Locator.GetByTextOptions().setExact(true))).isVisible();
        requests.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ver todas las solicitudes encontradas")).click();
        page.waitForURL(url("/solicitudes?q=regidores"));

        open("/buscar?q=zzzqqq");
        assertThat(page.getByText("No se encontró nada con «zzzqqq».")).isVisible();
        assertAccessible();

        open("/buscar?q=compras&lang=en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Commitments"))).isVisible();
    }
}
