package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.participation.Debate;
import org.apertura.participation.DebateService;
import org.apertura.participation.ParticipationFixtures;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.ProblemSelection;
import org.apertura.participation.ProblemSelectionService;
import org.apertura.participation.VotingRule;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reports in debates and problem selection by dot voting in the browser (issue 21, ADR 0055), on a phone and a
 * laptop with axe: a neighbour reports an argument with a reason and a moderator hides it from the queue; the demo's
 * counted problem selection and the call it feeds; a verified voter spreads their dots, refused over the budget; a
 * coordinator turns a closed debate into a draft commitment and both pages link to each other (ADR 0081).
 */
class DebateReportsAndProblemsBrowserTest extends BrowserTest {

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
    org.apertura.comments.DiscussionService discussions;
    @Autowired
    ProblemSelectionService selections;
    @Autowired
    org.apertura.platform.time.Today today;

    @Test
    void aCoordinatorTurnsAClosedDebateIntoADraftCommitment() {
        ParticipationFixtures.Open open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK,
                null);
        LocalDate day = service.today();
        Debate debate = today.on(day.minusDays(10), () -> {
            Debate[] opened = new Debate[1];
            SystemActor.run(() -> opened[0] = debates.open(open.slug(), new Debate.Terms("¿Bebederos en el parque?",
                    "Instalar bebederos con filtro en los parques de la colonia.", day.minusDays(10),
                    day.minusDays(4))));
            return opened[0];
        });
        Account coordinator = ParticipationFixtures.coordinator(accounts, open, "Coordinadora en el navegador");
        String path = "/presupuestos-participativos/" + open.slug() + "/debates/" + debate.getNumber();

        signIn(coordinator);
        open(path);
        assertThat(page.getByLabel("Título del compromiso")).hasValue("¿Bebederos en el parque?");
        page.getByLabel("Clave del compromiso").fill("C-7");
        page.getByLabel("Institución responsable").selectOption("ayuntamiento-tepehuanes");
        checkPage("pd-to-commitment-form");
        click("Crear el borrador de compromiso");
        assertThat(page.getByText("Se creó el borrador de compromiso a partir del debate.")).isVisible();
        assertThat(page.getByText("Esta discusión dio origen al compromiso", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        checkPage("pd-to-commitment-done");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("C-7 · ¿Bebederos en el parque?"))
                .click();
        assertThat(page.getByText("Surgió de la discusión", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        checkPage("pd-commitment-origin");
    }

    @Test
    void aNeighbourReportsAnArgumentAndAModeratorHidesItFromTheQueue() {
        ParticipationFixtures.Open open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK,
                null);
        LocalDate day = service.today();
        Debate[] debate = new Debate[1];
        SystemActor.run(() -> debate[0] = debates.open(open.slug(), new Debate.Terms("¿Ciclovía en la avenida?",
                "Un carril para bicicletas en la avenida principal.", day, day.plusDays(5))));
        Account rude = TestAccounts.person(accounts, "Vecino Grosero");
        actingAs.run(rude.getId(), () -> discussions.post("pd-debate", debate[0].getId().toString(), null, "AGAINST",
                "Los ciclistas son unos estorbos."));
        Account reporter = TestAccounts.person(accounts, "Vecina que reporta");
        Account moderator = TestAccounts.person(accounts, "Moderador en el navegador");
        SystemActor.run(() -> accounts.grant(moderator.getId(), Role.STL_MEMBER, open.body(), Sector.GOVERNMENT));
        String base = "/presupuestos-participativos/" + open.slug();

        signIn(reporter.getEmail(), TestAccounts.PASSWORD);
        open(base + "/debates/" + debate[0].getNumber());
        com.microsoft.playwright.Locator argument = page.locator(".comment").first();
        argument.locator("summary", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Reportar"))
                .click();
        argument.getByLabel("Motivo del reporte (opcional)").fill("Insulta a quien usa bici.");
        checkPage("pd-report-form");
        argument.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Enviar el reporte")).click();
        assertThat(page.getByText("Gracias: la moderación revisará el comentario.")).isVisible();
        checkPage("pd-reported");

        context.clearCookies();
        signIn(moderator.getEmail(), TestAccounts.PASSWORD);
        open(base + "/moderacion");
        assertThat(page.getByText("No hay debates con reportes por resolver.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Ver los comentarios y argumentos reportados en la cola de moderación")).click();
        assertThat(page.getByText("Insulta a quien usa bici.")).isVisible();
        assertThat(page.getByText("Los ciclistas son unos estorbos.")).isVisible();
        checkPage("pd-report-queue");
        page.getByLabel("Motivo público").first().fill("Insulta a otras personas.");
        click("Ocultar el comentario");
        assertThat(page.getByText("El comentario se ocultó; su motivo es público.")).isVisible();
        open(base + "/debates/" + debate[0].getNumber());
        assertThat(page.getByText("Comentario ocultado por moderación: Insulta a otras personas.")).isVisible();
    }

    @Test
    void aCoordinatorSetsUpAProblemSelectionOnItsFormAfterARefusedList() {
        ParticipationFixtures.Open open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK,
                null);
        Account coordinator = ParticipationFixtures.coordinator(accounts, open, "Coordinadora de problemas");
        signIn(coordinator);
        open("/presupuestos-participativos/" + open.slug() + "/problemas/nueva");
        checkPage("pps-form");
        page.getByLabel("Título", new Page.GetByLabelOptions().setExact(true)).fill("¿Qué arreglamos primero?");
        page.getByLabel("Descripción", new Page.GetByLabelOptions().setExact(true))
                .fill("Reparta sus puntos entre los problemas de la colonia.");
        page.getByLabel("Los problemas, uno por renglón").fill("Baches");
        page.getByLabel("Puntos que reparte cada persona", new Page.GetByLabelOptions().setExact(false)).fill("50");
        page.getByLabel("Cuántos problemas se seleccionan").fill("1");
        click("Abrir la selección");
        // one problem and too many dots: refused in words, nothing set up
        assertThat(page.getByText("Escriba de 2 a 30 problemas distintos", new Page.GetByTextOptions()
                .setExact(false)).first()).isVisible();
        assertThat(page.getByText("Escriba cuántos puntos reparte cada persona", new Page.GetByTextOptions()
                .setExact(false)).first()).isVisible();
        checkPage("pps-form-errors");
        page.getByLabel("Los problemas, uno por renglón").fill("Baches\nCalles oscuras\nBasura en el arroyo");
        page.getByLabel("Puntos que reparte cada persona", new Page.GetByLabelOptions().setExact(false)).fill("3");
        click("Abrir la selección");
        assertThat(page.getByText("Se abrió la selección de problemas.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("¿Qué arreglamos primero?")))
                .isVisible();
        assertThat(page.getByText("Calles oscuras").first()).isVisible();
        checkPage("pps-set-up");
    }

    @Test
    void theDemoSelectionFeedsTheCallAndAVoterSpreadsTheirDotsOnAPhone() {
        open("/presupuestos-participativos/durango-2026-presupuesto-participativo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("¿Qué problemas de las colonias atendemos "
                + "primero?")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Resultado"))).isVisible();
        assertThat(page.getByText("Votación por puntos", new Page.GetByTextOptions().setExact(false))).isVisible();
        checkPage("pps-demo-result");
        open("/convocatorias/durango-2025-propuestas");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
                "Problemas que eligió la ciudadanía"))).isVisible();
        checkPage("pps-demo-call");

        ParticipationFixtures.Open open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK,
                null);
        LocalDate day = service.today();
        SystemActor.run(() -> selections.setUp(open.slug(), new ProblemSelection.Terms("¿Qué nos preocupa más?",
                "Elijamos los problemas de la colonia.", day, day.plusDays(5), 3, 1,
                List.of("Calles oscuras", "Baches", "Basura"))));
        Account voter = ParticipationFixtures.resident(accounts, actingAs, service, open, "Vecina con puntos",
                "colonia-norte", 41);
        signIn(voter.getEmail(), TestAccounts.PASSWORD);
        open("/presupuestos-participativos/" + open.slug() + "/problemas/1");
        page.getByLabel("Calles oscuras").fill("2");
        page.getByLabel("Baches").fill("2");
        click("Guardar mis puntos");
        assertThat(page.locator(".error-summary")).containsText("Puede repartir hasta 3 puntos y repartió 4");
        // the summary's problem leads to the group of dots, which says what is wrong; each field says it is invalid
        page.locator(".error-summary a[href='#selection-dots']").click();
        assertThat(page.locator("#selection-dots")).isFocused();
        assertThat(page.locator("#selection-dots-error")).containsText("Puede repartir hasta 3 puntos y repartió 4");
        assertThat(page.getByLabel("Baches")).hasAttribute("aria-invalid", "true");
        checkPage("pps-dots-over");
        page.getByLabel("Calles oscuras").fill("2");
        page.getByLabel("Baches").fill("1");
        click("Guardar mis puntos");
        assertThat(page.getByText("Se guardaron sus puntos.")).isVisible();
        assertThat(page.getByText("Ya repartió sus puntos", new Page.GetByTextOptions().setExact(false))).isVisible();
        checkPage("pps-dots");
    }
}
