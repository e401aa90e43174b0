package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Someone from another government compiles their OCDS releases on a phone: finds the tool from the footer,
 * uploads a file, downloads the record package; a broken file is explained next to the field.
 */
class ContractingToolBrowserTest extends BrowserTest {

    @Test
    void aVisitorUploadsReleasesAndDownloadsTheRecordPackage() throws Exception {
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Herramientas de contrataciones abiertas (OCDS)"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Herramientas de contrataciones abiertas");
        assertAccessible();
        assertFitsThePhone();
        screenshot("contracting-tools-360");
        page.setViewportSize(1280, 800);
        screenshot("contracting-tools-1280");
        page.setViewportSize(360, 740);

        Path releases = Files.createTempFile("entregas", ".jsonl");
        Files.write(releases, org.apertura.contracting.CompileToolAccess.fictionalExampleLines());
        page.getByLabel("Archivo con las entregas").setInputFiles(releases);
        page.getByLabel("Incluir también la versión con historial", new Page.GetByLabelOptions().setExact(false)).check();
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Compilar y descargar")).click());
        assertThat(download.suggestedFilename()).isEqualTo("registros-ocds.json");
        String body = Files.readString(download.path());
        assertThat(body).contains("\"ocid\":\"ocds-213czf-000-00001\"").contains("\"compiledRelease\"")
                .contains("\"versionedRelease\"");

        Path broken = Files.createTempFile("rota", ".json");
        Files.writeString(broken, "{\"version\":\"1.1\",\"releases\":[{\"ocid\":");
        page.getByLabel("Archivo con las entregas").setInputFiles(broken);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compilar y descargar")).click();
        assertThat(page.locator(".error-summary")).containsText("El JSON no es válido en la línea 1, columna");
        assertThat(page.locator("#archivo-error")).isVisible();
        assertAccessible();
        assertFitsThePhone();
        screenshot("contracting-tools-error-360");
    }
}
