package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.appeal.AppealFixtures;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An appeal in the browser: the requester appeals an answered request; the guarantor admits it and, once the
 * allegations term has run, revokes the answer (a resolution without text is refused next to its field, with
 * the choice kept); the unit reports compliance; after the objection term the guarantor verifies it complied;
 * the public page shows every step, its basis and deadline, and nothing of who appealed.
 */
class AppealBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AppealFixtures fixtures;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void signInAs(Account account) {
        context.clearCookies();
        signIn(account.getEmail(), TestAccounts.PASSWORD);
    }

    private void check() {
        assertAccessible();
        assertFitsThePhone();
    }

    @Test
    void anAppealGoesFromFilingToVerifiedComplianceInTheBrowser() {
        Account requester = TestAccounts.person(accounts, "Vecina Seudónima");
        Account guarantor = TestAccounts.person(accounts, "Comisionada del IDAIP");
        Account unit = TestAccounts.person(accounts, "Unidad del Ejecutivo");
        SystemActor.run(() -> {
            accounts.grant(guarantor.getId(), Role.GUARANTOR, "idaip", null);
            accounts.grant(unit.getId(), Role.TRANSPARENCY_UNIT, "poder-ejecutivo-durango", null);
        });
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(),
                AppealFixtures.Requester.account(requester.getId()));

        signInAs(requester);
        open("/solicitudes/" + request + "/recurso");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Presentar un recurso de revisión")))
                .isVisible();
        check();
        page.getByLabel("Fracción IV. La entrega de información incompleta.").check();
        page.getByLabel("Fracción XII. La falta, deficiencia o insuficiencia de la fundamentación o motivación de la respuesta.")
                .check();
        page.getByLabel("Razones o motivos de inconformidad").fill("Faltan los anexos técnicos de los contratos.");
        button("Presentar el recurso").click();
        assertThat(page.getByText("El recurso quedó presentado. Guarde su folio.")).isVisible();
        String folio = page.url().replaceAll(".*/recursos/([^/?#]+).*", "$1");
        assertThat(folio).matches("rr-idaip-\\d{4}-\\d{4}");
        check();

        signInAs(guarantor);
        open("/garante/recursos");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(folio))).isVisible();
        check();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(folio)).click();
        check();
        button("Admitir el recurso").click();
        assertThat(page.getByText("Quedó registrado.")).isVisible();
        fixtures.termPassed(folio, "allegations_due");
        page.reload();
        page.getByLabel("Sentido de la resolución").selectOption("REVOKED");
        button("Resolver").click();
        assertThat(page.locator(".error-summary")).containsText("Este dato es obligatorio");
        assertThat(page.locator("#resolve-text-error")).isVisible();
        assertThat(page.getByLabel("Sentido de la resolución")).hasValue("REVOKED");
        check();
        page.getByLabel("Texto de la resolución").fill("Se revoca: entregue los anexos técnicos completos.");
        button("Resolver").click();
        assertThat(page.getByText("En cumplimiento")).isVisible();

        signInAs(unit);
        open("/recursos/" + folio);
        check();
        page.getByLabel("Cómo se cumplió la resolución").fill("Se entregaron los anexos técnicos por la plataforma.");
        button("Informar el cumplimiento").click();
        assertThat(page.getByText("Cumplimiento informado").first()).isVisible();

        fixtures.termPassed(folio, "objection_due");
        signInAs(guarantor);
        open("/recursos/" + folio);
        page.getByLabel("Se cumplió: acuerdo de cumplimiento y archivo").check();
        page.getByLabel("Fundamentos de la verificación").fill("Los anexos corresponden a lo ordenado.");
        check();
        button("Verificar el cumplimiento").click();
        assertThat(page.getByText("Cumplido y archivado")).isVisible();

        context.clearCookies();
        open("/recursos/" + folio);
        for (String step : new String[] {"Recurso presentado", "Recurso admitido", "Plazo para alegatos y pruebas",
                "Recurso resuelto", "Cumplimiento informado", "Acuerdo de cumplimiento: se archiva el expediente"}) {
            assertThat(page.locator("#pasos").getByText(step, new Locator.GetByTextOptions().setExact(true)).first())
                    .isVisible();
        }
        assertThat(page.locator("#pasos")).containsText("Fundamento: LGTAIP 2025 art. 148");
        assertThat(page.locator("#pasos")).containsText("Plazo: 40 días hábiles");
        assertThat(page.locator("#pasos")).containsText("Comisionada del IDAIP");
        String html = page.content();
        assertThat(html).doesNotContain("Vecina Seudónima").doesNotContain(requester.getEmail());
        assertThat(page.locator("#actuar")).hasCount(0);
        check();
        open("/recursos?etapa=COMPLIED");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(folio))).isVisible();
        check();
    }
}
