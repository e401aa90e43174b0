package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.cocreation.CocreationFixtures;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Proposal;
import org.apertura.community.CommunityService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The community pages in the browser: a person chooses a nickname and their notice settings, another follows them
 * and sees the notice of their next proposal in the header; an author appeals a hidden comment and another
 * coordinator restores it; a coordinator writes, previews and sends a newsletter, and its link unsubscribes without
 * signing in. Each page passes axe at 360 and 1280 px.
 */
class CommunityBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    CocreationService cocreation;
    @Autowired
    org.apertura.comments.DiscussionService discussions;
    @Autowired
    CommunityService community;
    @Autowired
    ActingAs actingAs;
    @Autowired
    MailOutbox outbox;

    @Test
    void aProfileSettingsAndFollowingAPerson() {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, cocreation, 10);
        Account author = TestAccounts.person(accounts, "Marisol Contreras Ibarra");
        Account fan = TestAccounts.person(accounts, "Vecino curioso");
        CocreationFixtures.proposed(actingAs, cocreation, open, author, "Techado para la cancha de Valle del Guadiana");
        String nick = "marisol" + author.getId();

        signIn(author);
        open("/cuenta");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mi perfil público y boletín")).first().click();
        page.getByLabel("Apodo público (opcional)").fill("no vale");
        click("Guardar");
        assertThat(page.getByText("El apodo debe tener de 3 a 30")).isVisible();
        page.getByLabel("Apodo público (opcional)").fill(nick);
        page.getByLabel("Quiero recibir el boletín por correo").check();
        click("Guardar");
        assertThat(page.getByText("Se guardaron sus opciones de perfil y boletín.")).isVisible();
        checkPage("community-my-profile");
        open("/cuenta/notificaciones");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Respuesta a lo que escribió"))
                .getByLabel("Aquí y en un resumen diario por correo").check();
        click("Guardar mis ajustes");
        assertThat(page.getByText("Se guardaron sus ajustes de avisos.")).isVisible();
        checkPage("community-notice-settings");
        signOut();

        signIn(fan);
        open("/personas/" + nick);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(nick))).isVisible();
        assertThat(page.getByText("Techado para la cancha de Valle del Guadiana")).isVisible();
        assertThat(page.getByText("Contreras")).hasCount(0);
        assertThat(page.getByText("Esta persona no muestra sus apoyos.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        click("Seguir a esta persona");
        assertThat(page.getByText("1 seguidores · sigue a 0")).isVisible();
        checkPage("community-profile");

        CocreationFixtures.proposed(actingAs, cocreation, open, author, "Árboles en la calzada Domingo Arrieta");
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notificaciones (1 sin leer)")).click();
        assertThat(page.getByText("Publicación de una persona que sigue").first()).isVisible();
        checkPage("community-notices");
        click("Árboles en la calzada Domingo Arrieta");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Árboles en la calzada Domingo Arrieta"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notificaciones").setExact(true)))
                .isVisible();

        // following a call from its page
        open("/convocatorias/" + open.call().getSlug());
        click("Seguir: recibir avisos de sus cambios");
        assertThat(page.getByText("1 persona lo sigue (nadie ve quiénes).")).isVisible();
        assertAccessible();
    }

    @Test
    void anAppealDecidedByAnotherModerator() {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, cocreation, 10);
        Account author = TestAccounts.person(accounts, "Autor que apela");
        Account hider = CocreationFixtures.coordinator(accounts, open, "Coordinadora que ocultó");
        Account reviewer = CocreationFixtures.coordinator(accounts, open, "Coordinador que revisa");
        Proposal proposal = CocreationFixtures.proposed(actingAs, cocreation, open, author,
                "Tianguis en la colonia Jalisco");
        CocreationFixtures.hidden(actingAs, discussions, proposal, author,
                "El tianguis se pone en la calle Nogal los domingos.", hider, "Parece señalar un domicilio particular.");

        signIn(author);
        open("/cuenta/apelaciones");
        assertThat(page.getByText("Se ocultó por esta razón: Parece señalar un domicilio particular.")).isVisible();
        click("Pedir la revisión");
        assertThat(page.getByText("Escriba por qué pide la revisión")).isVisible();
        page.getByLabel("Por qué pide que se revise (hasta 1000 caracteres)")
                .fill("Es una calle donde se pone el tianguis, no un domicilio.");
        click("Pedir la revisión");
        assertThat(page.getByText("Su apelación espera una decisión.")).isVisible();
        checkPage("community-my-appeals");
        signOut();

        signIn(reviewer);
        open("/cuenta");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Apelaciones de moderación por decidir")).click();
        assertThat(page.getByText("Lo que dice quien apela: Es una calle donde se pone el tianguis, no un domicilio."))
                .isVisible();
        checkPage("community-appeals-queue");
        page.getByLabel("Razón pública de la decisión (hasta 500 caracteres)")
                .fill("Es un lugar público; el comentario no da datos personales.");
        click("Volver a mostrarlo");
        assertThat(page.getByText("El contenido se volvió a mostrar; la decisión es pública.")).isVisible();
        open("/propuestas/" + proposal.getId());
        assertThat(page.getByText("El tianguis se pone en la calle Nogal los domingos.")).isVisible();
    }

    @Test
    void aNewsletterWrittenPreviewedSentAndUnsubscribed() {
        Account editor = TestAccounts.person(accounts, "Coordinación de boletines");
        String body = org.apertura.actionplan.PlanFixturesAccess.secretariatWithAgreements(secretariat);
        SystemActor.run(() -> accounts.grant(editor.getId(), Role.COORDINATOR, body, null));
        Account reader = TestAccounts.person(accounts, "Suscriptora");
        actingAs.run(reader.getId(), () -> community.choose(null, false, true));

        signIn(editor);
        open("/cuenta");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Boletín a quienes lo pidieron")).click();
        page.getByLabel("Asunto en español").fill("Abrió el presupuesto participativo");
        click("Guardar y ver la vista previa");
        assertThat(page.getByText("Escriba el asunto (hasta 200 caracteres) y el texto")).isVisible();
        checkPage("community-newsletter-desk");
        page.getByLabel("Asunto en español").fill("Abrió el presupuesto participativo");
        page.getByLabel("Texto en español").fill("Proponga proyectos para su colonia hasta el 31 de enero.");
        page.getByLabel("Asunto en inglés").fill("The participatory budget is open");
        page.getByLabel("Texto en inglés").fill("Propose projects for your neighbourhood until 31 January.");
        click("Guardar y ver la vista previa");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Vista previa: Abrió el presupuesto participativo"))).isVisible();
        checkPage("community-newsletter-preview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Enviarlo a \\d+ personas$"))).click();
        assertThat(page.getByText("El boletín se envió.")).isVisible();
        signOut();

        List<OutboxMail> mails = outbox.messagesTo(reader.getEmail());
        String mail = mails.get(mails.size() - 1).getBody();
        String link = mail.substring(mail.indexOf("/boletin/baja?t=")).strip();
        open(link);
        assertThat(page.getByText("No necesita entrar a su cuenta.")).isVisible();
        checkPage("community-unsubscribe");
        click("Dejar de recibir el boletín");
        assertThat(page.getByText("Listo: ya no recibirá el boletín.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertAccessible();
        Locator none = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Salir"));
        assertThat(none).hasCount(0);
    }
}
