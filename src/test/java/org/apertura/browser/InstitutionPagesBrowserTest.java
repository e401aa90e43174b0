package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * An institution's own page, reached wherever the institution is named: who it is, how to ask it, its requests
 * and how it answers them, the commitments it leads and the feedback it receives — on a phone, in both
 * languages, passing axe-core.
 */
class InstitutionPagesBrowserTest extends BrowserTest {

    @Test
    void theDirectoryLeadsToAnInstitutionsPageWithItsRequestsCommitmentsAndFeedback() {
        open("/jurisdicciones/durango");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Poder Ejecutivo del Estado de Durango").setExact(true))
                .click();
        page.waitForURL(url("/instituciones/poder-ejecutivo-durango"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Poder Ejecutivo del Estado de Durango");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Solicitudes de acceso a la información")))
                .isVisible();
        assertThat(page.getByText("Recibidas", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Compromisos que encabeza")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DGO-01 Compras públicas abiertas")))
                .hasAttribute("href", java.util.regex.Pattern.compile("/compromisos/\\d+"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Opiniones sobre lo que le toca")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contrataciones que publicó")))
                .isVisible();
        assertThat(page.getByText("Procesos de contratación", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertAccessible();
        assertFitsThePhone();
        screenshot("institution/poder-ejecutivo-durango");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hacer una solicitud de información a esta institución"))
                .click();
        page.waitForURL(url("/solicitudes/nueva?institucion=poder-ejecutivo-durango"));

        open("/instituciones/poder-ejecutivo-durango?lang=en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Commitments it leads"))).isVisible();
        assertThat(page.getByText("Executive Branch").or(page.getByText("Poder Ejecutivo")).first()).isVisible();
        assertAccessible();
    }

    @Test
    void aCommitmentLinksToTheInstitutionThatLeadsIt() {
        open("/instituciones/poder-ejecutivo-durango");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DGO-01 Compras públicas abiertas")).click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/compromisos/\\d+$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Poder Ejecutivo del Estado de Durango").setExact(true))
                .first().click();
        page.waitForURL(url("/instituciones/poder-ejecutivo-durango"));
    }

    @Test
    void anUnknownInstitutionIsNotFound() {
        Page.NavigateOptions options = new Page.NavigateOptions();
        com.microsoft.playwright.Response response = page.navigate(url("/instituciones/no-existe"), options);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
    }
}
