package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.cocreation.CocreationFixtures;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Proposal;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Moderation in the browser: a person reports a comment with a reason; the coordinator finds the queue from their
 * account page, reads the comment and the reason (never who reported), hides one with a public reason and keeps
 * another visible; the proposal shows the public trace.
 */
class ModerationBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    CocreationService service;
    @Autowired
    org.apertura.comments.DiscussionService discussions;
    @Autowired
    ActingAs actingAs;

    @Test
    void aReportedCommentReachesTheQueueAndTheModeratorDecides() {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, service, 10);
        Account author = TestAccounts.person(accounts, "Vecino enojado");
        Account reporter = TestAccounts.person(accounts, "Vecina que reporta");
        Account moderator = TestAccounts.person(accounts, "Coordinadora que modera");
        SystemActor.run(() -> accounts.grant(moderator.getId(), Role.COORDINATOR, open.body(), null));
        Proposal[] p = new Proposal[1];
        actingAs.run(author.getId(), () -> {
            p[0] = service.propose(open.call().getSlug(), CocreationFixtures.text("Luminarias en la colonia Centro"));
            CocreationFixtures.comment(discussions, p[0], null, "Quien propuso esto no sabe nada, que se calle.");
            CocreationFixtures.comment(discussions, p[0], null, "Las luminarias de la calle Negrete llevan un año apagadas.");
        });

        // A person reports a comment, with a reason, from the proposal's page.
        signIn(reporter.getEmail(), TestAccounts.PASSWORD);
        open("/propuestas/" + p[0].getId());
        Locator rude = page.locator("li").filter(new Locator.FilterOptions()
                .setHasText("Quien propuso esto no sabe nada")).first();
        rude.getByText("Reportar", new Locator.GetByTextOptions().setExact(true)).click();
        rude.getByLabel("Motivo del reporte (opcional)").fill("Agrede a quien propuso");
        rude.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enviar el reporte")).click();
        Locator apagadas = page.locator("li").filter(new Locator.FilterOptions()
                .setHasText("llevan un año apagadas")).first();
        apagadas.getByText("Reportar", new Locator.GetByTextOptions().setExact(true)).click();
        apagadas.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enviar el reporte")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salir")).click();

        // The coordinator's account page leads to the queue.
        signIn(moderator.getEmail(), TestAccounts.PASSWORD);
        open("/cuenta");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Su trabajo"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comentarios reportados por revisar")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Comentarios reportados").setExact(true)))
                .isVisible();
        assertThat(page.getByText("Agrede a quien propuso")).isVisible();
        assertThat(page.getByText("Vecina que reporta")).hasCount(0);
        checkPage("moderation-queue");

        Locator rudeCard = page.locator("li").filter(new Locator.FilterOptions().setHasText("que se calle")).first();
        rudeCard.getByLabel("Motivo público").fill("Agrede a una persona en lugar de discutir la propuesta.");
        rudeCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ocultar el comentario")).click();
        assertThat(page.getByText("El comentario se ocultó; su motivo es público.")).isVisible();
        assertThat(page.getByText("que se calle")).hasCount(0);

        page.locator("li").filter(new Locator.FilterOptions().setHasText("llevan un año apagadas")).first()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mantenerlo visible")).click();
        assertThat(page.getByText("El comentario sigue visible y salió de la lista de reportados.")).isVisible();
        assertThat(page.getByText("No hay comentarios por revisar.")).isVisible();
        assertAccessible();

        open("/propuestas/" + p[0].getId());
        assertThat(page.getByText("Agrede a una persona en lugar de discutir la propuesta.").first()).isVisible();
        assertThat(page.getByText("Las luminarias de la calle Negrete llevan un año apagadas.")).isVisible();
        assertThat(page.getByText("que se calle")).hasCount(0);
        // the proposal's comments are the engine's panel: who hid and why, reports counted for the moderator
        assertThat(page.getByText("Comentario ocultado por Coordinadora que modera").first()).isVisible();
        page.locator("#comentarios").scrollIntoViewIfNeeded();
        checkPage("proposal-comments");
    }
}
