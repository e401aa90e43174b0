package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The request's new acts in the browser: a unit registers a request that arrived by post a month ago and its page
 * says it was registered after the term of art. 125; the unit asks a partial clarification (art. 130 ¶3) with fewer
 * days than the law's ten; each page checked with axe-core, with screenshots at 360 and 1280 px.
 */
class RequestActsBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccessRequestService service;

    @Test
    void aLateRegistrationIsFlaggedAndAPartialClarificationSaysWhatStands() {
        Account unit = TestAccounts.person(accounts, "Unidad de Transparencia de Salud");
        SystemActor.run(() -> accounts.grant(unit.getId(), Role.TRANSPARENCY_UNIT, "poder-ejecutivo-durango", null));
        signIn(unit.getEmail(), TestAccounts.PASSWORD);
        open("/unidad/poder-ejecutivo-durango/registrar");
        page.getByLabel("Correo postal o mensajería").check();
        page.getByLabel("Fecha de recepción").fill(service.today().minusDays(30).toString());
        page.getByLabel("Qué información busca").fill("Contratos de mantenimiento de los hospitales generales en 2026.");
        page.getByLabel("Copia simple").check();
        page.getByLabel("En los estrados de la Unidad de Transparencia").check();
        assertThat(page.getByText("La ley da 5 días hábiles desde entonces para registrarla")).isVisible();
        checkPage("request-register");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar y emitir el acuse")).click();
        String folio = page.locator("h2").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Folio"))
                .first().textContent().replace("Folio", "").strip();
        assertThat(folio).startsWith("poder-ejecutivo-durango-");

        open("/solicitudes/" + folio);
        assertThat(page.getByText("Se registró después del plazo para registrarla").first()).isVisible();
        assertThat(page.getByText("La unidad registró la solicitud después del plazo").first()).isVisible();
        checkPage("request-registered-late");

        // A request that arrived today may still be clarified (art. 130 ¶1: within five days of its receipt).
        open("/unidad/poder-ejecutivo-durango/registrar");
        page.getByLabel("En persona, en la Unidad de Transparencia").check();
        page.getByLabel("Qué información busca").fill("Contratos de limpieza de los hospitales y sus anexos técnicos.");
        page.getByLabel("Copia simple").check();
        page.getByLabel("En los estrados de la Unidad de Transparencia").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar y emitir el acuse")).click();
        String today = page.locator("h2").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Folio"))
                .first().textContent().replace("Folio", "").strip();
        open("/solicitudes/" + today);
        assertThat(page.getByText("Se registró después del plazo")).hasCount(0);
        page.getByLabel("Pedir una aclaración (una sola vez, dentro de los primeros días)")
                .fill("¿De qué hospitales quiere los contratos?");
        page.getByLabel("Días hábiles para aclarar (opcional)").fill("5");
        page.getByLabel("Solo una parte de la solicitud necesita aclaración").check();
        checkPage("request-partial-clarification-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pedir la aclaración")).click();
        assertThat(page.getByText("el plazo de respuesta quedó detenido")).isVisible();
        assertThat(page.getByText("La aclaración pedida es parcial").first()).isVisible();
        assertThat(page.getByText("La unidad pidió aclarar una parte de la solicitud").first()).isVisible();
        checkPage("request-partial-clarification");
    }

    @Test
    void theIndexOfReservedFilesListsTheDemosReservesWithTheirEnd() {
        open("/solicitudes/reservados");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Índice de expedientes clasificados como reservados"))).isVisible();
        assertThat(page.getByText("Programa de despliegue operativo: rutas y horarios de patrullaje").first()).isVisible();
        assertThat(page.getByText("Art. 112, fracción V").first()).isVisible();
        checkPage("reserved-index");
        page.getByLabel("Semestre").fill("2026-9");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ver el semestre")).click();
        assertThat(page.getByText("Escriba el semestre como año y 1 o 2").first()).isVisible();
        assertAccessible();
    }
}
