package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.appeal.AppealFixtures;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The appeal's new acts in the browser, without JavaScript needed: the appellant withdraws; the guarantor
 * discontinues another appeal on a ground of art. 159 (a missing ground refused next to its field); the unit asks
 * to extend compliance and the guarantor grants it. axe-core on each page, screenshots at 360 and 1280 px.
 */
class AppealActsBrowserTest extends BrowserTest {

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

    private String file(Account requester) {
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(),
                AppealFixtures.Requester.account(requester.getId()));
        signInAs(requester);
        open("/solicitudes/" + request + "/recurso");
        page.getByLabel("Fracción IV. La entrega de información incompleta.").check();
        page.getByLabel("Razones o motivos de inconformidad").fill("Faltan los anexos técnicos.");
        button("Presentar el recurso").click();
        return page.url().replaceAll(".*/recursos/([^/?#]+).*", "$1");
    }

    @Test
    void withdrawalSobreseimientoAndAComplianceExtension() {
        Account requester = TestAccounts.person(accounts, "Vecino Desistido");
        Account guarantor = TestAccounts.person(accounts, "Ponente Sobreseyente");
        Account unit = TestAccounts.person(accounts, "Unidad con Prórroga");
        SystemActor.run(() -> {
            accounts.grant(guarantor.getId(), Role.GUARANTOR, "idaip", null);
            accounts.grant(unit.getId(), Role.TRANSPARENCY_UNIT, "poder-ejecutivo-durango", null);
        });

        // Withdrawal (art. 159 fr. I).
        String first = file(requester);
        checkPage("appeal-withdraw-form");
        page.getByLabel("Motivo (opcional)").fill("Ya me entregaron los anexos.");
        button("Desistirme del recurso").click();
        assertThat(page.getByText("Desistido").first()).isVisible();
        assertThat(page.locator("#pasos")).containsText("Quien recurre se desistió");
        checkPage("appeal-withdrawn");

        // Sobreseimiento (art. 159 fr. III).
        String second = file(requester);
        signInAs(guarantor);
        open("/recursos/" + second);
        button("Admitir el recurso").click();
        page.getByLabel("Fundamentos y motivos del sobreseimiento").fill("El sujeto obligado entregó los anexos.");
        button("Sobreseer").click();
        assertThat(page.locator(".error-summary")).containsText("Este dato es obligatorio");
        assertThat(page.getByLabel("Fundamentos y motivos del sobreseimiento"))
                .hasValue("El sujeto obligado entregó los anexos.");
        checkPage("appeal-discontinue-refused");
        page.getByLabel("Causa de sobreseimiento (artículo 159)").selectOption("MOOT");
        button("Sobreseer").click();
        assertThat(page.locator("#pasos")).containsText("Recurso sobreseído");
        assertThat(page.locator("#pasos")).containsText("art. 159 fr. III");

        // A compliance extension (art. 191).
        String third = file(requester);
        signInAs(guarantor);
        open("/recursos/" + third);
        button("Admitir el recurso").click();
        // the admission's page has come back before the term is moved and the page read again
        assertThat(page.locator("#pasos")).containsText("Recurso admitido");
        fixtures.termPassed(third, "allegations_due");
        page.reload();
        page.getByLabel("Sentido de la resolución").selectOption("REVOKED");
        page.getByLabel("Texto de la resolución").fill("Se revoca: entregue los anexos.");
        button("Resolver").click();
        assertThat(page.locator("#pasos")).containsText("Recurso resuelto");
        signInAs(unit);
        open("/recursos/" + third);
        page.getByLabel("Días hábiles más que se piden").fill("5");
        page.getByLabel("Fundamentos y motivos de la solicitud").fill("Son miles de fojas por digitalizar.");
        checkPage("appeal-extension-ask");
        button("Pedir la ampliación del plazo para cumplir").click();
        assertThat(page.locator("#pasos")).containsText("La Unidad de Transparencia pidió ampliar el plazo para cumplir");
        signInAs(guarantor);
        open("/recursos/" + third);
        page.getByLabel("Se concede la ampliación").check();
        page.getByLabel("Fundamentos y motivos de la decisión").fill("Se justifica por el volumen.");
        checkPage("appeal-extension-decide");
        button("Decidir sobre la ampliación").click();
        assertThat(page.getByText("Concedida: 5 días hábiles más.")).isVisible();
        context.clearCookies();
        open("/recursos/" + third);
        checkPage("appeal-extension-granted");
        open("/recursos/" + first);
        assertThat(page.locator("#actuar")).hasCount(0);
    }
}
