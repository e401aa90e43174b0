package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Milestone;
import org.apertura.challenge.ChallengeFixtures;
import org.apertura.challenge.ChallengeService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A challenge in the browser from its creation to its results: the coordinator creates it from the
 * commitment's page, publishes the rubric and names the jury; a person registers a team, another joins it
 * with its code and submits (a non-free licence is refused with the reason); the coordinator closes
 * submissions; the jury scores; the coordinator publishes the results and the follow-up, which the
 * milestone's page shows.
 */
class ChallengeBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ChallengeService challenges;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void signInAs(Account account) {
        context.clearCookies();
        signIn(account.getEmail(), TestAccounts.PASSWORD);
    }

    private void fillDates(LocalDate registrationOpens, LocalDate registrationCloses, LocalDate submissionsOpen,
            LocalDate submissionsClose, LocalDate resultsOn) {
        page.getByLabel("Abre el registro de equipos").fill(registrationOpens.toString());
        page.getByLabel("Cierra el registro de equipos").fill(registrationCloses.toString());
        page.getByLabel("Abre la recepción de entregas").fill(submissionsOpen.toString());
        page.getByLabel("Cierra la recepción de entregas").fill(submissionsClose.toString());
        page.getByLabel("Publicación de resultados").fill(resultsOn.toString());
    }

    @Test
    void aChallengeRunsFromRegistrationToResultsInTheBrowser() {
        ChallengeFixtures.Setting setting = ChallengeFixtures.setting(secretariat, plans, accounts);
        Milestone milestone = plans.milestones(setting.commitment()).get(0);
        Account ana = TestAccounts.person(accounts, "Ana Participante");
        Account beto = TestAccounts.person(accounts, "Beto Participante");
        Account juror = TestAccounts.person(accounts, "Jurado Imparcial");
        LocalDate today = challenges.today();

        signInAs(setting.coordinator());
        open("/compromisos/" + setting.commitment().getId());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nuevo reto")).click();
        page.getByLabel("Título del reto").fill("Reto de tableros ciudadanos");
        page.getByLabel("Qué problema plantea el reto").fill("Queremos tableros que cualquiera entienda.");
        page.getByLabel("Premios").fill("Primer lugar: acompañamiento");
        fillDates(today, today, today, today, today.plusDays(1));
        assertAccessible();
        button("Guardar").click();
        // a new challenge is a draft of its coordinators until they publish it (docs/adr/0061)
        assertThat(page.getByText("Se guardó el borrador del reto. Prepare la rúbrica y el jurado y publíquelo cuando "
                + "esté listo.")).isVisible();
        String slug = page.url().replaceAll(".*/retos/([^/]+)/gestion.*", "$1");
        page.getByLabel("Nombre del criterio").fill("Claridad");
        page.getByLabel("Peso", new Page.GetByLabelOptions().setExact(true)).fill("2");
        button("Agregar criterio").click();
        page.getByLabel("Correo de la cuenta de la persona del jurado").fill(juror.getEmail());
        button("Nombrar jurado").click();
        assertThat(page.getByText("Jurado Imparcial", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertAccessible();
        assertFitsThePhone();
        button("Publicar el reto").click();
        assertThat(page.getByText("El reto se publicó y quedó en el historial público, con su rúbrica y su jurado."))
                .isVisible();

        signInAs(ana);
        open("/retos/" + slug);
        page.getByLabel("Nombre del equipo").fill("Tableros Abiertos");
        assertAccessible();
        button("Registrar equipo").click();
        assertThat(page.getByText("El equipo quedó registrado. Comparta su código con quienes quiera en él.")).isVisible();
        String code = page.locator("code.token").textContent().strip();
        assertAccessible();

        signInAs(beto);
        open("/retos/" + slug);
        page.getByLabel("Código del equipo").fill(code.toLowerCase());
        button("Unirme al equipo").click();
        assertThat(page.getByText("Integrantes: Ana Participante, Beto Participante.")).isVisible();
        page.getByLabel("Título de la entrega").fill("Tablero de obras");
        page.getByLabel("Descripción").fill("Un tablero de obras públicas en lenguaje ciudadano.");
        page.getByLabel("Dirección del repositorio o documento").fill("https://codigo.example.org/tablero");
        page.getByLabel("Licencia (identificador SPDX)").fill("CC-BY-NC-4.0");
        button("Entregar").click();
        assertThat(page.locator(".error-summary")).containsText(
                "CC-BY-NC-4.0 no es una licencia libre: prohíbe el uso comercial.");
        assertAccessible();
        page.getByLabel("Licencia (identificador SPDX)").fill("CC-BY-4.0");
        button("Entregar").click();
        assertThat(page.getByText("La entrega quedó registrada.")).isVisible();
        assertFitsThePhone();

        signInAs(setting.coordinator());
        open("/retos/" + slug + "/editar");
        fillDates(today.minusDays(3), today.minusDays(2), today.minusDays(2), today.minusDays(1), today);
        button("Guardar").click();
        assertThat(page.getByText("Fase actual: Evaluación del jurado.")).isVisible();

        signInAs(juror);
        open("/retos/" + slug);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calificar las entregas (jurado)")).click();
        page.getByLabel("Claridad (peso 2), de 0 a 10").selectOption("9");
        page.getByLabel("Comentario (opcional; se publica con los resultados)").fill("Muy claro.");
        assertAccessible();
        button("Guardar la calificación de «Tablero de obras»").click();
        assertThat(page.getByText("La calificación quedó guardada.")).isVisible();
        assertFitsThePhone();

        signInAs(setting.coordinator());
        open("/retos/" + slug + "/gestion");
        page.getByLabel("Premio para «Tablero de obras» (equipo Tableros Abiertos)").fill("Primer lugar");
        assertAccessible();
        button("Publicar los resultados").click();
        assertThat(page.getByText("Los resultados quedaron publicados.")).isVisible();
        assertThat(page.getByText("Jurado Imparcial: Muy claro.")).isVisible();
        assertAccessible();
        assertFitsThePhone();
        open("/retos/" + slug + "/gestion");
        page.getByLabel("Hito del compromiso que la llevó adelante").selectOption(milestone.getId().toString());
        page.getByLabel("Cómo la llevó adelante").fill("El tablero se volvió el entregable del hito.");
        assertAccessible();
        button("Registrar el seguimiento").click();
        assertThat(page.getByText("El seguimiento quedó registrado.")).isVisible();

        context.clearCookies();
        open("/hitos/" + milestone.getId());
        assertThat(page.getByText("El tablero se volvió el entregable del hito.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reto de tableros ciudadanos")))
                .isVisible();
        assertAccessible();
        assertFitsThePhone();
    }
}
