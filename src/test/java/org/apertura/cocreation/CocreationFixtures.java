package org.apertura.cocreation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.PlanFixturesAccess;
import org.apertura.actionplan.Theme;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;

/** A fresh secretariat, a draft plan of Tepehuanes, and a call of its exercise open today. */
public final class CocreationFixtures {

    private CocreationFixtures() {
    }

    /** What a test gets: the secretariat's slug, the plan and the call. */
    public record Open(String body, ActionPlan plan, Call call) {
    }

    public static Open openCall(SecretariatService secretariat, ActionPlanService plans, CocreationService service,
            int supportsPerPerson) {
        String body = PlanFixturesAccess.secretariatWithAgreements(secretariat);
        ActionPlan plan = PlanFixturesAccess.draftPlan(plans, body);
        LocalDate today = service.today();
        Call[] call = new Call[1];
        SystemActor.run(() -> call[0] = service.createCall(plans.exerciseOf(plan).getSlug(), new Call.Terms(
                "conv-" + UUID.randomUUID().toString().substring(0, 8), "Convocatoria de prueba",
                "Proponga lo que quiera.", EnumSet.of(Theme.C, Theme.G), today.minusDays(5), today.plusDays(10),
                today.minusDays(5), today.plusDays(20), Call.Proposers.ANYONE, supportsPerPerson, 3)));
        return new Open(body, plan, call[0]);
    }

    public static Proposal.Text text(String title) {
        return new Proposal.Text(title, "Un problema de la colonia.", "Una solución concreta.", Set.of(Theme.C), null, null);
    }
}
