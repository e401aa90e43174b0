package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The language switch: a plain link that works without JavaScript and is remembered. */
class LanguageBrowserTest extends BrowserTest {

    @Test
    void switchingToEnglishAndBack() {
        open("/jurisdicciones/durango");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Guarantor authority"))).hasCount(0);
        assertThat(page.getByText("Guarantor authority").first()).isVisible();
        // On a phone the sections are one link away: «Menu» leads to them, at the foot of the page.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Menu").setExact(true)).click();
        assertThat(page.getByLabel("All sections").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Jurisdictions"))).isVisible();
        assertAccessible();

        page.getByLabel("All sections").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("History")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Public history");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "es-MX");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Historial público");
    }
}
