package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.apertura.opendata.DatasetPublishing;
import org.apertura.opendata.web.CatalogTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The open data catalog in a browser: a data user searches in Spanish, narrows by a facet (a plain link, also with
 * JavaScript off), opens a dataset and reads its preview (scrolled by keyboard), dictionary, quality report, versions
 * and map; then the institutions' ranking. axe-core and 360 px on every page, screenshots at 360 and 1280 px.
 */
class CatalogBrowserTest extends BrowserTest {

    static final String INSTITUTION = "ayuntamiento-durango";

    @Autowired
    DatasetPublishing publishing;

    String name;
    String word;

    @BeforeEach
    void publish() {
        word = CatalogTestData.uniqueWord();
        name = "obras-" + UUID.randomUUID().toString().substring(0, 8);
        CatalogTestData.publishWorks(publishing, INSTITUTION, name, word);
    }

    private void check(String shot) {
        assertAccessible();
        assertFitsThePhone();
        screenshot(shot + "-360");
        page.setViewportSize(1280, 900);
        assertAccessible();
        screenshot(shot + "-1280");
        page.setViewportSize(360, 740);
    }

    @Test
    void aDataUserSearchesNarrowsByAFacetAndReadsTheDataset() {
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Datos abiertos").setExact(true)).first()
                .click();
        assertThat(page.locator("h1")).hasText("Catálogo de datos abiertos");
        check("catalog");
        page.getByLabel("Buscar datos").fill("obras " + word);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buscar").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("conjunto de datos"))).hasText("1 conjunto de datos");
        page.locator("summary", new Page.LocatorOptions().setHasText("Formato")).click();
        page.locator("details.facet a", new Page.LocatorOptions().setHasText("GeoJSON")).click();
        assertThat(page.locator(".applied")).containsText("Formato: GeoJSON");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Obras públicas " + word)))
                .isVisible();
        check("catalog-facet");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Obras públicas " + word)).click();
        assertThat(page.locator("h1")).hasText("Obras públicas " + word);
        // the preview scrolls by keyboard: it takes the focus and the arrow keys move it
        com.microsoft.playwright.Locator preview = page.locator(".preview");
        preview.focus();
        page.setViewportSize(1280, 900);
        assertThat(preview).isFocused();
        assertThat(page.locator("#preview-caption")).hasText("Las 4 filas de «Obras 2025»");
        assertThat(page.locator("#calidad")).isVisible();
        assertThat(page.getByText("Fechas que no están en formato ISO 8601").first()).isVisible();
        assertThat(page.getByText("Monto contratado")).isVisible();
        assertThat(page.locator("table.versions").first()).containsText("obras-v2.csv");
        assertThat(page.locator("table.versions").first()).containsText("obras.csv");
        assertThat(page.locator(".map svg")).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Presa Guadalupe Victoria").setExact(true))).isVisible();
        page.setViewportSize(360, 740);
        check("catalog-dataset");

        open("/datos/instituciones");
        assertThat(page.locator("h1")).hasText("Instituciones por completitud de sus datos");
        check("catalog-ranking");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("H. Ayuntamiento del Municipio de Durango")).first().click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Obras públicas " + word)))
                .isVisible();
        check("catalog-institution");
    }

    @Test
    void theFacetsWorkWithoutJavaScript() {
        try (var plain = newContextWithoutJavaScript()) {
            Page p = plain.newPage();
            p.navigate(url("/datos?q=" + word));
            p.locator("summary", new Page.LocatorOptions().setHasText("Licencia")).click();
            p.locator("details.facet a", new Page.LocatorOptions().setHasText("Términos de Libre Uso MX")).click();
            assertThat(p.locator(".applied")).containsText("Licencia: Términos de Libre Uso MX");
            assertThat(p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Obras públicas " + word)))
                    .isVisible();
            p.locator(".applied a", new Page.LocatorOptions().setHasText("Licencia")).click();
            assertThat(p.locator(".applied")).not().containsText("Licencia");
        }
    }
}
