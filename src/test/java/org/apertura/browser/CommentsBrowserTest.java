package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.comments.DiscussionComment;
import org.apertura.comments.DiscussionService;
import org.apertura.community.CommunityService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.participation.Debate;
import org.apertura.participation.DebateService;
import org.apertura.participation.ParticipationFixtures;
import org.apertura.participation.ParticipationService;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Comments in the browser (issue 21, ADR 0067), on a phone and a laptop with axe: on a commitment, a neighbour
 * replies under an official answer and votes a comment up and then down; in a debate, a neighbour argues for, replies
 * to an argument and votes it.
 */
class CommentsBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ParticipationService service;
    @Autowired
    ActingAs actingAs;
    @Autowired
    DebateService debates;
    @Autowired
    DiscussionService discussions;
    @Autowired
    PublicItems items;
    @Autowired
    CommunityService community;

    private PublicItem demoCommitment(String code) {
        return items.get("commitment", org.apertura.actionplan.PlanFixturesAccess.demoCommitment(plans, code).getId()
                .toString());
    }

    @Test
    void aNeighbourRepliesUnderAnOfficialAnswerAndVotesOnACommitment() {
        PublicItem item = demoCommitment("DGO-02");
        Account asker = TestAccounts.person(accounts, "Persona que pregunta");
        Account liaison = TestAccounts.person(accounts, "Enlace que contesta");
        SystemActor.run(() -> accounts.grant(liaison.getId(), Role.LIAISON, item.institutionSlug(), null));
        String nick = "vecina" + asker.getId();
        DiscussionComment[] asked = new DiscussionComment[1];
        actingAs.run(asker.getId(), () -> {
            community.choose(nick, false, false);
            asked[0] = discussions.post("commitment", item.id(), null, "¿Dónde se publica el avance de las obras?");
        });
        actingAs.run(liaison.getId(), () -> discussions.post("commitment", item.id(), asked[0].getId(),
                "En esta página, cada mes, con su evidencia."));
        Account neighbour = TestAccounts.person(accounts, "Vecino que vota");

        open(item.path() + "#comentarios");
        assertThat(page.getByText("Respuesta oficial")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(nick))).isVisible();
        checkPage("discussion-commitment-visitor");

        signIn(neighbour.getEmail(), TestAccounts.PASSWORD);
        open(item.path() + "#comentarios");
        Locator first = page.locator("#comentario-" + asked[0].getId());
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Votar a favor del comentario de "
                + nick)).click();
        assertThat(page.getByText("Su voto se registró.")).isVisible();
        first = page.locator("#comentario-" + asked[0].getId());
        assertThat(first.getByText("1 a favor · 0 en contra")).isVisible();
        assertThat(first.getByText("Usted votó a favor.")).isVisible();
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Votar en contra del comentario de "
                + nick)).click();
        first = page.locator("#comentario-" + asked[0].getId());
        assertThat(first.getByText("0 a favor · 1 en contra")).isVisible();

        first.locator("summary", new Locator.LocatorOptions().setHasText("Responder")).click();
        first.getByLabel("Su respuesta a " + nick).fill("Gracias, yo también lo buscaba.");
        click("Publicar la respuesta");
        assertThat(page.getByText("Su comentario se publicó.")).isVisible();
        assertThat(page.getByText("Gracias, yo también lo buscaba.")).isVisible();
        checkPage("discussion-commitment-replied");

        page.getByLabel("Su comentario").fill("   ");
        page.getByLabel("Su comentario").evaluate("e => e.removeAttribute('required')");
        click("Publicar el comentario");
        // The refusal links to the comment field, which says it is invalid and is described by its message.
        Locator bodyLink = page.locator(".error-summary a[href='#discussion-body']");
        assertThat(bodyLink).containsText("Este dato es obligatorio");
        Locator body = page.getByLabel("Su comentario");
        assertThat(body).hasAttribute("aria-invalid", "true");
        assertThat(body).hasAccessibleDescription(java.util.regex.Pattern.compile(
                "Se publica con su apodo.*Este dato es obligatorio"));
        checkPage("discussion-commitment-refused");
        bodyLink.click();
        assertThat(page.locator(":target")).hasAccessibleName("Su comentario");
    }

    @Test
    void aNeighbourArguesRepliesAndVotesInADebate() {
        ParticipationFixtures.Open open = ParticipationFixtures.open(secretariat, plans, service);
        LocalDate day = service.today();
        Debate[] debate = new Debate[1];
        SystemActor.run(() -> debate[0] = debates.open(open.slug(), new Debate.Terms("¿Mercado los domingos?",
                "Un tianguis en la plaza los domingos.", day.minusDays(1), day.plusDays(5))));
        Account first = TestAccounts.person(accounts, "Comerciante del centro");
        actingAs.run(first.getId(), () -> discussions.post("pd-debate", debate[0].getId().toString(), null, "AGAINST",
                "El ruido molesta a los vecinos."));
        Account neighbour = TestAccounts.person(accounts, "Vecina que debate");
        String page_ = "/presupuestos-participativos/" + open.slug() + "/debates/" + debate[0].getNumber();

        signIn(neighbour.getEmail(), TestAccounts.PASSWORD);
        open(page_);
        assertThat(page.locator(".comment .badge.status-bad").getByText("En contra")).isVisible();
        page.locator("fieldset.stance").getByText("A favor", new Locator.GetByTextOptions().setExact(true)).click();
        page.getByLabel("Su comentario").fill("Da vida a la plaza y ayuda a los productores.");
        click("Publicar el comentario");
        assertThat(page.getByText("Su comentario se publicó.")).isVisible();
        assertThat(page.getByText("Argumentos a favor: 1. En contra: 1.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Votar a favor del comentario de "
                + "Participante")).first().click();
        assertThat(page.getByText("Su voto se registró.")).isVisible();
        assertThat(page.getByText("1 a favor · 0 en contra")).isVisible();
        page.locator("summary", new Page.LocatorOptions().setHasText("Responder")).first().click();
        page.getByLabel("Su respuesta a Participante").first().fill("Se puede cerrar a las dos de la tarde.");
        click("Publicar la respuesta");
        assertThat(page.getByText("Se puede cerrar a las dos de la tarde.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Seguir"))).isVisible();
        checkPage("discussion-debate");
    }
}
