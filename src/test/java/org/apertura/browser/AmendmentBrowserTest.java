package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Theme;
import org.apertura.cocreation.CocreationFixtures;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Proposal;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Amendments and similar proposals (issue 21, ADR 0065) in the browser, on a phone and a laptop with axe: a neighbour
 * amends someone's proposal, its author sees the word diff and accepts it; someone writing a new proposal finds a
 * similar one, with JavaScript (htmx, as they type) and without it (the button).
 */
class AmendmentBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    CocreationService service;
    @Autowired
    ActingAs actingAs;

    private void click(Page on, String button) {
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private Proposal proposal(CocreationFixtures.Open open, Account author) {
        Proposal[] p = new Proposal[1];
        actingAs.run(author.getId(), () -> p[0] = service.propose(open.call().getSlug(), new Proposal.Text(
                "Más participación ciudadana en el presupuesto", "Nadie pregunta a la colonia en qué gastar.",
                "Hacer una asamblea de participación en cada colonia antes de aprobar el presupuesto.",
                Set.of(Theme.C), null, null)));
        return p[0];
    }

    @Test
    void aNeighbourAmendsAProposalAndItsAuthorAcceptsIt() {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, service, 10);
        Account author = TestAccounts.person(accounts, "Autora Navegador Lozano");
        Account neighbour = TestAccounts.person(accounts, "Vecino Navegador Ruelas");
        Proposal proposal = proposal(open, author);

        signIn(neighbour.getEmail(), TestAccounts.PASSWORD);
        open("/propuestas/" + proposal.getId());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Proponer una enmienda")).click();
        page.getByLabel("Texto nuevo de la propuesta").fill("");
        click(page, "Enviar la enmienda");
        assertThat(page.getByText("Este dato es obligatorio", new Page.GetByTextOptions().setExact(false)).first())
                .isVisible();
        checkPage("amendment-form-errors");
        page.getByLabel("Texto nuevo de la propuesta").fill(
                "Hacer dos asambleas de participación en cada colonia antes de aprobar el presupuesto, con traducción.");
        page.getByLabel("Por qué propone este cambio").fill("Una sola asamblea no alcanza para toda la colonia.");
        click(page, "Enviar la enmienda");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Enmienda 1"))).isVisible();
        assertThat(page.getByText("Pendiente", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator("#enmiendas")).not().containsText("Ruelas");
        checkPage("amendment-proposed");

        context.clearCookies();
        signIn(author.getEmail(), TestAccounts.PASSWORD);
        open("/propuestas/" + proposal.getId() + "#enmiendas");
        assertThat(page.locator("#enmiendas ins").first()).containsText("dos");
        assertThat(page.locator("#enmiendas del").first()).containsText("una");
        checkPage("amendment-to-decide");
        click(page, "Aceptar la enmienda 1");
        assertThat(page.getByText("Aceptó la enmienda", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.locator("p", new Page.LocatorOptions().setHasText("Hacer dos asambleas")).first()).isVisible();
        page.getByText("Textos anteriores", new Page.GetByTextOptions().setExact(false)).first().click();
        assertThat(page.getByText("La reemplazó la enmienda 1")).isVisible();
        checkPage("amendment-accepted");
    }

    @Test
    void someoneWritingAProposalFindsASimilarOneWithAndWithoutJavaScript() {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, service, 10);
        Account author = TestAccounts.person(accounts, "Autora Parecida Salas");
        proposal(open, author);
        Account writer = TestAccounts.person(accounts, "Escritor Parecido Meza");
        String form = "/convocatorias/" + open.call().getSlug() + "/propuestas/nueva";

        // With JavaScript: the results come as they type (htmx), in a live region.
        signIn(writer.getEmail(), TestAccounts.PASSWORD);
        open(form);
        page.getByLabel("Título").fill("Participacion de la colonia en el presupuesto");
        assertThat(page.locator("#parecidas-resultados")).containsText("Más participación ciudadana en el presupuesto");
        checkPage("similar-proposals-htmx");

        // Without JavaScript: the button re-renders the form with what they typed and the results.
        try (BrowserContext plain = newContextWithoutJavaScript()) {
            Page p = plain.newPage();
            p.navigate(url("/entrar"));
            p.getByLabel("Correo electrónico").fill(writer.getEmail());
            p.getByLabel("Contraseña").fill(TestAccounts.PASSWORD);
            click(p, "Entrar");
            p.navigate(url(form));
            p.getByLabel("Título").fill("Participacion de la colonia en el presupuesto");
            p.getByLabel("Problema", new Page.GetByLabelOptions().setExact(false)).first().fill("Nadie nos pregunta.");
            click(p, "Buscar propuestas parecidas");
            assertThat(p.locator("#parecidas-resultados")).containsText("Más participación ciudadana en el presupuesto");
            assertThat(p.getByLabel("Título")).hasValue("Participacion de la colonia en el presupuesto");
            assertThat(p.locator("#parecidas-resultados")).not().containsText("Salas");
            if (SCREENSHOTS) {
                p.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(java.nio.file.Path.of("target", "screenshots", "similar-proposals-nojs-360.png")));
            }
        }
    }
}
