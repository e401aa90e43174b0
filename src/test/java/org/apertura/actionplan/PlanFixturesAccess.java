package org.apertura.actionplan;

import java.time.LocalDate;
import org.apertura.secretariat.SecretariatService;

/** The plan fixtures, for tests in other packages (browser tests). */
public final class PlanFixturesAccess {

    private PlanFixturesAccess() {
    }

    public static String secretariatWithAgreements(SecretariatService secretariat) {
        return PlanFixtures.secretariatWithAgreements(secretariat);
    }

    public static ActionPlan draftPlan(ActionPlanService plans, String body) {
        return PlanFixtures.draftPlan(plans, body, LocalDate.parse("2025-12-01"));
    }

    /** A commitment of the demo's published plan by its code. */
    public static Commitment demoCommitment(ActionPlanService plans, String code) {
        return PlanFixtures.demoCommitment(plans, code);
    }
}
