package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The privacy notices, terms of use, accessibility statement and help page: reached from the footer of any
 * page, whole on a 360 px phone, without JavaScript, passing axe-core, in Spanish and in English; and the
 * icons the layout links in its head are served.
 */
class LegalPagesBrowserTest extends BrowserTest {

    /** Footer link, address, main heading. */
    private static final List<String[]> PAGES = List.of(
            new String[] {"Aviso de privacidad", "/privacidad", "Aviso de privacidad simplificado"},
            new String[] {"Términos de uso", "/terminos", "Términos de uso"},
            new String[] {"Accesibilidad", "/accesibilidad", "Declaración de accesibilidad"},
            new String[] {"Ayuda y contacto", "/ayuda", "Ayuda y contacto"});

    @Test
    void eachPageIsReachedFromTheFooterAndReadsWholeOnAPhoneWithoutJavaScript() {
        com.microsoft.playwright.BrowserContext noScript = newContextWithoutJavaScript();
        try {
            Page plain = noScript.newPage();
            for (String[] p : PAGES) {
                plain.navigate(url("/jurisdicciones"));
                plain.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(p[0]).setExact(true))
                        .click();
                plain.waitForURL(url(p[1]));
                assertThat(plain.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(p[2]);
                assertThat(plain.locator("html")).hasAttribute("lang", "es-MX");
            }
        } finally {
            noScript.close();
        }
        for (String[] p : PAGES) {
            open(p[1]);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(p[2]);
            assertAccessible();
            assertFitsThePhone();
            screenshot("legal" + p[1]);
        }
    }

    @Test
    void theApiPageIsReachedFromTheMenuAndOpensAnOperationWithoutJavaScript() {
        com.microsoft.playwright.BrowserContext noScript = newContextWithoutJavaScript();
        try {
            Page plain = noScript.newPage();
            plain.navigate(url("/"));
            // On a phone the header is compact: «Menú» leads to every section, listed at the foot of the page.
            assertThat(plain.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("API")
                    .setExact(true))).isHidden();
            plain.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Menú")).click();
            plain.locator("#menu").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("API").setExact(true))
                    .click();
            plain.waitForURL(url("/desarrolladores"));
            assertThat(plain.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("API abierta");
            // A folded operation opens without JavaScript and shows its parameters.
            Locator search = plain.locator("details.api-operation").filter(new Locator.FilterOptions()
                    .setHasText("/api/v1/requests")).first();
            search.locator("summary").click();
            assertThat(search.getByRole(AriaRole.TABLE).first()).isVisible();
        } finally {
            noScript.close();
        }
        open("/desarrolladores");
        page.locator("details.api-operation").first().locator("summary").click();
        checkPage("api-page");
    }

    @Test
    void theIntegralNoticeIsLinkedFromTheSimplifiedOneAndSaysWhatIsNotConfigured() {
        open("/privacidad");
        assertThat(page.getByText("Pendiente: lo fija quien opera esta instancia de Apertura").first()).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("aviso de privacidad integral")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Aviso de privacidad integral");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cómo ejercer sus derechos ARCO")))
                .isVisible();
        assertAccessible();
        assertFitsThePhone();
        screenshot("legal/privacidad/integral");
    }

    @Test
    void theHelpPageLeadsToTheSitemapAndEveryPageReadsInEnglish() {
        open("/ayuda");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mapa del sitio (XML, para buscadores)")))
                .hasAttribute("href", "/sitemap.xml");
        for (String path : List.of("/privacidad", "/privacidad/integral", "/terminos", "/accesibilidad", "/ayuda")) {
            open(path + "?lang=en");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertAccessible();
            assertFitsThePhone();
        }
        open("/accesibilidad?lang=en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Accessibility statement");
        screenshot("legal/accesibilidad-en");
    }

    @Test
    void theSignUpFormSaysWhereThePrivacyNoticeIsBesideItsButton() {
        open("/registro");
        Locator note = page.locator("form .privacy-note");
        assertThat(note).containsText("Sus datos personales se tratan como explica el");
        note.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("aviso de privacidad")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Aviso de privacidad simplificado");
        open("/solicitudes/nueva");
        assertThat(page.locator("form .privacy-note")).isVisible();
        assertAccessible();
        assertFitsThePhone();
        screenshot("legal/solicitudes-nueva");
    }

    @Test
    void theIconsInTheHeadAreServed() {
        open("/");
        for (String selector : List.of("link[rel=icon][type='image/svg+xml']", "link[rel=icon][sizes='32x32']",
                "link[rel=apple-touch-icon]", "link[rel=manifest]")) {
            String href = page.locator(selector).getAttribute("href");
            var response = page.request().get(url(href));
            org.assertj.core.api.Assertions.assertThat(response.status()).as(href).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(response.body().length).as(href).isPositive();
        }
    }


}
