package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.cocreation.CocreationFixtures;
import org.apertura.cocreation.CocreationService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.meetings.Meeting;
import org.apertura.meetings.MeetingChannel;
import org.apertura.meetings.MeetingService;
import org.apertura.participation.ParticipationFixtures;
import org.apertura.participation.ParticipationService;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Meetings in the browser (ADR 0066): a coordinator of a call creates a one-seat meeting from the call's page (a bad
 * end time first), one person takes the seat, another joins the waiting list and is promoted when the first gives
 * up their registration, and the coordinator cancels the meeting with a reason, which stays visible. Each page passes
 * axe at 360 and 1280 px.
 */
class MeetingsBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    CocreationService cocreation;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Today today;

    @Test
    void createRegisterWaitPromoteAndCancel() {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, cocreation, 10);
        Account coordinator = TestAccounts.person(accounts, "Coordinadora de reuniones");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATOR, open.body(), null));
        Account first = TestAccounts.person(accounts, "Vecina puntual");
        Account second = TestAccounts.person(accounts, "Vecino en espera");
        LocalDate day = today.date().plusDays(12);

        signIn(coordinator.getEmail(), TestAccounts.PASSWORD);
        open("/convocatorias/" + open.call().getSlug());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nueva reunión")).click();
        page.getByLabel("Título").fill("Taller de propuestas en la colonia Jalisco");
        page.getByLabel("De qué trata").fill("Escribimos juntos propuestas para la convocatoria.");
        page.getByLabel("Empieza").fill(day + "T18:00");
        page.getByLabel("Termina").fill(day + "T17:00");
        page.getByLabel("En persona", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Dirección").fill("Salón ejidal, calle Nogal 12, colonia Jalisco, Durango");
        page.getByLabel("Latitud (opcional)").fill("24.0312");
        page.getByLabel("Longitud (opcional)").fill("-104.6421");
        page.getByLabel("Lugares (opcional)").fill("1");
        page.getByLabel("Accesibilidad (opcional)").fill("Salón en planta baja, con rampa.");
        click("Crear la reunión");
        assertThat(page.getByText("La reunión debe terminar después de empezar.").first()).isVisible();
        checkPage("meetings-form-error");
        page.getByLabel("Termina").fill(day + "T20:00");
        click("Crear la reunión");
        assertThat(page.getByText("La reunión se publicó.")).isVisible();
        assertThat(page.getByText("0 lugares ocupados de 1; queda 1.")).isVisible();
        checkPage("meetings-meeting-coordinator");
        String meeting = page.url().replaceAll("[?#].*$", "");
        // its edit form, on a phone and on a laptop (axe-core at 360 px)
        page.navigate(meeting + "/editar");
        assertThat(page.getByLabel("Título")).hasValue("Taller de propuestas en la colonia Jalisco");
        checkPage("meetings-edit-form");
        signOut();

        signIn(first.getEmail(), TestAccounts.PASSWORD);
        page.navigate(meeting);
        click("Inscribirme");
        assertThat(page.getByText("Tiene un lugar. Su código de registro:", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        checkPage("meetings-registered");
        signOut();

        signIn(second.getEmail(), TestAccounts.PASSWORD);
        page.navigate(meeting);
        assertThat(page.getByText("Ya no hay lugares: quedará en la lista de espera", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        click("Inscribirme");
        assertThat(page.getByText("Está en la lista de espera, en el lugar 1.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        checkPage("meetings-waiting");
        signOut();

        signIn(first.getEmail(), TestAccounts.PASSWORD);
        page.navigate(meeting);
        click("Cancelar mi inscripción");
        assertThat(page.getByText("Su inscripción se canceló.")).isVisible();
        signOut();
        org.assertj.core.api.Assertions.assertThat(outbox.messagesTo(second.getEmail())).last()
                .satisfies(m -> org.assertj.core.api.Assertions.assertThat(m.getSubject()).contains("ya tiene lugar"));

        signIn(coordinator.getEmail(), TestAccounts.PASSWORD);
        page.navigate(meeting);
        page.getByLabel("Motivo público de la cancelación").fill("El salón no estará disponible ese día.");
        click("Cancelar la reunión");
        assertThat(page.getByText("El salón no estará disponible ese día.")).isVisible();
        assertThat(page.getByText("Reunión cancelada").first()).isVisible();
        checkPage("meetings-cancelled");
        signOut();

        open("/reuniones");
        assertThat(page.getByText("Taller de propuestas en la colonia Jalisco").first()).isVisible();
        checkPage("meetings-list");
    }

    @Autowired
    ParticipationService participation;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActingAs actingAs;

    /**
     * ADR 0073: a budget's page and a consultation's page show their meetings (with the seats and the waiting list, in
     * good Spanish) and the follow button of every item; following the budget from its page is following its item.
     */
    @Test
    void theBudgetAndTheConsultationPagesShowTheirMeetingsAndAFollowButton() {
        ParticipationFixtures.Open open = ParticipationFixtures.open(secretariat, plans, participation);
        LocalDate day = today.date().plusDays(9);
        Meeting[] made = new Meeting[1];
        SystemActor.run(() -> made[0] = meetings.create("pb-process", open.slug(), new Meeting.Details(
                "Recorrido por los proyectos de la colonia Guadiana", "Caminamos juntos por los lugares propuestos.",
                day.atTime(10, 0), day.atTime(12, 0), MeetingChannel.IN_PERSON, "Parque Guadiana, entrada principal",
                null, null, null, 1, true, "Recorrido a nivel de calle, sin escaleras.")));
        for (String name : new String[] {"Vecina con lugar en el recorrido", "Vecino en espera del recorrido"}) {
            Account person = TestAccounts.person(accounts, name);
            actingAs.run(person.getId(), () -> meetings.register(made[0].getId()));
        }
        Account follower = TestAccounts.person(accounts, "Vecina que sigue el presupuesto en el navegador");

        open("/presupuestos-participativos/" + open.slug());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reuniones"))).isVisible();
        assertThat(page.getByText("Recorrido por los proyectos de la colonia Guadiana")).isVisible();
        assertThat(page.getByText("1 lugar ocupado de 1", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("· 1 en lista de espera")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Entre para seguirlo y recibir "
                + "avisos"))).isVisible();
        checkPage("pb-process-panels");

        signIn(follower);
        open("/presupuestos-participativos/" + open.slug());
        click("Seguir: recibir avisos de sus cambios");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dejar de seguir"))).isVisible();
        assertThat(page.getByText("1 persona lo sigue", new Page.GetByTextOptions().setExact(false))).isVisible();
        checkPage("pb-process-following");

        open("/consultas/durango-2026-calle-constitucion");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reuniones"))).isVisible();
        assertThat(page.getByText("Resultados de la consulta sobre la calle Constitución")).isVisible();
        assertThat(page.getByText("lugares ocupados de 60", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Seguir: recibir avisos de sus cambios"))).isVisible();
        checkPage("pc-consultation-panels");
        signOut();

        open("/reuniones");
        assertThat(page.getByText("· 1 en lista de espera").first()).isVisible();
        checkPage("meetings-list-waiting");
    }
}
