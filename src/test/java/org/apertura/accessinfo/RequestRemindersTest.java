package org.apertura.accessinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The transparency unit hears once when a request has three business days left and once when it becomes
 * overdue — even when two nodes run the morning job at the same moment — and a lapsed clarification turns the
 * request into not filed.
 */
@IntegrationTest
class RequestRemindersTest {

    @Autowired
    RequestReminders reminders;
    @Autowired
    AccessRequestService service;
    @Autowired
    AccountService accounts;
    @Autowired
    MailOutbox outbox;
    @Autowired
    BusinessCalendars calendars;
    @Autowired
    Today time;

    @Test
    void theUnitIsRemindedOnceThreeDaysBeforeAndOnceWhenOverdueEvenOnTwoNodes() throws Exception {
        Account unit = TestAccounts.person(accounts, "Unidad de Tepehuanes");
        SystemActor.run(() -> accounts.grant(unit.getId(), Role.TRANSPARENCY_UNIT, "ayuntamiento-tepehuanes", null));
        AccessRequest r = service.file(new AccessRequestService.FilingRequest(List.of("ayuntamiento-tepehuanes"),
                new AccessRequest.Filing("Padrón de vehículos del ayuntamiento", Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null))).requests().get(0);
        // The day with exactly three business days left before the due date.
        LocalDate soon = r.getReceivedOn();
        while (calendars.businessDaysBetween(r.getCalendar(), soon, r.getDueDate()) > 3) {
            soon = soon.plusDays(1);
        }
        LocalDate day = soon;
        LocalDate earlier = day.minusDays(1);
        if (!earlier.isBefore(r.getReceivedOn())) {
            reminders.remind(earlier);
        }
        assertThat(outbox.messagesTo(unit.getEmail())).noneMatch(m -> m.getSubject().startsWith("Quedan")
                && m.getSubject().contains(r.getFolio()));
        assertThat(reminders.dueUnsent(day)).as("the monitoring's reminders due").isPositive();
        var twoNodes = List.of(CompletableFuture.supplyAsync(() -> reminders.remind(day)),
                CompletableFuture.supplyAsync(() -> reminders.remind(day)));
        twoNodes.forEach(CompletableFuture::join);
        assertThat(reminders.dueUnsent(day)).as("nothing due is left unsent after a run").isZero();
        assertThat(outbox.messagesTo(unit.getEmail())).filteredOn(m -> m.getSubject().equals("Quedan 3 días hábiles: solicitud "
                + r.getFolio())).hasSize(1);

        LocalDate late = r.getDueDate().plusDays(1);
        var again = List.of(CompletableFuture.supplyAsync(() -> reminders.remind(late)),
                CompletableFuture.supplyAsync(() -> reminders.remind(late)));
        again.forEach(CompletableFuture::join);
        reminders.remind(late.plusDays(1));
        assertThat(outbox.messagesTo(unit.getEmail())).filteredOn(m -> m.getSubject().equals("Vencida: solicitud "
                + r.getFolio())).hasSize(1);
        assertThat(reminders.sentFor(r.getId())).containsExactly("DUE_SOON", "OVERDUE");
    }

    @Test
    void aClarificationLeftUnansweredLapsesTheMorningAfterItsTerm() {
        Account unit = TestAccounts.person(accounts, "Unidad de Gómez Palacio");
        SystemActor.run(() -> accounts.grant(unit.getId(), Role.TRANSPARENCY_UNIT, "ayuntamiento-gomez-palacio", null));
        // Filed and asked to clarify a month ago (replayed), so its reply term is over by now.
        LocalDate past = service.today().minusDays(30);
        AccessRequest[] r = new AccessRequest[1];
        time.on(past, () -> r[0] = service.file(new AccessRequestService.FilingRequest(
                List.of("ayuntamiento-gomez-palacio"), new AccessRequest.Filing("Lo de la obra", Modality.ELECTRONIC,
                        null, NotificationMedium.PLATFORM, null))).requests().get(0));
        time.on(past.plusDays(1), () -> ActingAsUnit.run(unit, "ayuntamiento-gomez-palacio",
                () -> service.askClarification(r[0].getFolio(), "¿Cuál obra?")));
        AccessRequest asked = service.request(r[0].getFolio());
        service.expireClarifications(asked.getClarificationDue());
        assertThat(service.request(r[0].getFolio()).getStage()).as("on its last day").isEqualTo(Stage.CLARIFICATION_REQUESTED);
        service.expireClarifications(asked.getClarificationDue().plusDays(1));
        assertThat(service.request(r[0].getFolio()).getStage()).isEqualTo(Stage.NOT_FILED);
        assertThat(service.steps(asked)).extracting(e -> e.getType().getKey()).contains("not-filed");
    }

    /** Acts as a unit's member in a service call, as the pages do once signed in. */
    static final class ActingAsUnit {

        static void run(Account account, String institution, Runnable work) {
            org.apertura.platform.security.SystemActor.runAs(account.getEmail(),
                    org.apertura.platform.security.SystemActor.grants(org.apertura.platform.security.Authority.of(
                            org.apertura.platform.security.Role.TRANSPARENCY_UNIT, institution)), work);
        }
    }
}
