package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.participation.ParticipationFixtures;
import org.apertura.participation.ParticipationService;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A consultation of its own (ADR 0054) in the browser, on a phone and a laptop with axe: a coordinator opens one with
 * two districts (a bad form first), a neighbour declares where they live with their CURP and answers, then changes
 * their answer; and the demo's published consultation with its tables.
 */
class StandaloneConsultationBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ParticipationService service;

    @Test
    void aCoordinatorOpensAConsultationAndANeighbourAnswersIt() {
        ParticipationFixtures.Open open = ParticipationFixtures.open(secretariat, plans, service);
        String exercise = service.exerciseOf(open.process()).getName();
        LocalDate day = service.today();
        String slug = "banquetas-" + UUID.randomUUID().toString().substring(0, 6);
        Account coordinator = ParticipationFixtures.coordinator(accounts, open, "Coordinadora en el navegador");

        signIn(coordinator.getEmail(), TestAccounts.PASSWORD);
        open("/consultas");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Abrir una consulta")).click();
        checkPage("pc-own-form");
        page.getByLabel("Ejercicio").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(exercise));
        page.getByLabel("Pregunta").fill("¿Ampliamos las banquetas de la calle Hidalgo?");
        click("Abrir la consulta");
        assertThat(page.getByText("Escriba de 2 a 10 opciones distintas", new Page.GetByTextOptions()
                .setExact(false)).first()).isVisible();
        checkPage("pc-own-form-errors");
        page.getByLabel("Dirección de la consulta").fill(slug);
        page.getByLabel("Descripción").fill("Banquetas de dos metros entre la plaza y el mercado.");
        page.getByLabel("Opciones").fill("Sí\nNo");
        page.getByLabel("Distritos (opcional)").fill("Colonia Centro\nColonia Hidalgo");
        page.getByLabel("Primer día").fill(day.toString());
        page.getByLabel("Último día").fill(day.plusDays(7).toString());
        click("Abrir la consulta");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("¿Ampliamos las banquetas de la calle Hidalgo?"))).isVisible();
        assertThat(page.getByText("Registrar una respuesta dada en una mesa")).isVisible();
        checkPage("pc-own-opened");
        // an answer received by telephone, registered by the coordinator as a ballot is: a bad CURP first
        com.microsoft.playwright.Locator table = page.locator("#mesa");
        table.getByLabel("A distancia", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(false))
                .check();
        table.getByLabel("Mesa", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                .fill("Mesa 1 — teléfono");
        table.getByLabel("CURP", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).fill("ABCD");
        table.locator("select").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Colonia Centro"));
        table.getByLabel("No", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
        click("Registrar la respuesta");
        assertThat(page.getByText("Escriba una CURP válida de 18 caracteres.").first()).isVisible();
        checkPage("pc-own-remote-error");
        assertThat(table.getByLabel("A distancia", new com.microsoft.playwright.Locator.GetByLabelOptions()
                .setExact(false))).isChecked();
        table.getByLabel("CURP", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                .fill(ParticipationFixtures.curp(812));
        table.locator("select").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Colonia Centro"));
        table.getByLabel("No", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
        click("Registrar la respuesta");
        assertThat(page.getByText("Se registró la respuesta.")).isVisible();
        assertThat(page.getByText("Respuestas recibidas hasta ahora: 1", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        checkPage("pc-own-remote");

        context.clearCookies();
        Account neighbour = TestAccounts.person(accounts, "Vecina de la calle Hidalgo");
        signIn(neighbour.getEmail(), TestAccounts.PASSWORD);
        open("/consultas/" + slug);
        page.getByLabel("Distrito donde vive").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Colonia Hidalgo"));
        page.getByLabel("CURP").fill(ParticipationFixtures.curp(811));
        page.getByLabel("Declaro, bajo protesta de decir verdad", new Page.GetByLabelOptions().setExact(false))
                .check();
        checkPage("pc-own-residence");
        click("Registrarme para votar");
        page.getByLabel("Sí", new Page.GetByLabelOptions().setExact(true)).check();
        click("Enviar mi respuesta");
        assertThat(page.getByLabel("Sí", new Page.GetByLabelOptions().setExact(true))).isChecked();
        page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
        click("Enviar mi respuesta");
        assertThat(page.getByLabel("No", new Page.GetByLabelOptions().setExact(true))).isChecked();
        checkPage("pc-own-answered");
    }

    @Test
    void theDemoConsultationShowsItsResultsAndTables() {
        open("/consultas");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("¿Debe cerrarse la calle Constitución a los coches los domingos?")).click();
        assertThat(page.getByText("Respuestas por mesa").first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Acta V-002"))).isVisible();
        checkPage("pc-own-demo");
        open("/consultas");
        checkPage("pc-own-list");
    }
}
