package org.apertura.challenge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.PlanFixturesAccess;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;

/** Builds, through the real services, a commitment with its coordinator and an open challenge. */
public final class ChallengeFixtures {

    private ChallengeFixtures() {
    }

    /** A commitment (with one milestone) of a new exercise, and the account that coordinates its secretariat. */
    public record Setting(Commitment commitment, Account coordinator) {
    }

    public static Setting setting(SecretariatService secretariat, ActionPlanService plans, AccountService accounts) {
        String body = PlanFixturesAccess.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixturesAccess.draftPlan(plans, body);
        Commitment commitment = plans.commitments(plan).get(0);
        Account coordinator = TestAccounts.person(accounts, "Coordinación del reto");
        SystemActor.run(() -> accounts.grant(coordinator.getId(), Role.COORDINATOR, body, null));
        return new Setting(commitment, coordinator);
    }

    /** A challenge open today for registration and submissions, results tomorrow. */
    public static ChallengeDraft openToday(String title, LocalDate today) {
        return new ChallengeDraft(title, "reto-" + UUID.randomUUID().toString().substring(0, 8), ChallengeKind.HACKATHON,
                "Buscamos herramientas para seguir el dinero público.", "Una entrega por equipo.",
                "Primer lugar\nMención", "https://datos.example.org/compras", today, today, today, today,
                today.plusDays(1));
    }

    /** The same challenge with submissions closed yesterday: the jury's turn. */
    public static ChallengeDraft closedYesterday(Challenge c, LocalDate today) {
        return new ChallengeDraft(c.getTitle(), c.getSlug(), c.getKind(), c.getSummary(), c.getRules(), c.getPrizes(),
                c.getDatasets(), today.minusDays(3), today.minusDays(2), today.minusDays(2), today.minusDays(1), today);
    }

    /** Scores by criterion, one per criterion in the rubric's order. */
    public static Map<Long, Integer> scores(List<Criterion> rubric, int... values) {
        Map<Long, Integer> scores = new HashMap<>();
        for (int i = 0; i < rubric.size(); i++) {
            scores.put(rubric.get(i).getId(), values[i]);
        }
        return scores;
    }
}
