package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.mail.OutboxMail;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Milestone reminders reach the liaison and the coordinator once before the end and once when overdue. */
@IntegrationTest
class ReminderTest {

    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    AccountService accounts;
    @Autowired
    MilestoneReminders reminders;
    @Autowired
    MailOutbox outbox;

    @Test
    void eachReminderIsSentOnceToTheLiaisonAndTheCoordinator() {
        String body = PlanFixtures.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixtures.draftPlan(plans, body, LocalDate.parse("2026-03-10"));
        Account liaison = TestAccounts.person(accounts, "Enlace de Tepehuanes");
        Account coordinator = TestAccounts.person(accounts, "Coordinación de Tepehuanes");
        SystemActor.run(() -> {
            accounts.grant(liaison.getId(), Role.LIAISON, "ayuntamiento-tepehuanes", null);
            accounts.grant(coordinator.getId(), Role.COORDINATOR, body, null);
            plans.approve(plan.getId(), 1, 1);
            plans.publish(plan.getId());
        });
        Commitment commitment = plans.commitments(plan).get(0);
        Milestone milestone = plans.milestones(commitment).get(0);
        // Other tests publish plans led by the same institution: look only at this commitment's reminders.
        java.util.function.Function<Account, List<OutboxMail>> about = account -> outbox.messagesTo(account.getEmail())
                .stream().filter(m -> m.getBody().contains("/compromisos/" + commitment.getId() + "\n")).toList();

        reminders.remind(LocalDate.parse("2026-02-20"));
        assertThat(reminders.sentFor(milestone.getId())).isEmpty();

        assertThat(reminders.dueUnsent(LocalDate.parse("2026-03-03"))).as("the monitoring's reminders due").isPositive();
        reminders.remind(LocalDate.parse("2026-03-03"));
        assertThat(reminders.dueUnsent(LocalDate.parse("2026-03-03"))).as("none left after a run").isZero();
        reminders.remind(LocalDate.parse("2026-03-04"));
        assertThat(reminders.sentFor(milestone.getId())).containsExactly("DUE_SOON");
        List<OutboxMail> toLiaison = about.apply(liaison);
        assertThat(toLiaison).hasSize(1);
        assertThat(toLiaison.get(0).getSubject()).isEqualTo("Apertura: el hito «Hito» de C-1 vence el 2026-03-10");
        assertThat(about.apply(coordinator)).hasSize(1);

        reminders.remind(LocalDate.parse("2026-03-11"));
        reminders.remind(LocalDate.parse("2026-03-12"));
        assertThat(reminders.sentFor(milestone.getId())).containsExactly("DUE_SOON", "OVERDUE");
        assertThat(about.apply(liaison)).extracting(OutboxMail::getSubject)
                .containsExactly("Apertura: el hito «Hito» de C-1 vence el 2026-03-10",
                        "Apertura: el hito «Hito» de C-1 está vencido");
    }

    @Test
    void completeMilestonesAndOtherDaysNeedNoReminder() {
        Milestone milestone = new Milestone(1L, "Hito", "e", "m", "r", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-03-10"), 1, java.time.Instant.now());
        assertThat(MilestoneReminders.kindOn(milestone, LocalDate.parse("2026-03-02"))).isNull();
        assertThat(MilestoneReminders.kindOn(milestone, LocalDate.parse("2026-03-03"))).isEqualTo("DUE_SOON");
        assertThat(MilestoneReminders.kindOn(milestone, LocalDate.parse("2026-03-10"))).isEqualTo("DUE_SOON");
        assertThat(MilestoneReminders.kindOn(milestone, LocalDate.parse("2026-03-11"))).isEqualTo("OVERDUE");
        milestone.complete(LocalDate.parse("2026-03-01"));
        assertThat(MilestoneReminders.kindOn(milestone, LocalDate.parse("2026-03-11"))).isNull();
    }
}
