package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.PlanFixturesAccess;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a commitment's page a signed-in citizen answers "no" with a comment; the liaison of the lead institution
 * replies in public; the figures follow; a facilitator's incomplete entry is refused with its reasons.
 */
class FeedbackBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator section() {
        return page.locator("#opinion");
    }

    @Test
    void aCitizenSaysNoWithACommentAndTheLiaisonRepliesInPublic() {
        ActionPlan plan = PlanFixturesAccess.draftPlan(plans, PlanFixturesAccess.secretariatWithAgreements(secretariat));
        Commitment commitment = plans.commitments(plan).get(0);
        String path = "/compromisos/" + commitment.getId();
        Account citizen = TestAccounts.person(accounts, "Ciudadana en el navegador");
        Account liaison = TestAccounts.person(accounts, "Enlace de Tepehuanes (navegador)");
        SystemActor.run(() -> accounts.grant(liaison.getId(), Role.LIAISON, "ayuntamiento-tepehuanes", null));

        signIn(citizen.getEmail(), TestAccounts.PASSWORD);
        open(path);
        assertThat(section().getByText("¿Te fue útil esta información?")).isVisible();
        assertThat(section().getByText("Aún no hay comentarios.")).isVisible();
        assertAccessible();
        section().getByLabel("Comentario (opcional)").fill("No encuentro quién da seguimiento a este compromiso.");
        button("No").click();
        assertThat(section().getByText("Gracias. Su opinión quedó registrada.")).isVisible();
        assertThat(section().getByText("No encuentro quién da seguimiento a este compromiso.")).isVisible();
        assertThat(section().getByText("Un comentario espera respuesta pública.")).isVisible();
        assertThat(section().getByText("Su respuesta: no le fue útil. Puede cambiarla.")).isVisible();
        assertThat(section().locator("ul.figures").first()).containsText("0 % (0 de 1)");
        assertAccessible();
        assertFitsThePhone();
        button("Salir").click();

        signIn(liaison.getEmail(), TestAccounts.PASSWORD);
        open(path);
        section().getByText("Registrar una opinión recibida en persona o a distancia").click();
        button("Registrar opinión").click();
        assertThat(section().getByRole(AriaRole.ALERT)).containsText(
                "Elija el canal por el que se recibió: en persona o a distancia.");
        assertThat(section().getByRole(AriaRole.ALERT)).containsText(
                "Escriba la fecha en que se recibió la opinión (día, mes y año).");
        assertAccessible();
        section().getByLabel("Respuesta pública").fill("La Dirección de Planeación da seguimiento cada mes; "
                + "el avance se publica en esta página.");
        button("Publicar respuesta").click();
        assertThat(section().getByText("La respuesta quedó publicada.")).isVisible();
        assertThat(section().getByText("Respuesta de Enlace de Tepehuanes (navegador)", new Locator.GetByTextOptions()))
                .isVisible();
        assertThat(section().locator("ul.figures").first()).containsText("100 % (1 de 1)");
        assertThat(section().getByText("Espera respuesta pública")).hasCount(0);
        assertAccessible();
        assertFitsThePhone();

        open("/opiniones");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Opiniones y sus respuestas")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compromiso · C-1 Compromiso")))
                .isVisible();
        assertAccessible();
        assertFitsThePhone();
    }
}
