package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The home page tells what is happening: how requests are answered with the latest answers, how the
 * commitments are going, and what is open to take part in — each leading on, on a phone, in both languages.
 */
class HomePageBrowserTest extends BrowserTest {

    @Test
    void theHomePageTellsWhatIsHappeningAndLeadsOn() {
        open("/");
        Locator requests = page.locator("section").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Solicitudes de información").setExact(true))));
        assertThat(requests.getByText("Recibidas", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(requests.getByText("De las respondidas, a tiempo")).isVisible();
        Locator commitments = page.locator("section").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cómo van los compromisos"))));
        assertThat(commitments.getByText("Compromisos en los planes")).isVisible();
        // the first screen offers the three things people come to do
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Haga una pregunta")))
                .hasAttribute("href", "/solicitudes/nueva");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Proponga y apoye")))
                .hasAttribute("href", "/convocatorias");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Siga los compromisos")))
                .hasAttribute("href", "/ejercicios");
        assertAccessible();
        assertFitsThePhone();
        screenshot("home");

        String answer = requests.locator("ul.cards a").first().textContent();
        requests.locator("ul.cards a").first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/solicitudes/[^/]+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        assertThat(page.getByText(answer.strip()).first()).isVisible();

        open("/?lang=en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("How the commitments are going")))
                .isVisible();
        assertAccessible();
    }
}
