package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.BudgetProject;
import org.apertura.participation.ParticipationFixtures;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.ProjectStatus;
import org.apertura.participation.VotingRule;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Participatory budgets in the browser, without needing JavaScript: the demo's public pages (process, project,
 * ballot, results with their chart and its data), and the vote — a neighbour registers with their CURP and fills,
 * is refused over the amount, and changes their ballot; an official registers a paper ballot and a repeated CURP
 * is refused.
 */
class ParticipationBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ParticipationService service;
    @Autowired
    Today today;
    @Autowired
    ActingAs actingAs;
    @Autowired
    org.apertura.participation.ConsultationService consultations;
    @Autowired
    org.apertura.participation.DebateService debates;

    @Test
    void theDemoBudgetIsReadOnAPhoneFromTheListToTheResults() {
        String base = "/presupuestos-participativos/durango-2026-presupuesto-participativo";
        open("/presupuestos-participativos");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Presupuestos participativos")
                .setLevel(1))).isVisible();
        checkPage("pb-list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Presupuesto participativo de Durango 2026"))
                .click();
        assertThat(page.getByText("$6,000,000.00").first()).isVisible();
        assertThat(page.getByText("Cámaras privadas en cada casa", new Page.GetByTextOptions().setExact(false))).isVisible();
        checkPage("pb-process");
        BudgetProcess process = service.process("durango-2026-presupuesto-participativo");
        BudgetProject unfeasible = service.projects(process).stream().filter(p -> p.getStatus() == ProjectStatus.UNFEASIBLE)
                .findFirst().orElseThrow();
        open(base + "/proyectos/" + unfeasible.getNumber());
        assertThat(page.getByText("No viable").first()).isVisible();
        checkPage("pb-project");
        open(base + "/mapa");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mapa de los proyectos")))
                .isVisible();
        checkPage("pb-map");
        open(base);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Entre para seguirlo y recibir "
                + "avisos"))).isVisible();
        open(base + "/votar");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Entre con su cuenta para votar")))
                .isVisible();
        checkPage("pb-ballot-anonymous");
        open(base + "/resultados");
        assertThat(page.getByText("Votos por proyecto y canal").first()).isVisible();
        // the winners are carried out as milestones of DGO-06, with evidence (ADR 0081)
        assertThat(page.getByText("Cumplido el", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Evidencias presentadas: 1; por revisar: 1"))).isVisible();
        page.getByText("Ver los datos").first().click();
        checkPage("pb-results");
        open(base + "/resultados?lang=en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Results").setLevel(1)))
                .isVisible();
        checkPage("pb-results-en");
        open(base + "/resultados?lang=es");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "DGO-06 · Presupuesto participativo en la ciudad de Durango")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
                "Proyectos ganadores que ejecuta"))).isVisible();
        assertThat(page.getByText("Acta de entrega de las luminarias LED", new Page.GetByTextOptions().setExact(false))
                .first()).isVisible();
        checkPage("pb-executing-commitment");
    }

    @Test
    void aVoterAnswersAConsultationAndArguesInADebateAndTheDemoShowsBoth() {
        String demo = "/presupuestos-participativos/durango-2026-presupuesto-participativo";
        open(demo + "/consultas/1");
        assertThat(page.getByText("La opción con más respuestas fue", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        checkPage("pc-demo-results");
        open(demo + "/consultas/1?lang=en");
        assertThat(page.getByText("Answers per option and channel")).isVisible();
        checkPage("pc-demo-results-en");
        open(demo + "/debates/1?lang=es"); // back to Spanish after the English page
        assertThat(page.getByText("Argumentos a favor: 2. En contra: 1.")).isVisible();
        checkPage("pd-demo");

        ParticipationFixtures.Open open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK,
                null);
        java.time.LocalDate day = service.today();
        SystemActor.run(() -> {
            consultations.open(open.slug(), new org.apertura.participation.Consultation.Terms(
                    "¿Abrir la biblioteca los domingos?", "Horario de la biblioteca.", null, true, day, day.plusDays(3),
                    java.util.List.of("Sí", "No")));
            debates.open(open.slug(), new org.apertura.participation.Debate.Terms("¿Calle peatonal los domingos?",
                    "Cerrar la calle 5 a los coches.", day, day.plusDays(3)));
        });
        Account voter = ParticipationFixtures.resident(accounts, actingAs, service, open, "Vecina que opina",
                "colonia-norte", 31);
        String base = "/presupuestos-participativos/" + open.slug();
        signIn(voter.getEmail(), TestAccounts.PASSWORD);
        open(base + "/consultas/1");
        // Sent with no option chosen: the error in words, linked to the options, and nothing counted; then right.
        click("Enviar mi respuesta");
        assertThat(page.locator(".error-summary a[href='#answer-option']"))
                .hasText("Elija una de las opciones de la pregunta.");
        assertThat(page.getByLabel("Sí", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Sí", new Page.GetByLabelOptions().setExact(true)))
                .hasAccessibleDescription(java.util.regex.Pattern.compile("Elija una de las opciones de la pregunta"));
        assertThat(page.getByText("Respuestas recibidas hasta ahora: 0.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        org.assertj.core.api.Assertions.assertThat(consultations.answers(consultations.of(service.process(open.slug()))
                .get(0))).isZero();
        checkPage("pc-answer-refused");
        page.locator(".error-summary a[href='#answer-option']").click();
        assertThat(page.locator(":target")).hasAttribute("id", "answer-option");
        page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
        click("Enviar mi respuesta");
        assertThat(page.getByText("Se registró su respuesta.")).isVisible();
        assertThat(page.getByText("Ya respondió", new Page.GetByTextOptions().setExact(false))).isVisible();
        checkPage("pc-answered");
        open(base + "/debates/1");
        page.getByLabel("A favor", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Su comentario").fill("Las niñas y los niños podrían jugar en la calle.");
        click("Publicar el comentario");
        assertThat(page.getByText("Argumentos a favor: 1. En contra: 0.")).isVisible();
        checkPage("pd-argued");

        // The voter opens a debate of their own; a moderator hides it with a public reason.
        open(base);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Abrir un debate")).click();
        assertThat(page.getByText("Cualquier persona registrada para votar", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        checkPage("pd-form-person");
        page.getByLabel("Tema").fill("¿Más bancas en la plaza?");
        page.getByLabel("Descripción").fill("Las personas mayores no tienen dónde sentarse.");
        page.getByLabel("Último día").fill(day.plusDays(10).toString());
        click("Abrir el debate");
        assertThat(page.getByText("Usted lo abrió")).isVisible();
        checkPage("pd-opened-by-person");
        SystemActor.run(() -> debates.hide(open.slug(), 2, "Repite otro debate."));
        open(base + "/debates/2");
        assertThat(page.getByText("Debate ocultado por moderación: Repite otro debate.")).isVisible();
        checkPage("pd-hidden");
    }

    @Test
    void aNeighbourRegistersAndVotesOnlineAndAnOfficialRegistersAPaperBallot() {
        ParticipationFixtures.Open open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
        Account author = TestAccounts.person(accounts, "Autor de obras");
        ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte", "Techar la cancha", "700000");
        ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte", "Luminarias del parque", "400000");
        ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte", "Bebederos", "250000");
        String base = "/presupuestos-participativos/" + open.slug();
        Account neighbour = TestAccounts.person(accounts, "Vecina votante");
        Account official = TestAccounts.person(accounts, "Funcionaria de mesa");
        SystemActor.run(() -> accounts.grant(official.getId(), Role.STL_MEMBER, open.body(), Sector.GOVERNMENT));

        signIn(neighbour.getEmail(), TestAccounts.PASSWORD);
        open(base);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Votar").setExact(true)).click();
        // Registering without the declaration is refused, and says why.
        page.getByLabel("Distrito donde vive").selectOption("colonia-norte");
        page.getByLabel("CURP", new Page.GetByLabelOptions().setExact(true)).fill(ParticipationFixtures.curp(21));
        click("Registrarme para votar");
        assertThat(page.getByText("Marque la declaración de que vive en el distrito elegido.").first()).isVisible();
        checkPage("pb-residence");
        page.getByLabel("Distrito donde vive").selectOption("colonia-norte");
        page.getByLabel("CURP", new Page.GetByLabelOptions().setExact(true)).fill(ParticipationFixtures.curp(21));
        page.getByLabel("Declaro, bajo protesta de decir verdad, que vivo en el distrito que elegí.").check();
        click("Registrarme para votar");
        assertThat(page.getByText("Ya está registrado para votar en su distrito.")).isVisible();
        // Over the colonia's amount: refused, nothing counted.
        page.getByText("Techar la cancha").first().click();
        page.getByText("Luminarias del parque").first().click();
        click("Votar");
        assertThat(page.getByText("Los proyectos elegidos suman 1,100,000.00 pesos", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        checkPage("pb-ballot-refused");
        page.getByText("Techar la cancha").first().click();
        page.getByText("Bebederos").first().click();
        click("Votar");
        assertThat(page.getByText("Su voto quedó registrado.")).isVisible();
        assertThat(page.getByText("Sus proyectos suman $950,000.00 de $1,000,000.00.")).isVisible();
        checkPage("pb-ballot-cast");
        // Changed before the close.
        page.getByText("Techar la cancha").first().click();
        page.getByText("Luminarias del parque").first().click();
        click("Cambiar mi voto");
        assertThat(page.getByText("Sus proyectos suman $650,000.00 de $1,000,000.00.")).isVisible();
        click("Salir");

        signIn(official.getEmail(), TestAccounts.PASSWORD);
        open(base);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrar boletas de una mesa")).click();
        page.getByLabel("Mesa", new Page.GetByLabelOptions().setExact(true)).fill("Mesa 1, kiosco");
        page.getByLabel("CURP", new Page.GetByLabelOptions().setExact(true)).fill(ParticipationFixtures.curp(21));
        page.getByLabel("Distrito", new Page.GetByLabelOptions().setExact(true)).selectOption("colonia-norte");
        page.getByText("Bebederos").first().click();
        click("Registrar la boleta");
        assertThat(page.getByText("Esa CURP ya votó o se registró en este proceso. Cada persona vota una vez.").first()).isVisible();
        page.getByLabel("CURP", new Page.GetByLabelOptions().setExact(true)).fill(ParticipationFixtures.curp(22));
        page.getByLabel("Distrito", new Page.GetByLabelOptions().setExact(true)).selectOption("colonia-norte");
        page.getByText("Bebederos").first().click();
        click("Registrar la boleta");
        assertThat(page.getByText("Se registró la boleta de la mesa.")).isVisible();
        assertThat(page.getByText("Boletas recibidas: 1 en línea, 1 en persona y 0 a distancia.")).isVisible();
        // a ballot received by telephone, registered by the official as received remotely and counted apart
        page.getByLabel("CURP", new Page.GetByLabelOptions().setExact(true)).fill(ParticipationFixtures.curp(23));
        page.getByLabel("Distrito", new Page.GetByLabelOptions().setExact(true)).selectOption("colonia-norte");
        page.getByText("Bebederos").first().click();
        page.getByLabel("A distancia — teléfono, mensajería, correo postal").check();
        click("Registrar la boleta");
        assertThat(page.getByText("Se registró la boleta de la mesa.")).isVisible();
        assertThat(page.getByText("Boletas recibidas: 1 en línea, 1 en persona y 1 a distancia.")).isVisible();
        checkPage("pb-table");
    }

    @Test
    void aCoordinatorOpensABudgetOnItsFormAndANeighbourProposesAProjectInIt() {
        String body = org.apertura.actionplan.PlanFixturesAccess.secretariatWithAgreements(secretariat);
        String exercise = plans.exerciseOf(org.apertura.actionplan.PlanFixturesAccess.draftPlan(plans, body))
                .getSlug();
        Account coordinator = ParticipationFixtures.coordinator(accounts, new ParticipationFixtures.Open(body, null),
                "Coordinadora que abre un presupuesto");
        String slug = "pp-forma-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        java.time.LocalDate day = service.today();

        signIn(coordinator);
        open("/ejercicios/" + exercise + "/presupuestos-participativos/nuevo");
        checkPage("pb-process-form");
        page.getByLabel("Identificador en la dirección").fill(slug);
        page.getByLabel("Título", new Page.GetByLabelOptions().setExact(true)).fill("Presupuesto de las dos colonias");
        page.getByLabel("Descripción", new Page.GetByLabelOptions().setExact(true))
                .fill("Obras pequeñas que proponen los vecinos.");
        page.getByLabel("Monto", new Page.GetByLabelOptions().setExact(true)).fill("mucho dinero");
        page.getByLabel("Distritos", new Page.GetByLabelOptions().setExact(true))
                .fill("Colonia Norte | 600,000\nColonia Sur | 400,000");
        click("Abrir el proceso");
        // a bad amount and no dates: said in words next to their fields, nothing opened
        assertThat(page.getByText("Escriba un monto mayor que cero", new Page.GetByTextOptions().setExact(false))
                .first()).isVisible();
        assertThat(page.getByText("Escriba las seis fechas en orden", new Page.GetByTextOptions().setExact(false))
                .first()).isVisible();
        checkPage("pb-process-form-errors");
        page.getByLabel("Monto", new Page.GetByLabelOptions().setExact(true)).fill("1,000,000");
        page.getByLabel("Propuestas desde").fill(day.minusDays(1).toString());
        page.getByLabel("Revisión técnica desde").fill(day.plusDays(10).toString());
        page.getByLabel("Apoyos desde").fill(day.plusDays(20).toString());
        page.getByLabel("Votación desde").fill(day.plusDays(30).toString());
        page.getByLabel("Resultados desde").fill(day.plusDays(40).toString());
        page.getByLabel("Ejecución desde").fill(day.plusDays(50).toString());
        click("Abrir el proceso");
        assertThat(page.getByText("Se abrió el presupuesto participativo.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Presupuesto de las dos colonias"))).isVisible();
        checkPage("pb-process-opened");
        signOut();

        Account neighbour = TestAccounts.person(accounts, "Vecina que propone alumbrado");
        signIn(neighbour);
        open("/presupuestos-participativos/" + slug + "/proponer");
        checkPage("pb-propose-form");
        page.getByLabel("Título", new Page.GetByLabelOptions().setExact(true)).fill("Alumbrado en el parque");
        page.getByLabel("Descripción", new Page.GetByLabelOptions().setExact(true))
                .fill("Diez luminarias alrededor de la cancha.");
        page.getByLabel("Distrito", new Page.GetByLabelOptions().setExact(true)).selectOption("colonia-norte");
        page.getByLabel("Latitud").fill("24.03");
        page.getByLabel("Costo estimado").fill("-5");
        click("Enviar el proyecto");
        // half a map point and a negative cost: refused in words
        assertThat(page.getByText("Escriba latitud (entre -90 y 90)", new Page.GetByTextOptions().setExact(false))
                .first()).isVisible();
        assertThat(page.getByText("Escriba un monto mayor que cero", new Page.GetByTextOptions().setExact(false))
                .first()).isVisible();
        checkPage("pb-propose-errors");
        page.getByLabel("Longitud").fill("-104.65");
        page.getByLabel("Costo estimado").fill("250,000");
        click("Enviar el proyecto");
        assertThat(page.getByText("Recibimos su proyecto. La institución lo revisará.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Alumbrado en el parque")))
                .isVisible();
        assertThat(page.getByText("La institución todavía no lo revisa", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        checkPage("pb-proposed");
    }

    @Test
    void theInstitutionReviewsAProjectOnItsFormAfterARefusalForAMissingReport() {
        ParticipationFixtures.Open open = ParticipationFixtures.supporting(secretariat, plans, service, null);
        Account author = TestAccounts.person(accounts, "Autor del techado");
        BudgetProject project = ParticipationFixtures.proposed(service, today, open, author.getId(), "colonia-sur",
                "Techado de la cancha");
        Account coordinator = ParticipationFixtures.coordinator(accounts, open, "Coordinadora que revisa");
        String path = "/presupuestos-participativos/" + open.slug() + "/proyectos/" + project.getNumber();

        signIn(coordinator);
        open(path);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar la revisión")))
                .isVisible();
        checkPage("pb-review-form");
        page.getByLabel("Viable", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Costo público (si es viable)").fill("gratis");
        click("Publicar la revisión");
        assertThat(page.getByText("Escriba el informe público de viabilidad", new Page.GetByTextOptions()
                .setExact(false)).first()).isVisible();
        assertThat(page.getByText("Escriba un monto mayor que cero", new Page.GetByTextOptions().setExact(false))
                .first()).isVisible();
        checkPage("pb-review-errors");
        // Each problem links to its field, which says it is invalid and is described by its own message.
        var costLink = page.locator(".error-summary a[href='#review-cost']");
        assertThat(costLink).containsText("Escriba un monto mayor que cero");
        assertThat(page.locator(".error-summary a[href='#review-report']")).containsText("Escriba el informe público");
        var cost = page.getByLabel("Costo público (si es viable)");
        assertThat(cost).hasAttribute("aria-invalid", "true");
        assertThat(cost).hasAccessibleDescription(java.util.regex.Pattern.compile(
                "En pesos.*Escriba un monto mayor que cero"));
        costLink.click();
        assertThat(page.locator(":target")).hasAttribute("id", "review-cost");
        assertThat(page.locator(":target")).hasAccessibleName("Costo público (si es viable)");
        page.getByLabel("Viable", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Informe público de viabilidad").fill("Viable: la cancha es municipal y el techo cabe.");
        page.getByLabel("Costo público (si es viable)").fill("280,000");
        click("Publicar la revisión");
        assertThat(page.getByText("Se publicó la revisión del proyecto.")).isVisible();
        assertThat(page.getByText("Viable: la cancha es municipal y el techo cabe.").first()).isVisible();
        checkPage("pb-reviewed");
    }

    @Test
    void aNeighbourRegistersAndSupportsAProjectUntilItGoesOnToTheReview() {
        ParticipationFixtures.Open open = ParticipationFixtures.supporting(secretariat, plans, service, 1);
        Account author = TestAccounts.person(accounts, "Autora de la banqueta");
        BudgetProject project = ParticipationFixtures.proposed(service, today, open, author.getId(), "colonia-norte",
                "Banquetas parejas");
        String base = "/presupuestos-participativos/" + open.slug();
        Account neighbour = TestAccounts.person(accounts, "Vecino que apoya");

        open(base + "/proyectos/" + project.getNumber());
        assertThat(page.getByText("Apoyos: 0 de 1 necesarios para pasar a la revisión de viabilidad.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Entre con su cuenta para apoyar")))
                .isVisible();
        checkPage("pb-support-anonymous");
        signIn(neighbour.getEmail(), TestAccounts.PASSWORD);
        open(base + "/proyectos/" + project.getNumber());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Para apoyar, declare dónde vive")).click();
        page.getByLabel("Distrito donde vive").selectOption("colonia-norte");
        page.getByLabel("CURP", new Page.GetByLabelOptions().setExact(true)).fill(ParticipationFixtures.curp(31));
        page.getByLabel("Declaro, bajo protesta de decir verdad, que vivo en el distrito que elegí.").check();
        click("Registrarme para votar");
        open(base + "/proyectos/" + project.getNumber());
        click("Apoyar este proyecto");
        assertThat(page.getByText("Su apoyo quedó registrado.")).isVisible();
        assertThat(page.getByText("Apoyos: 1 de 1 necesarios", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByText("Alcanzó los apoyos necesarios el", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByText("Usted apoya este proyecto.")).isVisible();
        checkPage("pb-support-given");
        open(base + "?lang=en");
        assertThat(page.getByText("Reached its supports").first()).isVisible();
        assertThat(page.getByText("1 support", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        checkPage("pb-process-supports-en");
    }

    @Test
    void anOfficialEntersATablesPaperCountWithItsActAndTheDemoTablesAreRead() {
        open("/presupuestos-participativos/durango-2026-presupuesto-participativo/mesas");
        assertThat(page.getByText("Corregida").first()).isVisible();
        assertThat(page.getByText("En el recuento", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        checkPage("pb-tallies-demo");

        ParticipationFixtures.Open open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.APPROVAL, 2);
        Account author = TestAccounts.person(accounts, "Autor de obras de mesa");
        ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte", "Techar la cancha", "700000");
        Account official = TestAccounts.person(accounts, "Funcionario que captura actas");
        SystemActor.run(() -> accounts.grant(official.getId(), Role.STL_MEMBER, open.body(), Sector.GOVERNMENT));
        signIn(official.getEmail(), TestAccounts.PASSWORD);
        open("/presupuestos-participativos/" + open.slug());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ver el conteo de cada mesa")).click();
        page.getByLabel("Mesa", new Page.GetByLabelOptions().setExact(true)).fill("Mesa 7, escuela");
        page.getByLabel("Distrito", new Page.GetByLabelOptions().setExact(true)).selectOption("colonia-norte");
        page.getByLabel("Número o folio del acta").fill("Acta 007");
        page.getByLabel("Boletas recibidas").fill("6");
        page.getByLabel("Válidas").fill("5");
        page.getByLabel("Nulas").fill("0");
        page.getByLabel("1. Techar la cancha").fill("4");
        click("Guardar el conteo");
        // Without the act and with figures that do not add up: both reasons, nothing saved.
        // The act's problem links to its field, which is described by it.
        assertThat(page.locator(".error-summary a[href='#tally-act']"))
                .hasText("Adjunte el acta de la mesa: un PDF o una foto (JPEG o PNG).");
        assertThat(page.getByLabel("El acta (PDF o foto)")).hasAccessibleDescription(
                "Adjunte el acta de la mesa: un PDF o una foto (JPEG o PNG).");
        assertThat(page.getByText("Todavía no hay conteos de mesas.")).isVisible();
        checkPage("pb-tally-refused");
        page.getByLabel("Mesa", new Page.GetByLabelOptions().setExact(true)).fill("Mesa 7, escuela");
        page.getByLabel("Distrito", new Page.GetByLabelOptions().setExact(true)).selectOption("colonia-norte");
        page.getByLabel("Número o folio del acta").fill("Acta 007");
        page.getByLabel("El acta (PDF o foto)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "acta-007.pdf", "application/pdf", "%PDF-1.4\n% acta\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        page.getByLabel("Boletas recibidas").fill("6");
        page.getByLabel("Válidas").fill("5");
        page.getByLabel("Nulas").fill("1");
        page.getByLabel("1. Techar la cancha").fill("4");
        click("Guardar el conteo");
        assertThat(page.getByText("Se guardó el conteo de la mesa.")).isVisible();
        assertThat(page.getByText("Boletas válidas contadas en las mesas: 5.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Acta 007"))).isVisible();
        checkPage("pb-tally-entered");
    }

    @Test
    void anOfficialEntersAConsultationTablesPaperCountAndTheDemoShowsTheCountPerTable() {
        open("/presupuestos-participativos/durango-2026-presupuesto-participativo/consultas/1");
        assertThat(page.getByText("Respuestas por mesa").first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Acta C-004"))).isVisible();
        checkPage("pc-tables-demo");

        ParticipationFixtures.Open open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK,
                null);
        java.time.LocalDate day = service.today();
        SystemActor.run(() -> consultations.open(open.slug(), new org.apertura.participation.Consultation.Terms(
                "¿Abrir la alberca en las vacaciones?", "Horario de la alberca municipal.", null, false, day,
                day.plusDays(1), java.util.List.of("Sí", "No"))));
        Account official = TestAccounts.person(accounts, "Funcionaria que captura la consulta");
        SystemActor.run(() -> accounts.grant(official.getId(), Role.STL_MEMBER, open.body(), Sector.GOVERNMENT));
        signIn(official.getEmail(), TestAccounts.PASSWORD);
        open("/presupuestos-participativos/" + open.slug() + "/consultas/1");
        page.locator("#mesa-papel").getByLabel("Mesa", new com.microsoft.playwright.Locator.GetByLabelOptions()
                .setExact(true)).fill("Mesa 3, deportivo");
        page.locator("#mesa-papel").getByLabel("Distrito").selectOption("colonia-norte");
        page.getByLabel("Número o folio del acta").fill("Acta A-3");
        page.getByLabel("Boletas recibidas").fill("7");
        page.getByLabel("Válidas").fill("6");
        page.getByLabel("Nulas").fill("1");
        page.locator("#mesa-papel").getByLabel("Sí", new com.microsoft.playwright.Locator.GetByLabelOptions()
                .setExact(true)).fill("4");
        page.locator("#mesa-papel").getByLabel("No", new com.microsoft.playwright.Locator.GetByLabelOptions()
                .setExact(true)).fill("1");
        page.getByLabel("El acta (PDF o foto)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "acta-a3.pdf", "application/pdf", "%PDF-1.4\n% acta\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        click("Guardar el conteo");
        // 4 + 1 is not the 6 valid ballots: the reason, nothing saved.
        assertThat(page.getByText("Las boletas de cada opción son números enteros desde cero y deben sumar las boletas "
                + "válidas (6)", new Page.GetByTextOptions().setExact(false))).isVisible();
        checkPage("pc-table-refused");
        page.locator("#mesa-papel").getByLabel("Mesa", new com.microsoft.playwright.Locator.GetByLabelOptions()
                .setExact(true)).fill("Mesa 3, deportivo");
        page.locator("#mesa-papel").getByLabel("Distrito").selectOption("colonia-norte");
        page.getByLabel("Número o folio del acta").fill("Acta A-3");
        page.getByLabel("Boletas recibidas").fill("7");
        page.getByLabel("Válidas").fill("6");
        page.getByLabel("Nulas").fill("1");
        page.locator("#mesa-papel").getByLabel("Sí", new com.microsoft.playwright.Locator.GetByLabelOptions()
                .setExact(true)).fill("4");
        page.locator("#mesa-papel").getByLabel("No", new com.microsoft.playwright.Locator.GetByLabelOptions()
                .setExact(true)).fill("2");
        page.getByLabel("El acta (PDF o foto)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "acta-a3.pdf", "application/pdf", "%PDF-1.4\n% acta\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        click("Guardar el conteo");
        assertThat(page.getByText("Se guardó el conteo de la mesa.")).isVisible();
        assertThat(page.getByText("Mesas con su conteo en papel capturado: 1.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        checkPage("pc-table-entered");
    }

    @Test
    void theCoordinatorLinksTheBudgetToTheCommitmentThatExecutesItAndTheFundedProjectShowsItsMilestone() {
        ParticipationFixtures.Open open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
        Account author = TestAccounts.person(accounts, "Autora de la obra a ejecutar");
        BudgetProject park = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte",
                "Parque con sombra y bancas", "600000");
        ParticipationFixtures.votedOnline(accounts, actingAs, service, open, "Votante de la obra a ejecutar",
                "colonia-norte", 901, park);
        Commitment commitment = service.executionCandidates(open.process()).get(0);
        Account coordinator = TestAccounts.person(accounts, "Coordinadora que da seguimiento");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATOR, open.body(), null));
        String base = "/presupuestos-participativos/" + open.slug();

        open(base + "/resultados");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dar seguimiento como hitos")))
                .hasCount(0);
        signIn(coordinator.getEmail(), TestAccounts.PASSWORD);
        open(base + "/resultados");
        assertThat(page.getByText("Elija el compromiso del plan de acción que ejecuta los proyectos financiados.",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        checkPage("pb-execution-form");
        page.getByLabel("Compromiso", new Page.GetByLabelOptions().setExact(true))
                .selectOption(commitment.getId().toString());
        click("Dar seguimiento como hitos");
        assertThat(page.getByText("Listo: los proyectos financiados se siguen como hitos del compromiso.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(commitment.getCode() + " · " + commitment.getTitle()))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dar seguimiento como hitos")))
                .hasCount(0);
        checkPage("pb-execution-linked");

        // At publication the park becomes a milestone of the commitment, shown on its page.
        today.on(service.today().plusDays(6), () -> SystemActor.run(() -> service.publishResults(open.slug())));
        open(base + "/proyectos/" + park.getNumber());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ejecución"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(commitment.getCode() + " · " + commitment.getTitle()))).isVisible();
        checkPage("pb-execution-project");
    }

    @Test
    void neighboursCommentAndReplyAnotherReportsAndTheSecretariatHidesTheCommentWithItsReason() {
        ParticipationFixtures.Open open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
        Account author = TestAccounts.person(accounts, "Autor del proyecto comentado");
        BudgetProject park = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte",
                "Juegos infantiles", "300000");
        String project = "/presupuestos-participativos/" + open.slug() + "/proyectos/" + park.getNumber();
        Account ana = TestAccounts.person(accounts, "Ana de la colonia");
        Account beto = TestAccounts.person(accounts, "Beto de la colonia");
        Account moderator = TestAccounts.person(accounts, "Moderador de la secretaría");
        SystemActor.run(() -> accounts.grant(moderator.getId(), Role.STL_MEMBER, open.body(), Sector.GOVERNMENT));

        open(project);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Entre con su cuenta para comentar")))
                .isVisible();
        signIn(ana.getEmail(), TestAccounts.PASSWORD);
        open(project);
        page.getByLabel("Su comentario").fill("¿Habrá juegos para niñas y niños con discapacidad?");
        click("Publicar el comentario");
        assertThat(page.getByText("Su comentario se publicó.")).isVisible();
        assertThat(page.getByText("¿Habrá juegos para niñas y niños con discapacidad?")).isVisible();
        click("Salir");

        signIn(beto.getEmail(), TestAccounts.PASSWORD);
        open(project);
        page.locator("summary", new Page.LocatorOptions().setHasText("Responder")).first().click();
        page.getByLabel("Su respuesta a Participante").first().fill("Ojalá: un columpio adaptado cuesta poco.");
        click("Publicar la respuesta");
        assertThat(page.getByText("Ojalá: un columpio adaptado cuesta poco.")).isVisible();
        page.locator("summary", new Page.LocatorOptions().setHasText("Reportar")).first().click();
        page.getByLabel("Motivo del reporte (opcional)").first().fill("Pregunta repetida");
        click("Enviar el reporte");
        assertThat(page.getByText("Gracias: la moderación revisará el comentario.")).isVisible();
        checkPage("pb-comments");
        click("Salir");

        signIn(moderator.getEmail(), TestAccounts.PASSWORD);
        open("/presupuestos-participativos/" + open.slug());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Moderación del presupuesto")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Ver los comentarios y argumentos reportados en la cola de moderación")).click();
        assertThat(page.getByText("¿Habrá juegos para niñas y niños con discapacidad?")).isVisible();
        assertThat(page.getByText("Pregunta repetida")).isVisible();
        checkPage("pb-moderation");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verlo en su página")).first().click();
        assertThat(page.getByText("Reportado por una persona")).isVisible();
        page.locator("summary", new Page.LocatorOptions().setHasText("Ocultar")).first().click();
        page.getByLabel("Motivo público").first().fill("Prueba de moderación en el navegador.");
        click("Ocultar el comentario");
        assertThat(page.getByText("Comentario ocultado por moderación: Prueba de moderación en el navegador.")).isVisible();
        click("Salir");

        open(project);
        assertThat(page.getByText("Comentario ocultado por moderación: Prueba de moderación en el navegador.")).isVisible();
        assertThat(page.getByText("¿Habrá juegos para niñas")).hasCount(0);
        assertThat(page.getByText("Ojalá: un columpio adaptado cuesta poco.")).isVisible();
        checkPage("pb-comment-hidden");
        open(project + "?lang=en");
        assertThat(page.getByText("Comment hidden by moderation: Prueba de moderación en el navegador.")).isVisible();
        checkPage("pb-comment-hidden-en");
    }

    @Test
    void aVoterRanksProjectsAndASharedPlaceIsRefusedNamingThemAndAnotherApprovesUpToTheMaximum() {
        ParticipationFixtures.Open ranked = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.RANKED, 2);
        Account author = TestAccounts.person(accounts, "Autor de obras por lugares");
        BudgetProject trees = ParticipationFixtures.feasible(service, today, ranked, author.getId(), "colonia-norte",
                "Árboles en la avenida", "300000");
        BudgetProject ramp = ParticipationFixtures.feasible(service, today, ranked, author.getId(), "colonia-norte",
                "Rampas en las esquinas", "200000");
        Account voter = ParticipationFixtures.resident(accounts, actingAs, service, ranked, "Vecino que ordena",
                "colonia-norte", 2111);
        signIn(voter);
        open("/presupuestos-participativos/" + ranked.slug() + "/votar");
        page.locator("#lugar-" + trees.getId()).fill("1");
        page.locator("#lugar-" + ramp.getId()).fill("1");
        click("Votar");
        assertThat(page.getByText("Dio el lugar 1 a más de un proyecto: 1. “Árboles en la avenida”, 2. “Rampas en "
                + "las esquinas”.", new Page.GetByTextOptions().setExact(false))).isVisible();
        checkPageWide("pb-ballot-ranked-same-place");
        page.locator("#lugar-" + trees.getId()).fill("2");
        page.locator("#lugar-" + ramp.getId()).fill("1");
        click("Votar");
        assertThat(page.getByText("Su voto quedó registrado.")).isVisible();
        assertThat(page.locator("#lugar-" + ramp.getId())).hasValue("1");
        assertThat(page.locator("#lugar-" + trees.getId())).hasValue("2");
        checkPageWide("pb-ballot-ranked-cast");
        signOut();

        ParticipationFixtures.Open approval = ParticipationFixtures.voting(secretariat, plans, service,
                VotingRule.APPROVAL, 1);
        ParticipationFixtures.feasible(service, today, approval, author.getId(), "colonia-sur", "Bancas en la plaza", "100000");
        ParticipationFixtures.feasible(service, today, approval, author.getId(), "colonia-sur", "Juegos infantiles", "150000");
        Account approver = ParticipationFixtures.resident(accounts, actingAs, service, approval, "Vecina que aprueba",
                "colonia-sur", 2112);
        signIn(approver);
        open("/presupuestos-participativos/" + approval.slug() + "/votar");
        page.getByText("Bancas en la plaza").first().click();
        page.getByText("Juegos infantiles").first().click();
        click("Votar");
        assertThat(page.getByText("Puede elegir hasta 1 proyectos.")).isVisible();
        checkPageWide("pb-ballot-approval-refused");
        page.getByText("Juegos infantiles").first().click();
        click("Votar");
        assertThat(page.getByText("Su voto quedó registrado.")).isVisible();
        checkPageWide("pb-ballot-approval-cast");
    }

    @Test
    void aNeighbourProposesAProjectWithAMapPointAndAPictureThatThePageShowsWithItsDescription() {
        ParticipationFixtures.Open open = ParticipationFixtures.proposing(secretariat, plans, service);
        Account neighbour = TestAccounts.person(accounts, "Vecina que propone con foto");
        signIn(neighbour);
        open("/presupuestos-participativos/" + open.slug() + "/proponer");
        page.getByLabel("Título", new Page.GetByLabelOptions().setExact(true)).fill("Sombra en la plaza");
        page.getByLabel("Descripción", new Page.GetByLabelOptions().setExact(true))
                .fill("Velarias y bebederos en la plaza de la colonia.");
        page.getByLabel("Distrito", new Page.GetByLabelOptions().setExact(true)).selectOption("colonia-sur");
        page.getByLabel("Latitud").fill("24.0277");
        page.getByLabel("Longitud").fill("-104.6532");
        page.getByLabel("Costo estimado").fill("180,000");
        page.getByLabel("Imagen (opcional)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "IMG_0002.jpg", "image/jpeg", org.apertura.platform.media.MediaFixtures.jpegWithGps()));
        click("Enviar el proyecto");
        // a picture without the words that describe it: refused in words, nothing filed
        assertThat(page.getByText("Describa la imagen para quien no puede verla", new Page.GetByTextOptions()
                .setExact(false)).first()).isVisible();
        checkPageWide("pb-propose-picture-errors");
        page.getByLabel("Imagen (opcional)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "IMG_0002.jpg", "image/jpeg", org.apertura.platform.media.MediaFixtures.jpegWithGps()));
        page.getByLabel("Describa la imagen (obligatorio si agrega una)")
                .fill("La plaza al mediodía, sin sombra ni bebederos");
        click("Enviar el proyecto");
        assertThat(page.getByText("Recibimos su proyecto. La institución lo revisará.")).isVisible();
        assertThat(page.getByAltText("La plaza al mediodía, sin sombra ni bebederos")).isVisible();
        assertThat(page.getByText("24.0277", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        // its author may add a PDF while proposals are open
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Agregar un documento PDF")))
                .isVisible();
        checkPageWide("pb-project-picture");
    }

    @Test
    void theCoordinatorSeesTheFormOfANewConsultationOfTheProcessOnAPhone() {
        ParticipationFixtures.Open open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK,
                null);
        Account coordinator = ParticipationFixtures.coordinator(accounts, open, "Coordinadora que abre consultas");
        signIn(coordinator);
        open("/presupuestos-participativos/" + open.slug() + "/consultas/nueva");
        assertThat(page.locator("h1")).isVisible();
        checkPageWide("pc-form-in-process");
    }

    /** {@link #checkPage} and axe-core again at 1280 px, where the layout differs. */
    private void checkPageWide(String name) {
        checkPage(name);
        page.setViewportSize(1280, 900);
        assertAccessible();
        page.setViewportSize(360, 740);
    }
}
