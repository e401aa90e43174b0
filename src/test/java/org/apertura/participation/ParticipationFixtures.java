package org.apertura.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.PlanFixturesAccess;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;

/**
 * A fresh secretariat and exercise with a participatory budget voting today (two districts of 1,000,000 each):
 * proposals were 40 to 31 days ago, review 30 to 21, supports 20 to 6, the vote from 5 days ago to 4 days from now,
 * results from 5 days from now.
 */
public final class ParticipationFixtures {

    private ParticipationFixtures() {
    }

    /** What a test gets: the secretariat's slug and the process. */
    public record Open(String body, BudgetProcess process) {

        public String slug() {
            return process.getSlug();
        }
    }

    public static Open voting(SecretariatService secretariat, ActionPlanService plans, ParticipationService service,
            VotingRule rule, Integer max) {
        String body = PlanFixturesAccess.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixturesAccess.draftPlan(plans, body);
        LocalDate today = service.today();
        BudgetProcess[] process = new BudgetProcess[1];
        SystemActor.run(() -> process[0] = service.create(plans.exerciseOf(plan).getSlug(), new BudgetProcess.Terms(
                "pp-" + UUID.randomUUID().toString().substring(0, 8), "Presupuesto de prueba",
                "Proyectos de dos colonias.", new BigDecimal("2000000"), rule, max, today.minusDays(40),
                today.minusDays(30), today.minusDays(20), today.minusDays(5), today.plusDays(5), today.plusDays(30),
                List.of(new BudgetProcess.DistrictTerms("Colonia Norte", new BigDecimal("1000000")),
                        new BudgetProcess.DistrictTerms("Colonia Sur", new BigDecimal("1000000"))))));
        return new Open(body, process[0]);
    }

    /** A fresh knapsack process voting today (as {@link #voting}): what consultations, debates and lists hang from. */
    public static Open open(SecretariatService secretariat, ActionPlanService plans, ParticipationService service) {
        return voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
    }

    /** A new person (by their public name) who coordinates the process's secretariat: runs its exercise. */
    public static org.apertura.identity.Account coordinator(org.apertura.identity.AccountService accounts, Open open,
            String name) {
        org.apertura.identity.Account person = org.apertura.identity.TestAccounts.person(accounts, name);
        SystemActor.run(() -> accounts.grant(person.getId(), org.apertura.platform.security.Role.COORDINATOR,
                open.body(), null));
        return person;
    }

    /** A new government member of the secretariat's working table: an official at the tables, a moderator. */
    public static org.apertura.identity.Account official(org.apertura.identity.AccountService accounts, Open open,
            String name) {
        org.apertura.identity.Account person = org.apertura.identity.TestAccounts.person(accounts, name);
        SystemActor.run(() -> accounts.grant(person.getId(), org.apertura.platform.security.Role.STL_MEMBER,
                open.body(), org.apertura.identity.Sector.GOVERNMENT));
        return person;
    }

    /**
     * A fresh process in its support phase today, with a threshold of supports (or none: null): proposals were 30 to
     * 21 days ago, review 20 to 11, supports from 10 days ago to 5 days from now, the vote from 6 days from now.
     */
    public static Open supporting(SecretariatService secretariat, ActionPlanService plans, ParticipationService service,
            Integer threshold) {
        String body = PlanFixturesAccess.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixturesAccess.draftPlan(plans, body);
        LocalDate today = service.today();
        BudgetProcess[] process = new BudgetProcess[1];
        SystemActor.run(() -> process[0] = service.create(plans.exerciseOf(plan).getSlug(), new BudgetProcess.Terms(
                "pp-" + UUID.randomUUID().toString().substring(0, 8), "Presupuesto con apoyos",
                "Proyectos que necesitan apoyos.", new BigDecimal("2000000"), VotingRule.KNAPSACK, null,
                today.minusDays(30), today.minusDays(20), today.minusDays(10), today.plusDays(6), today.plusDays(15),
                today.plusDays(40), List.of(new BudgetProcess.DistrictTerms("Colonia Norte", new BigDecimal("1000000")),
                        new BudgetProcess.DistrictTerms("Colonia Sur", new BigDecimal("1000000"))), threshold)));
        return new Open(body, process[0]);
    }

    /**
     * A fresh knapsack process taking proposals today: proposals from 2 days ago to 7 days from now, review to 14,
     * supports to 21, the vote to 28, results to 35, then execution.
     */
    public static Open proposing(SecretariatService secretariat, ActionPlanService plans, ParticipationService service) {
        String body = PlanFixturesAccess.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixturesAccess.draftPlan(plans, body);
        LocalDate today = service.today();
        BudgetProcess[] process = new BudgetProcess[1];
        SystemActor.run(() -> process[0] = service.create(plans.exerciseOf(plan).getSlug(), new BudgetProcess.Terms(
                "pp-" + UUID.randomUUID().toString().substring(0, 8), "Presupuesto que recibe proyectos",
                "Proyectos de dos colonias.", new BigDecimal("2000000"), VotingRule.KNAPSACK, null,
                today.minusDays(2), today.plusDays(8), today.plusDays(15), today.plusDays(22), today.plusDays(29),
                today.plusDays(36), List.of(new BudgetProcess.DistrictTerms("Colonia Norte", new BigDecimal("1000000")),
                        new BudgetProcess.DistrictTerms("Colonia Sur", new BigDecimal("1000000"))), null)));
        return new Open(body, process[0]);
    }

    /** Proposes a project as the account 25 days ago (in a process from {@link #supporting}). */
    public static BudgetProject proposed(ParticipationService service, Today today, Open open, Long author,
            String district, String title) {
        return today.on(service.today().minusDays(25), () -> service.propose(open.process(),
                new BudgetProject.Text(title, "Una obra para la colonia.", district, "Calle 1", null, null,
                        new BigDecimal("300000")), author));
    }

    /** Proposes a project as the account 35 days ago, unreviewed (in a process from {@link #voting}). */
    public static BudgetProject proposedInVoting(ParticipationService service, Today today, Open open, Long author,
            String district, String title) {
        return today.on(service.today().minusDays(35), () -> service.propose(open.process(),
                new BudgetProject.Text(title, "Una obra para la colonia.", district, "Calle 1", null, null,
                        new BigDecimal("300000")), author));
    }

    /** Proposes (as the account, 35 days ago) and reviews as feasible (25 days ago) a project with this cost. */
    public static BudgetProject feasible(ParticipationService service, Today today, Open open, Long author,
            String district, String title, String cost) {
        BudgetProject project = today.on(service.today().minusDays(35), () -> service.propose(open.process(),
                new BudgetProject.Text(title, "Una obra para la colonia.", district, "Calle 1", null, null,
                        new BigDecimal(cost)), author));
        SystemActor.run(() -> today.on(service.today().minusDays(25), () -> service.review(open.slug(),
                project.getNumber(), new BudgetProject.Review(ProjectStatus.FEASIBLE, "Viable.", new BigDecimal(cost)))));
        return project;
    }

    /** A new person (by their public name) who declared their residence in the district with a fictional CURP. */
    public static org.apertura.identity.Account resident(org.apertura.identity.AccountService accounts,
            org.apertura.identity.ActingAs actingAs, ParticipationService service, Open open, String name,
            String district, int curp) {
        org.apertura.identity.Account person = org.apertura.identity.TestAccounts.person(accounts, name);
        actingAs.run(person.getId(), () -> service.declareResidence(open.slug(), district, curp(curp), true));
        return person;
    }

    /** A new resident of the district (as {@link #resident}) who voted online for these projects. */
    public static org.apertura.identity.Account votedOnline(org.apertura.identity.AccountService accounts,
            org.apertura.identity.ActingAs actingAs, ParticipationService service, Open open, String name,
            String district, int curp, BudgetProject... choices) {
        org.apertura.identity.Account voter = resident(accounts, actingAs, service, open, name, district, curp);
        actingAs.run(voter.getId(), () -> service.vote(open.slug(),
                java.util.Arrays.stream(choices).map(BudgetProject::getId).toList()));
        return voter;
    }

    /** Asserts that the call is refused as bad input with this message key among its problems. */
    public static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call)
                .isInstanceOf(org.apertura.platform.InvalidInputException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                        ((org.apertura.platform.InvalidInputException) e).problems())
                        .anyMatch(p -> p.messageKey().equals(key)));
    }

    /** A fictional CURP of the right shape and check digit. */
    public static String curp(int n) {
        return ParticipationDemo.curp(n);
    }
}
