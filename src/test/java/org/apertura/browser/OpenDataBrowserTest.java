package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A data publisher in a browser: creates a dataset (a taken name is refused first), uploads a CSV, reads its quality
 * report, fills the dictionary from the detected types, publishes, replaces the file and finds both versions on the
 * public resource page. axe-core, 360 px and 1280 px on every page.
 */
class OpenDataBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    private void check(String name) {
        checkPage(name);
    }

    @Test
    void aPublisherUploadsACsvReadsItsReportFillsTheDictionaryAndPublishes() throws Exception {
        String email = TestAccounts.uniqueEmail("datos");
        Account publisher = accounts.signUp(email, TestAccounts.PASSWORD, "Publicadora de datos");
        SystemActor.run(() -> accounts.grant(publisher.getId(), Role.DATA_PUBLISHER, "ayuntamiento-tepehuanes", null));
        signIn(email, TestAccounts.PASSWORD);
        open("/datos/publicar");
        check("opendata-publish-home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nuevo conjunto de datos")).click();
        page.getByLabel("Identificador").fill("pozos-agua-tepehuanes");
        page.getByLabel("Título").fill("Tomas de agua de Tepehuanes");
        page.getByLabel("Descripción").fill("Cada toma de agua registrada, con su localidad y su consumo.");
        page.getByLabel("Palabras clave").fill("agua, tomas");
        page.getByLabel("Medio ambiente").check();
        page.getByLabel("Contacto", new Page.GetByLabelOptions().setExact(true)).fill("Sistema de Agua Potable");
        page.getByLabel("Correo del contacto").fill("agua@tepehuanes.example.mx");
        page.getByLabel("Cobertura geográfica (claves del INEGI)").fill("10035");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear el borrador")).click();
        assertThat(page.locator(".error-summary")).containsText("Ya hay un conjunto de datos con ese identificador");
        check("opendata-dataset-form-errors");
        String name = "tomas-agua-" + Long.toHexString(System.nanoTime());
        page.getByLabel("Identificador").fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear el borrador")).click();
        assertThat(page.locator("h1")).hasText("Tomas de agua de Tepehuanes");
        check("opendata-dataset-draft");
        // A link without a real address comes back with the problem linked to its field, which says it is invalid.
        page.locator("#link-resourceName").fill("Tomas en el portal del municipio");
        page.getByLabel("Dirección").fill("portal del municipio");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agregar el enlace")).click();
        page.locator(".error-summary a[href='#link-url']").click();
        assertThat(page.locator("#link-url")).isFocused();
        assertThat(page.locator("#link-url")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#link-url")).hasAttribute("aria-describedby", "link-url-error");
        assertThat(page.locator("#link-url-error")).isVisible();
        check("opendata-dataset-link-errors");

        Path csv = Files.createTempFile("tomas", ".csv");
        Files.write(csv, ("toma;clave_inegi_localidad;consumo_m3;alta\nT-1;100350001;12.5;2025-01-10\n"
                + "T-2;100350001;n/d;10/02/2025\nT-3;100350015;8;2025-03-01\n").getBytes(StandardCharsets.UTF_8));
        page.getByLabel("Archivo", new Page.GetByLabelOptions().setExact(true)).setInputFiles(csv);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subir y revisar")).click();
        assertThat(page.locator("#quality-heading")).isVisible();
        assertThat(page.getByText("punto y coma (;)")).isVisible();
        assertThat(page.getByText("Fechas que no están en formato ISO 8601 (AAAA-MM-DD)")).isVisible();
        check("opendata-resource-report");
        page.getByLabel("Qué significa").nth(0).fill("Número de la toma");
        page.getByLabel("Qué significa").nth(1).fill("Clave de la localidad (INEGI)");
        page.getByLabel("Qué significa").nth(2).fill("Consumo del mes");
        page.getByLabel("Unidad").nth(2).fill("metros cúbicos");
        page.getByLabel("Qué significa").nth(3).fill("Fecha de alta de la toma");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar el diccionario")).click();
        assertThat(page.getByText("Se guardó el diccionario de datos.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar el conjunto de datos")).click();
        assertThat(page.getByText("El conjunto de datos se publicó.")).isVisible();
        check("opendata-dataset-published");
        // it is in the catalog at once: its page under /datos, CKAN's package_search, the DCAT catalog, data.json
        open("/datos?q=tomas");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tomas de agua de Tepehuanes"))
                .first()).isVisible();
        var search = page.request().get(url("/api/3/action/package_search?fq=name:" + name));
        org.assertj.core.api.Assertions.assertThat(search.text()).containsPattern("\"count\"\\s*:\\s*1\\b")
                .contains("\"" + name + "\"");
        org.assertj.core.api.Assertions.assertThat(page.request().get(url("/catalog.ttl?fq=name:" + name)).text())
                .contains("/datos/" + name);
        org.assertj.core.api.Assertions.assertThat(page.request().get(url("/data.json")).text())
                .contains("/datos/" + name);
        open("/datos/publicar/" + name);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(csv.getFileName().toString())).click();
        Path second = Files.createTempFile("tomas-marzo", ".csv");
        Files.write(second, "toma;clave_inegi_localidad;consumo_m3;alta\nT-1;100350001;12.5;2025-01-10\n"
                .getBytes(StandardCharsets.UTF_8));
        page.getByLabel("Archivo nuevo").setInputFiles(second);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subir la versión nueva")).click();
        assertThat(page.getByText("Se subió la versión nueva; la anterior sigue disponible.")).isVisible();

        open("/datos/" + name + "/recursos/" + page.url().replaceAll(".*/recursos/([^/?#]+).*", "$1"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(csv.getFileName().toString())))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(second.getFileName().toString()))
                .first()).isVisible();
        check("opendata-resource-public");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ver la revisión")).last().click();
        assertThat(page.locator("h1")).containsText("versión 1");
        check("opendata-quality-public");
    }
}
