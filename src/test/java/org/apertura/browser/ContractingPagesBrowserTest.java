package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Someone follows the money on a phone, without JavaScript-only controls: finds the purchases from the menu, narrows
 * them with the folded filters, opens a process (its stages, amounts, red flags and history of changes), goes on to
 * its supplier and its buyer, the figures, the red flags and the downloads; every page passes axe-core and fits
 * 360 px, and is looked at on a 1280 px screen too. The process's history reads in words: parties by their names,
 * identifiers with their scheme in words, quantities with their units.
 */
class ContractingPagesBrowserTest extends BrowserTest {

    @Test
    void aVisitorSearchesOpensAProcessAndFollowsItsSupplierAndBuyer() {
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contrataciones").setExact(true)).first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Contrataciones públicas");
        look("contracting-search");

        page.getByText("Más filtros").click();
        page.getByLabel("Tipo de procedimiento").selectOption("open");
        page.getByLabel("Etapa alcanzada").selectOption("implementation");
        page.getByLabel("Solo procesos con alertas").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buscar")).click();
        assertThat(page.getByLabel("Tipo de procedimiento")).isVisible(); // the filters in use stay unfolded
        assertThat(page.locator("ul.results > li").first()).containsText("Licitación pública");
        assertThat(page.locator("ul.results > li").first()).containsText("Ejecución y pagos");
        look("contracting-search-filtered");

        page.locator("ul.results > li h2 a").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Etapas"))).isVisible();
        assertThat(page.locator(".flags")).containsText("no la prueba de que algo esté mal");
        assertThat(page.locator("ol.stages li.reached")).hasCount(5);
        // the history in words: parties by their names, an RFC as "RFC …", quantities with their units in words
        for (Locator summary : page.locator("ol.history details summary").all()) {
            summary.click();
        }
        Locator history = page.locator("ol.history");
        assertThat(history).containsText("Identificador: RFC ");
        assertThat(history).containsText("Cantidad: ");
        assertThat(history).not().containsText("MX-RFC");
        assertThat(history).not().containsText("Esquema");
        assertThat(history).not().containsText("{\"");
        // the buyer by its name, never its slug; each release by what it is and its day, written out
        assertThat(history).containsText(" (institución registrada en Apertura)");
        assertThat(history).not().containsText("Clave de institución");
        assertThat(history).not().containsText("Entrega ocds");
        assertThat(history).not().containsText("Procedimiento › Identificador");
        assertThat(page.locator("ol.history > li > h3").first()).containsText(" de 20");
        assertThat(page.locator("ol.history summary").last()).hasText(
                "Para desarrolladores: identificador de esta entrega (release id)");
        look("contracting-process");

        String supplier = page.locator("#suppliers-heading + ul a").first().textContent();
        page.locator("#suppliers-heading + ul a").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(supplier);
        assertThat(page.locator("table caption").first()).hasText("Por año y comprador");
        look("contracting-supplier");

        page.locator("table a[href^='/contrataciones/compradores/']").first().click();
        assertThat(page.getByText("Por tipo de procedimiento").first()).isVisible();
        // the figures drawn by the platform: direct awards' share of the processes beside their share of the money
        assertThat(page.locator("#contrataciones-procedimientos svg.chart-svg")).isVisible();
        assertThat(page.locator("#contrataciones-procedimientos .chart-takeaway"))
                .containsText("La adjudicación directa es el ");
        assertThat(page.locator("#contrataciones-proveedores svg.chart-svg")).isVisible();
        look("contracting-buyer");
    }

    @Test
    void theFiguresRedFlagsDownloadsAndPolicyPagesReadWell() {
        for (String[] visit : new String[][] {{"/contrataciones/cifras", "Cifras de las contrataciones"},
                {"/contrataciones/alertas", "Alertas de riesgo en las contrataciones"},
                {"/contrataciones/proveedores", "Proveedores"},
                {"/contrataciones/compradores", "Instituciones compradoras"},
                {"/contrataciones/descargas", "Descargas de datos de contrataciones"},
                {"/contrataciones/politica-de-publicacion", "Política de publicación de datos de contrataciones"}}) {
            open(visit[0]);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(visit[1]);
            look("contracting" + visit[0].substring("/contrataciones".length()));
        }
        open("/contrataciones/cifras?lang=en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Contracting figures");
        assertAccessible();
        assertFitsThePhone();
    }

    /** axe-core and the phone's width, then pictures at 360 and 1280 px. */
    private void look(String name) {
        assertAccessible();
        assertFitsThePhone();
        screenshot(name + "-360");
        if (SCREENSHOTS) {
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                    name + "-360-top.png")));
        }
        page.setViewportSize(1280, 800);
        screenshot(name + "-1280");
        page.setViewportSize(360, 740);
    }
}
